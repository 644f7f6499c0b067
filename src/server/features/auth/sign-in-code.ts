/**
 * The second step of a sign-in (issue 7): the pending token from the password step and a code,
 * the authenticator app's or a recovery code. Each try is written down as a failure before the
 * code is checked, as a password would be (sign-in-limit.ts), so guessing codes spends the same
 * limit as guessing passwords; a wrong code also counts on the account (the holder is told) and
 * on the pending sign-in, which five wrong codes spend.
 */
import { v7 as uuidv7 } from "uuid";
import { AppError } from "../../app-error.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { sha256Hex } from "../../shared/tokens.ts";
import { useSecondFactor } from "./second-factor.ts";
import { keepAsFailure, reserveSignInAttempt, signInSucceeded } from "./sign-in-limit.ts";
import { completeSignIn, type ClientAddress, type SignedIn } from "./sign-in.ts";
import { CHALLENGE_MAX_FAILURES } from "./two-factor-challenge.ts";
import { countChallengeFailure, deleteChallenge, findLiveChallenge } from "./two-factor-repository.ts";
import { countFailedSignIn, findUserById } from "./users-repository.ts";

export const SIGN_IN_EXPIRED_MESSAGE = "This sign-in has expired or had too many wrong codes. Enter your email and password again.";

export async function signInWithCode(deps: ServiceDeps, body: { pendingToken: string; code: string }, client: ClientAddress): Promise<SignedIn> {
  const now = deps.clock();
  const challengeId = sha256Hex(body.pendingToken);
  const challenge = await findLiveChallenge(deps.db, challengeId, now.toISOString(), CHALLENGE_MAX_FAILURES);
  const user = challenge === undefined ? undefined : await findUserById(deps.db, challenge.user_id);
  if (challenge === undefined || user === undefined) throw new AppError("unauthenticated", SIGN_IN_EXPIRED_MESSAGE);
  const reservation = await reserveSignInAttempt(deps.db, { email: user.email, ip: client.ip }, now, uuidv7());
  if ((await useSecondFactor(deps.db, user, body.code, now)) === null) {
    await keepAsFailure(deps.db, now);
    await countFailedSignIn(deps.db, user.id, now.toISOString());
    await countChallengeFailure(deps.db, challengeId);
    throw new AppError("invalid_credentials", "That code is not right. Enter the code your app shows now, or one of your recovery codes.", {
      issues: [{ path: "code", message: "is not right" }],
    });
  }
  await signInSucceeded(deps.db, reservation, now);
  await deleteChallenge(deps.db, challengeId);
  return completeSignIn(deps, user, client, now);
}
