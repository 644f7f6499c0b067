/**
 * What a failed send of a diary revision means for the outbox (architecture.md: every failure
 * visible). Only the server's own answers that would be the same next time are final; anything
 * else may pass (no network, a proxy's page, a timeout, rate limiting, a server error) and is
 * tried again later with a growing wait. The revision is never dropped.
 */
import { describeError, type ApiError } from "#web/app/api-error.ts";
import type { FailedAttempt } from "./outbox-entry.ts";

export interface SendOutcome {
  readonly change: FailedAttempt;
  /** Whether the rest of the outbox should wait (the next send would fail the same way). */
  readonly stopSending: boolean;
}

const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;

/**
 * How long to wait after the n-th passing failure in a row: 30 s, doubling, at most 15 minutes.
 * @example retryDelayMs(1) // 30000
 * @example retryDelayMs(3) // 120000
 */
export function retryDelayMs(failures: number): number {
  const doublings = Math.max(0, Math.min(failures - 1, 20));
  return Math.min(FIRST_WAIT_MS * 2 ** doublings, LONGEST_WAIT_MS);
}

/**
 * Classifies a failed send of an entry that had `failures` passing failures before this one.
 * @example sendOutcome(new ApiError("network_unreachable", "…", 0), { failures: 0 }, now).change.state // "pending"
 * @example sendOutcome(new ApiError("unauthenticated", "…", 401), { failures: 0 }, now).change.problem.kind // "sign-in"
 */
export function sendOutcome(error: ApiError, previous: { readonly failures?: number | undefined }, now: Date): SendOutcome {
  const at = now.toISOString();
  if (error.needsSignIn) {
    return { change: { state: "needs-attention", problem: { kind: "sign-in", message: "Sign in again to send it.", issues: [], at }, failures: 0, retryAt: null }, stopSending: true };
  }
  if (error.isAccountMismatch) {
    const message = "This browser is now signed in as someone else. It is sent once this diary's owner signs in again.";
    return { change: { state: "needs-attention", problem: { kind: "other-account", message, issues: [], at }, failures: 0, retryAt: null }, stopSending: true };
  }
  if (error.isPermanent) {
    return { change: { state: "needs-attention", problem: { kind: "refused", message: describeError(error), issues: error.issues, code: error.code }, failures: 0, retryAt: null }, stopSending: false };
  }
  const failures = (previous.failures ?? 0) + 1;
  const retryAt = new Date(now.getTime() + retryDelayMs(failures)).toISOString();
  return { change: { state: "pending", problem: { kind: "retrying", message: describeError(error), issues: [], at }, failures, retryAt }, stopSending: true };
}
