/**
 * The limit on asking for password reset links: each request is counted before anything else,
 * per email (3 in 15 minutes: a person's inbox is not flooded) and per address (20 in 15
 * minutes). It counts whether or not the email has an account, so being refused tells nothing.
 * Kept in the sign-in limit's table (hashed keys only, cleared by housekeeping after the window).
 */
import { v7 as uuidv7 } from "uuid";
import { AppError } from "../../app-error.ts";
import type { Executor } from "../../shared/executor.ts";
import { sha256Hex } from "../../shared/tokens.ts";
import { countLoginFailuresSince, deleteAttempt, recordAttempt } from "./login-failures-repository.ts";
import { SIGN_IN_LIMIT } from "./sign-in-limit.ts";

export const RESET_REQUEST_LIMIT = { perEmail: 3, perAddress: 20, windowMs: SIGN_IN_LIMIT.windowMs } as const;

/** Counts a reset request; throws `rate_limited` (having taken it back) when over the limit. */
export async function countResetRequest(db: Executor, request: { email: string; ip: string }, now: Date): Promise<void> {
  const email = sha256Hex(`reset-email:${request.email.toLowerCase()}`);
  const address = sha256Hex(`reset-address:${request.ip}`);
  const attemptId = uuidv7();
  await recordAttempt(db, attemptId, [email, address], now.toISOString());
  const since = new Date(now.getTime() - RESET_REQUEST_LIMIT.windowMs).toISOString();
  if ((await countLoginFailuresSince(db, email, since)) > RESET_REQUEST_LIMIT.perEmail || (await countLoginFailuresSince(db, address, since)) > RESET_REQUEST_LIMIT.perAddress) {
    await deleteAttempt(db, attemptId);
    throw new AppError("rate_limited", "Too many password reset requests. Wait 15 minutes and try again.");
  }
}
