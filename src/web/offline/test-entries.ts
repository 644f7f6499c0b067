/** Builders of server days and outbox entries for the offline tests. */
import type { DiaryDayView } from "#contracts/api/diary.ts";
import type { DiaryRevisionPayload, OutboxEntry, OutboxProblem, OutboxState } from "./outbox-entry.ts";

export function serverDay(date: string, revisionId: string, recordedAt: string, headache = false): DiaryDayView {
  return {
    revisionId,
    date,
    headache,
    hours: headache ? 5 : null,
    severity: headache ? 2 : null,
    features: {},
    medications: [],
    recordedAt,
    receivedAt: recordedAt,
    enteredBy: "patient",
    source: "app",
    late: false,
    revisions: 1,
  };
}

export function outboxEntry(date: string, id: string, recordedAt: string, state: OutboxState = "pending", problem: OutboxProblem | null = null): OutboxEntry {
  const payload = { id, date, recordedAt, headache: true, hours: 6, severity: 3 } as DiaryRevisionPayload;
  return { id, patientId: "p1", date, payload, state, attempts: 0, problem, sentAt: state === "sent" ? recordedAt : null };
}
