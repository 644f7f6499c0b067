/**
 * The diary as this phone knows it: the server's days merged with the revisions saved here.
 * Per date, the revision saved last (by `recordedAt`, the device's save time) is the one shown,
 * the same rule the server applies to its revisions (ADR 0006); each day says what state it is in.
 */
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
    severity: day.severity === null ? undefined : (day.severity as DiaryAnswers["severity"]),
    features: day.features as HeadacheFeatures,
    medications: day.medications as readonly AcuteMedicationTaken[],
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
    severity: payload.severity as DiaryAnswers["severity"],
    features: payload.features,
    medications: payload.medications,
  };
  const state: LocalDayState = entry.state === "sent" ? "sent" : entry.state === "pending" ? "on-phone" : "needs-attention";
  return { date: entry.date, revisionId: entry.id, recordedAt: payload.recordedAt, answers, state, problem: entry.problem };
}

/**
 * Merges server days and outbox entries into one day per date, the latest save winning; on a tie
 * (the same revision known both ways) the server's copy is taken when it has that revision id.
 * @example mergeDays([serverDay("2026-07-20", "r1", "…T08:00Z")], [pending("2026-07-20", "r2", "…T09:00Z")]).get("2026-07-20")?.state // "on-phone"
 */
export function mergeDays(serverDays: readonly DiaryDayView[], outbox: readonly OutboxEntry[]): Map<string, LocalDay> {
  const merged = new Map<string, LocalDay>();
  const consider = (candidate: LocalDay) => {
    const known = merged.get(candidate.date);
    if (!known) return void merged.set(candidate.date, candidate);
    const knownTime = Date.parse(known.recordedAt);
    const candidateTime = Date.parse(candidate.recordedAt);
    if (candidateTime > knownTime) merged.set(candidate.date, candidate);
    else if (candidateTime === knownTime && candidate.revisionId === known.revisionId && candidate.state === "sent") merged.set(candidate.date, candidate);
    else if (candidateTime === knownTime && candidate.revisionId !== known.revisionId && candidate.revisionId > known.revisionId) {
      // Two saves in the same millisecond: UUIDv7 ids are time-ordered, the larger is the later.
      merged.set(candidate.date, candidate);
    }
  };
  for (const entry of outbox) consider(fromOutbox(entry));
  for (const day of serverDays) consider(fromServer(day));
  return merged;
}
