/**
 * The SMS gateway's use cases (issue 9 §6, ADR 0022): claiming the text messages waiting in the
 * outbox, each for a lease, and hearing back how each went. A message reported sent is emptied
 * like any sent row (number and text gone); a failure follows the outbox's own rules
 * (delivery-failure.ts): tried again after 30 s doubling to an hour, given up at once when the
 * gateway says it is permanent or after the last attempt. A message still waiting a day after it
 * was queued is given up rather than sent late ("your visit is soon" after the visit).
 * Nothing here logs a number or a text.
 */
import { randomUUID } from "node:crypto";
import type { SmsClaim } from "#contracts/api/sms-outbox.ts";
import { AppError } from "../../app-error.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs, safeCode } from "./delivery-failure.ts";
import { markFailed, markSent } from "./repository.ts";
import { claimWaitingSms, expireStaleSms, lockSms, releaseSmsForRetry } from "./sms-outbox-repository.ts";

/** How long a claim holds a message: a gateway that crashed before acknowledging it loses it for this long at most. */
export const SMS_LEASE_MS = 5 * 60_000;
/** How long a text message may wait before it is given up: a reminder is about today. */
export const SMS_WAITS_AT_MOST_MS = 24 * 60 * 60_000;

type Deps = Pick<ServiceDeps, "db" | "clock">;

const NO_SUCH_MESSAGE = () => new AppError("not_found", "No such text message.");

/** Hands out up to `limit` waiting text messages, each held for the lease. */
export async function claimSmsMessages(deps: Deps, limit: number): Promise<SmsClaim> {
  const now = deps.clock();
  await expireStaleSms(deps.db, new Date(now.getTime() - SMS_WAITS_AT_MOST_MS).toISOString(), now.toISOString());
  const messages = await claimWaitingSms(deps.db, {
    claimant: `sms-gateway-${randomUUID()}`,
    now: now.toISOString(),
    leaseStartedBefore: new Date(now.getTime() - SMS_LEASE_MS).toISOString(),
    limit,
  });
  return { messages, leaseSeconds: SMS_LEASE_MS / 1000 };
}

/**
 * Marks a text message sent (again is fine). A late "sent" for a message whose lease ran out still
 * counts: it went out. One already given up is a conflict: it was emptied.
 */
export async function smsMessageSent(deps: Deps, id: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const row = await lockSms(tx, id);
    if (row === undefined) throw NO_SUCH_MESSAGE();
    if (row.sent_at !== null) return;
    if (row.failed_at !== null) throw new AppError("conflict", "This text message was given up (too late, or failed for good); it is no longer in the outbox.");
    await markSent(tx, id, deps.clock().toISOString());
  });
}

export type SmsFailureOutcome = "retry" | "failed";

/** Records a failed send of a claimed message: tried again later, or given up; answers which. */
export async function smsMessageFailed(deps: Deps, id: string, failure: { reason: string; permanent?: boolean | undefined }): Promise<SmsFailureOutcome> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const row = await lockSms(tx, id);
    if (row === undefined) throw NO_SUCH_MESSAGE();
    if (row.sent_at !== null) throw new AppError("conflict", "This text message was already reported sent.");
    if (row.failed_at !== null) return "failed";
    if (row.claimed_at === null) throw new AppError("conflict", "This text message is not claimed: claim it before reporting how it went.");
    const code = safeCode(`sms-${failure.reason}`);
    if (failure.permanent === true || row.attempts >= MAX_DELIVERY_ATTEMPTS) {
      await markFailed(tx, id, { code, at: now.toISOString() });
      return "failed";
    }
    await releaseSmsForRetry(tx, id, { code, nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)).toISOString() });
    return "retry";
  });
}
