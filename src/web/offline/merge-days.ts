/**
 * The diary as this phone knows it: the server's days merged with the revisions saved here.
 * Per date, the current revision by the record kit's one ordering rule (`compareRevisions`,
 * ADR 0013: the later `recordedAt`, then the larger id), the rule the server's current view
 * applies too; each day says what state it is in.
 */
import { compareRevisions } from "#domain/shared/revision-order.ts";
import type { DiaryDayView } from "#contracts/api/diary.ts";
import type { AcuteMedicationTaken, DiaryAnswers, HeadacheFeatures } from "#domain/shared/record.ts";
import type { OutboxEntry, OutboxProblem } from "./outbox-entry.ts";

/** `sent`: on the server; `on-phone`: saved here, not sent yet; `needs-attention`: see `problem`. */
export type LocalDayState = "sent" | "on-phone" | "needs-attention";

export interface LocalDay {
  readonly date: string;
  readonly revisionId: string;
  readonly recordedAt: string;
  readonly answers: DiaryAnswers;
  readonly state: LocalDayState;
  readonly problem: OutboxProblem | null;
}

function answersOfServerDay(day: DiaryDayView): DiaryAnswers {
  return {
    headache: day.headache,
    hours: day.hours ?? undefined,
    duration: day.duration ?? undefined,
    severity: day.severity === null ? undefined : (day.severity as DiaryAnswers["severity"]),
    features: day.features as HeadacheFeatures,
    medications: day.medications as readonly AcuteMedicationTaken[],
    note: day.note ?? undefined,
  };
}

function fromServer(day: DiaryDayView): LocalDay {
  return { date: day.date, revisionId: day.revisionId, recordedAt: day.recordedAt, answers: answersOfServerDay(day), state: "sent", problem: null };
}

function fromOutbox(entry: OutboxEntry): LocalDay {
  const { payload } = entry;
  const answers: DiaryAnswers = {
    headache: payload.headache,
    hours: payload.hours,
    duration: payload.duration,
    severity: payload.severity as DiaryAnswers["severity"],
    features: payload.features,
    medications: payload.medications,
    note: payload.note,
  };
  const state: LocalDayState = entry.state === "sent" ? "sent" : entry.state === "pending" ? "on-phone" : "needs-attention";
  return { date: entry.date, revisionId: entry.id, recordedAt: payload.recordedAt, answers, state, problem: entry.problem };
}

const stampOf = (day: LocalDay) => ({ recordedAt: day.recordedAt, id: day.revisionId });

/**
 * Merges server days and outbox entries into one day per date, the current revision winning; the
 * same revision known both ways is shown as the server's copy (it is sent).
 * @example mergeDays([serverDay("2026-07-20", "r1", "…T08:00Z")], [pending("2026-07-20", "r2", "…T09:00Z")]).get("2026-07-20")?.state // "on-phone"
 */
export function mergeDays(serverDays: readonly DiaryDayView[], outbox: readonly OutboxEntry[]): Map<string, LocalDay> {
  const merged = new Map<string, LocalDay>();
  const consider = (candidate: LocalDay) => {
    const known = merged.get(candidate.date);
    if (!known) return void merged.set(candidate.date, candidate);
    const order = compareRevisions(stampOf(candidate), stampOf(known));
    if (order > 0 || (order === 0 && candidate.state === "sent")) merged.set(candidate.date, candidate);
  };
  for (const entry of outbox) consider(fromOutbox(entry));
  for (const day of serverDays) consider(fromServer(day));
  return merged;
}
