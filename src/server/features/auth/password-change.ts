/**
 * Changing one's password (issue 7, finding 5): the current password is asked (within the
 * sign-in limit, as a sign-in would be), the new one must be hard to guess, and every other
 * session of the account ends, so a stolen session does not outlive the change.
 */
import { v7 as uuidv7 } from "uuid";
import type { ChangePasswordBody } from "#contracts/api/auth.ts";
import { AppError, invalidField } from "../../app-error.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { refuseWeakPassword, type AdviceLanguage } from "./password-strength.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";
import { endOtherSessions } from "./sessions.ts";
import { keepAsFailure, reserveSignInAttempt, signInSucceeded } from "./sign-in-limit.ts";
import { countFailedSignIn, findUserById, setPasswordHash } from "./users-repository.ts";

export async function changePassword(deps: ServiceDeps, who: { readonly userId: string; readonly sessionId: string }, body: ChangePasswordBody, client: { readonly ip: string; readonly language?: AdviceLanguage }): Promise<void> {
  const now = deps.clock();
  const user = await findUserById(deps.db, who.userId);
  if (user === undefined) throw new AppError("unauthenticated", "Please sign in.");
  const reservation = await reserveSignInAttempt(deps.db, { email: user.email, ip: client.ip }, now, uuidv7());
  if (!(await verifyPassword(user.password_hash, body.currentPassword))) {
    await keepAsFailure(deps.db, now);
    await countFailedSignIn(deps.db, user.id, now.toISOString());
    throw invalidField("currentPassword", "is not right");
  }
  await signInSucceeded(deps.db, reservation, now);
  if (body.newPassword === body.currentPassword) throw invalidField("newPassword", "must differ from the current password");
  await refuseWeakPassword("newPassword", body.newPassword, user, client.language);
  const passwordHash = await hashPassword(body.newPassword);
  await deps.db.transaction().execute(async (tx) => {
    await setPasswordHash(tx, user.id, passwordHash);
    await endOtherSessions(tx, user.id, who.sessionId);
  });
}
