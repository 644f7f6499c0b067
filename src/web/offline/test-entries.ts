/** Builders of server days and outbox entries for the offline tests, and a fake diary server. */
import type { DiaryDayView, MyDiaryRevisionBody } from "#contracts/api/diary.ts";
import { ApiError } from "#web/app/api-error.ts";
import type { DiaryRevisionPayload, OutboxEntry, OutboxProblem, OutboxState } from "./outbox-entry.ts";
import type { SendRevision } from "./sync.ts";

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

export function outboxEntry(
  date: string,
  id: string,
  recordedAt: string,
  state: OutboxState = "pending",
  problem: OutboxProblem | null = null,
  more: Partial<OutboxEntry> = {},
): OutboxEntry {
  const payload = { id, date, recordedAt, headache: true, hours: 6, severity: 3 } as DiaryRevisionPayload;
  return { id, patientId: "p1", date, payload, state, attempts: 0, problem, sentAt: state === "sent" ? recordedAt : null, ...more };
}

/**
 * A diary server in memory with the contract's behaviour: revisions kept by id (a repeat is
 * idempotent), the answer is the date's current view (latest `recordedAt`), and a revision for
 * another patient than the signed-in one is refused with `account_mismatch`. `failNext` queues
 * failures for the next sends; `loseNextAnswer` stores a revision but fails the answer.
 */
export interface FakeDiaryServer {
  /** The patient the session belongs to. */
  signedInAs: string;
  readonly revisions: Map<string, MyDiaryRevisionBody>;
  /** Every body sent, in order. */
  readonly calls: MyDiaryRevisionBody[];
  failNext(...errors: ApiError[]): void;
  loseNextAnswer(): void;
  /** A revision saved on another device. */
  addRevision(body: MyDiaryRevisionBody): void;
  revisionsOf(date: string): MyDiaryRevisionBody[];
  currentView(date: string): DiaryDayView;
  readonly send: SendRevision;
}

export function fakeDiaryServer(signedInAs = "p1"): FakeDiaryServer {
  const revisions = new Map<string, MyDiaryRevisionBody>();
  const calls: MyDiaryRevisionBody[] = [];
  const failures: ApiError[] = [];
  let loseAnswers = 0;
  const revisionsOf = (date: string) => [...revisions.values()].filter((revision) => revision.date === date);
  const currentView = (date: string): DiaryDayView => {
    const all = revisionsOf(date);
    const latest = all.reduce((a, b) => (Date.parse(b.recordedAt) > Date.parse(a.recordedAt) ? b : a));
    return { ...serverDay(date, latest.id, latest.recordedAt, latest.headache), revisions: all.length };
  };
  const server: FakeDiaryServer = {
    signedInAs,
    revisions,
    calls,
    failNext: (...errors) => void failures.push(...errors),
    loseNextAnswer: () => void (loseAnswers += 1),
    addRevision: (body) => void revisions.set(body.id, body),
    revisionsOf,
    currentView,
    send: async (body) => {
      calls.push(body);
      const failure = failures.shift();
      if (failure) throw failure;
      if (body.patientId !== server.signedInAs) throw new ApiError("account_mismatch", "This session belongs to another patient.", 409);
      if (!revisions.has(body.id)) revisions.set(body.id, body);
      if (loseAnswers > 0) {
        loseAnswers -= 1;
        throw new ApiError("network_unreachable", "Cannot reach the server.", 0);
      }
      return currentView(body.date);
    },
  };
  return server;
}
