/** Builders of side-effects outbox entries for the offline tests, and a fake side-effects server. */
import type { SideEffectReceipt } from "#contracts/api/side-effects.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import type { SymptomCode } from "#domain/shared/record.ts";
import { triageReport } from "#domain/triage/triage-reports.ts";
import { ApiError } from "#web/app/api-error.ts";
import type { OutboxProblem, OutboxState } from "./outbox-entry.ts";
import type { CheckInEntry, ReportEntry } from "./side-effects-outbox-entry.ts";
import type { CheckInBody, ReportBody, SideEffectsSender } from "./side-effects-sync.ts";

export function reportEntry(id: string, recordedAt: string, symptoms: SymptomCode[] = ["bruising"], state: OutboxState = "pending", problem: OutboxProblem | null = null, more: Partial<ReportEntry> = {}): ReportEntry {
  return {
    kind: "report",
    id,
    patientId: "p1",
    payload: { id, onsetDate: plainDate(recordedAt.slice(0, 10)), symptoms, note: null, recordedAt, checkIn: null },
    state,
    attempts: 0,
    problem,
    sentAt: state === "sent" ? recordedAt : null,
    receipt: null,
    emergencyClosedAt: null,
    ...more,
  };
}

export function checkInEntry(id: string, recordedAt: string, sessionId = "s1", day: 1 | 7 | 14 | 28 = 7, state: OutboxState = "pending", more: Partial<CheckInEntry> = {}): CheckInEntry {
  return {
    kind: "check-in",
    id,
    patientId: "p1",
    payload: { id, sessionId, day, answer: "no-problems", recordedAt },
    state,
    attempts: 0,
    problem: null,
    sentAt: state === "sent" ? recordedAt : null,
    ...more,
  };
}

/**
 * The patient routes in memory with the contract's behaviour: reports and answers kept by id (a
 * repeat is idempotent and answers the first receipt), triaged by the domain, and anything for
 * another patient than the signed-in one refused with `account_mismatch`. `failNext` queues
 * failures; `loseNextAnswer` stores the next one but fails its answer.
 */
export function fakeSideEffectsServer(signedInAs = "p1") {
  const reports = new Map<string, { body: ReportBody; receipt: SideEffectReceipt }>();
  const checkIns = new Map<string, CheckInBody>();
  const calls: string[] = [];
  const failures: ApiError[] = [];
  let loseAnswers = 0;
  let clock = Date.parse("2026-07-20T12:00:00.000Z");
  const server = {
    signedInAs,
    reports,
    checkIns,
    /** The id of every send, in order. */
    calls,
    failNext: (...errors: ApiError[]) => void failures.push(...errors),
    loseNextAnswer: () => void (loseAnswers += 1),
    send: {
      async report(body) {
        calls.push(body.id);
        server.check(body.patientId);
        const known = reports.get(body.id);
        const receipt = known?.receipt ?? {
          id: body.id,
          level: triageReport({ date: body.onsetDate, symptoms: body.symptoms }).level,
          receivedAt: new Date((clock += 60_000)).toISOString(),
          holdsNextSession: false,
          callBackBy: null,
        };
        if (!known) reports.set(body.id, { body, receipt });
        server.answer();
        return receipt;
      },
      async checkIn(body) {
        calls.push(body.id);
        server.check(body.patientId);
        if (!checkIns.has(body.id)) checkIns.set(body.id, body);
        server.answer();
        return { ok: true };
      },
    } satisfies SideEffectsSender,
    check(patientId: string) {
      const failure = failures.shift();
      if (failure) throw failure;
      if (patientId !== server.signedInAs) throw new ApiError("account_mismatch", "This session belongs to another patient.", 409);
    },
    answer() {
      if (loseAnswers === 0) return;
      loseAnswers -= 1;
      throw new ApiError("network_unreachable", "Cannot reach the server.", 0);
    },
  };
  return server;
}
