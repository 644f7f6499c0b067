/**
 * The SMS gateway's use cases (issue 9 §6, ADR 0022): claiming the text messages waiting in the
 * outbox, each for a lease, and hearing back how each went.
 *
 * A claim hands out a text only while it still makes sense (text-message-timeliness.ts): never in
 * the patient's quiet hours, read in their zone from their settings as they are now (it waits for
 * their end, counting no attempt), never after its `send_by` (a diary reminder's day is over, a
 * visit is within the hour) nor a day after it was queued: such a text is given up with its code
 * (`sms-expired`, `sms-expired-quiet-hours`). This holds for a retry as for a first send, since
 * every send goes through a claim.
 *
 * Each claim has a token, sent with every message it hands out; `sent` and `failed` must bring it
 * back and are a conflict when it is not the message's current claim (a worker whose lease ran out
 * and whose message another worker claimed since): the current holder's report wins. A message
 * reported sent is emptied like any sent row (number and text gone); a failure follows the outbox's
 * own rules (delivery-failure.ts): tried again after 30 s doubling to an hour, given up at once
 * when the gateway says it is permanent or after the last attempt. Nothing here logs a number or a text.
 */
import { randomBytes } from "node:crypto";
import type { SmsClaim } from "#contracts/api/sms-outbox.ts";
import { textMessageTurn } from "#domain/reminders/text-message-timeliness.ts";
import { AppError } from "../../app-error.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { NotificationRow } from "../../db/schema.ts";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs, safeCode } from "./delivery-failure.ts";
import { expireStaleSms, giveUpSms, handOutSms, lockSms, markSmsSent, pickWaitingSms, postponeSms, recipientHoursOf, recipientKey, releaseSmsForRetry, type PickedSms } from "./sms-outbox-repository.ts";

/** How long a claim holds a message: a gateway that crashed before acknowledging it loses it for this long at most. */
export const SMS_LEASE_MS = 5 * 60_000;
/** How long a text message without its own `send_by` may wait before it is given up: a reminder is about today. */
export const SMS_WAITS_AT_MOST_MS = 24 * 60 * 60_000;
/** Rounds of picking in one claim: rows that wait out quiet hours or are given up make room for others. */
const MAX_PICK_ROUNDS = 5;

type Deps = Pick<ServiceDeps, "db" | "clock">;

const NO_SUCH_MESSAGE = () => new AppError("not_found", "No such text message.");
const NOT_YOUR_CLAIM = () =>
  new AppError("conflict", "This claim does not hold this text message (any more): its lease ran out and it was claimed again, or it was never claimed with this token. The current claim's report counts.", { field: "claim" });

/** A claim's token: random, so a report cannot name a claim it was not given. */
const newClaimToken = (): string => randomBytes(18).toString("base64url");

/** The cut-offs of a moment: lease start and queue age. */
function cutsAt(now: Date): { now: string; leaseStartedBefore: string; queuedBefore: string } {
  return { now: now.toISOString(), leaseStartedBefore: new Date(now.getTime() - SMS_LEASE_MS).toISOString(), queuedBefore: new Date(now.getTime() - SMS_WAITS_AT_MOST_MS).toISOString() };
}

/**
 * Gives up the text messages that waited past the point where they make sense (housekeeping runs
 * it hourly, so they do not pile up, numbers and texts with them, when no gateway claims); answers how many.
 */
export async function expireStaleTextMessages(deps: Deps): Promise<number> {
  return expireStaleSms(deps.db, cutsAt(deps.clock()));
}

/** The row's last sensible instant: its own, and never more than a day after it was queued. */
const sendByOf = (row: PickedSms): number => Math.min(row.sendByMs ?? Number.POSITIVE_INFINITY, row.createdAtMs + SMS_WAITS_AT_MOST_MS);

/** Hands out up to `limit` waiting text messages that may go now, each held for the lease under one claim token. */
export async function claimSmsMessages(deps: Deps, limit: number): Promise<SmsClaim> {
  const now = deps.clock();
  const cuts = cutsAt(now);
  await expireStaleSms(deps.db, cuts);
  const token = newClaimToken();
  const handed = await deps.db.transaction().execute(async (tx) => {
    const out: PickedSms[] = [];
    for (let round = 0; round < MAX_PICK_ROUNDS && out.length < limit; round += 1) {
      const picked = await pickWaitingSms(tx, { ...cuts, limit: limit - out.length });
      if (picked.length === 0) break;
      const hours = await recipientHoursOf(tx, picked);
      const sendNow: PickedSms[] = [];
      const late = new Map<string, string[]>();
      for (const row of picked) {
        const turn = textMessageTurn(now.getTime(), sendByOf(row), hours.get(recipientKey(row)) ?? null);
        if (turn.action === "send") sendNow.push(row);
        else if (turn.action === "wait") await postponeSms(tx, row.id, new Date(turn.untilMs).toISOString());
        else late.set(`sms-${turn.reason}`, [...(late.get(`sms-${turn.reason}`) ?? []), row.id]);
      }
      for (const [code, ids] of late) await giveUpSms(tx, ids, { code, at: cuts.now });
      await handOutSms(
        tx,
        sendNow.map((row) => row.id),
        { token, now: cuts.now },
      );
      out.push(...sendNow);
    }
    return out;
  });
  return { messages: handed.map((row) => ({ id: row.id, claim: token, to: row.to, text: row.text })), leaseSeconds: SMS_LEASE_MS / 1000 };
}

/** The row locked, refused unless `claim` is the claim holding it. */
async function lockForClaim(tx: Deps["db"], id: string, claim: string): Promise<NotificationRow> {
  const row = await lockSms(tx, id);
  if (row === undefined) throw NO_SUCH_MESSAGE();
  if (row.claimed_by !== claim) throw NOT_YOUR_CLAIM();
  return row;
}

/**
 * Marks a text message sent (again with the same claim is fine). A late "sent" for a message whose
 * lease ran out still counts while no other claim took it: it went out. One already given up is a
 * conflict: it was emptied.
 */
export async function smsMessageSent(deps: Deps, id: string, claim: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const row = await lockForClaim(tx, id, claim);
    if (row.sent_at !== null) return;
    if (row.failed_at !== null) throw new AppError("conflict", "This text message was given up (too late, or failed for good); it is no longer in the outbox.");
    await markSmsSent(tx, id, deps.clock().toISOString());
  });
}

export type SmsFailureOutcome = "retry" | "failed";

/** Records a failed send of a claimed message: tried again later, or given up; answers which. */
export async function smsMessageFailed(deps: Deps, id: string, failure: { claim: string; reason: string; permanent?: boolean | undefined }): Promise<SmsFailureOutcome> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const row = await lockForClaim(tx, id, failure.claim);
    if (row.sent_at !== null) throw new AppError("conflict", "This text message was already reported sent.");
    if (row.failed_at !== null) return "failed";
    const code = safeCode(`sms-${failure.reason}`);
    if (failure.permanent === true || row.attempts >= MAX_DELIVERY_ATTEMPTS) {
      await giveUpSms(tx, [id], { code, at: now.toISOString() });
      return "failed";
    }
    await releaseSmsForRetry(tx, id, { code, nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)).toISOString() });
    return "retry";
  });
}
