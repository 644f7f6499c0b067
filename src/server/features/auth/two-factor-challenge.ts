/**
 * The pending second step of a sign-in: after a right password, an account with two-factor
 * sign-in gets no session but a token (random, 5 minutes, its sha256 stored) to send with the
 * code. Five wrong codes spend it (the password is asked again); each wrong code also counts
 * toward the sign-in limit (sign-in-code.ts).
 */
import type { TwoFactorChallenge } from "#contracts/api/auth.ts";
import type { Executor } from "../../shared/executor.ts";
import { newToken, sha256Hex } from "../../shared/tokens.ts";
import { deleteChallengesBefore, insertChallenge } from "./two-factor-repository.ts";

export const CHALLENGE_LIFETIME_MS = 5 * 60 * 1000;
/** Wrong codes one pending sign-in takes before the password is asked again. */
export const CHALLENGE_MAX_FAILURES = 5;

/** Starts the second step for the account: the answer of the password step. */
export async function startChallenge(db: Executor, userId: string, now: Date): Promise<TwoFactorChallenge> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + CHALLENGE_LIFETIME_MS).toISOString();
  // Expired second steps are of no use to anyone: each new one clears them (no housekeeping needed).
  await deleteChallengesBefore(db, now.toISOString());
  await insertChallenge(db, { id: sha256Hex(token), user_id: userId, created_at: now.toISOString(), expires_at: expiresAt });
  return { twoFactor: "code-needed", pendingToken: token, expiresAt };
}

/** Whether a sign-in answer is the second step rather than a session. */
export function isChallenge(answer: object): answer is TwoFactorChallenge {
  return "twoFactor" in answer;
}
