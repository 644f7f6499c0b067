/**
 * The diary's provenance for an authorization packet (issue 10 §2: "the share of entries made on
 * the day, the diary's provenance"; ADR 0026): what a record file cannot carry and the clinic's
 * system can, from the stored diary revisions of the windows the packet shows. Pure: the
 * revisions and the windows in, the packet's `DiaryProvenanceFacts` out.
 *
 * An entry is a diary day in one of the windows with at least one saved revision (the recorded
 * days the windows count). How it was made is its FIRST save, by the revision order of ADR 0013
 * (recorded_at, then id): that save is what shows whether the diary was kept prospectively; a
 * correction made later does not turn an entry kept on the day into a late one, nor the reverse.
 * "Made on the day" is "not late": the server marks a revision `late` when it was recorded after
 * its date ended in the patient's time zone (features/diary/diary.ts), so this never recomputes
 * time zones. The sources are the revision's `source` (the app, an import, a diary kept on the
 * phone before joining); "entered by clinic staff" is a second count across them (a paper diary
 * typed in or imported by staff), so a day staff typed into the app is not the patient's app.
 * Not a clinical rule (no pathway rule reads it), so it lives with the documents.
 */
import { compareRevisions } from "#domain/shared/revision-order.ts";
import type { DiaryProvenanceFacts } from "../../reports/packet/packet-model.ts";

/** What the provenance reads of one stored diary revision (`diary_revisions`). */
export interface ProvenanceRevision {
  readonly id: string;
  /** The day it describes, YYYY-MM-DD. */
  readonly date: string;
  /** When it was saved (the device's instant), ISO 8601. */
  readonly recordedAt: string;
  readonly late: boolean;
  readonly source: "app" | "import" | "self-kept";
  readonly enteredBy: "patient" | "staff";
}

/** A window the packet shows, both ends included. */
export interface ProvenanceWindow {
  readonly start: string;
  readonly end: string;
}

const inAnyWindow = (date: string, windows: readonly ProvenanceWindow[]) => windows.some((w) => w.start <= date && date <= w.end);

/** Each day's first save among the revisions dated in the windows. */
function firstSaves(revisions: readonly ProvenanceRevision[], windows: readonly ProvenanceWindow[]): ProvenanceRevision[] {
  const first = new Map<string, ProvenanceRevision>();
  for (const revision of revisions) {
    if (!inAnyWindow(revision.date, windows)) continue;
    const earlier = first.get(revision.date);
    if (earlier === undefined || compareRevisions(revision, earlier) < 0) first.set(revision.date, revision);
  }
  return [...first.values()];
}

/**
 * The diary's provenance over the packet's windows (overlapping windows count a day once).
 * @example diaryProvenance(
 *   [
 *     { id: "a", date: "2026-03-01", recordedAt: "2026-03-01T20:00:00Z", late: false, source: "app", enteredBy: "patient" },
 *     { id: "b", date: "2026-03-01", recordedAt: "2026-03-04T08:00:00Z", late: true, source: "app", enteredBy: "patient" },
 *     { id: "c", date: "2026-03-02", recordedAt: "2026-03-05T10:00:00Z", late: true, source: "import", enteredBy: "staff" },
 *   ],
 *   [{ start: "2026-02-02", end: "2026-03-01" }, { start: "2026-03-02", end: "2026-03-29" }],
 * )
 * // { entries: 2, madeOnTheDay: 1, late: 1, fromApp: 1, imported: 1, selfKept: 0, enteredByStaff: 1 }
 */
export function diaryProvenance(revisions: readonly ProvenanceRevision[], windows: readonly ProvenanceWindow[]): DiaryProvenanceFacts {
  const entries = firstSaves(revisions, windows);
  const count = (test: (entry: ProvenanceRevision) => boolean) => entries.filter(test).length;
  const late = count((entry) => entry.late);
  return {
    entries: entries.length,
    madeOnTheDay: entries.length - late,
    late,
    // "The patient's app" is what the patient saved there; a day staff typed in for them is theirs (below).
    fromApp: count((entry) => entry.source === "app" && entry.enteredBy === "patient"),
    imported: count((entry) => entry.source === "import"),
    selfKept: count((entry) => entry.source === "self-kept"),
    enteredByStaff: count((entry) => entry.enteredBy === "staff"),
  };
}
