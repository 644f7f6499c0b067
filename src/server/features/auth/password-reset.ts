/**
 * "Forgot your password?" (issue 7). Asking for a reset answers the same whether or not the email
 * has an account (no probing); when it has one, a link (random token, its sha256 stored, 1 hour,
 * single-use, replacing any earlier one) goes out through the notification outbox. Requests are
 * limited per email and per address. Using the link sets a new password (the strength rules of
 * password-strength.ts), ends every session of the account and signs no one in: an account with
 * two-factor sign-in is asked its code at the next sign-in as always.
 */
import { AppError } from "../../app-error.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { newToken, sha256Hex } from "../../shared/tokens.ts";
import { queueNotification } from "../notifications/outbox.ts";
import { refuseWeakPassword, type AdviceLanguage } from "./password-strength.ts";
import { hashPassword } from "./passwords.ts";
import { claimResetToken, findUsableResetToken, insertResetToken, retireResetTokens } from "./password-reset-repository.ts";
import { countResetRequest } from "./reset-request-limit.ts";
import { endOtherSessions } from "./sessions.ts";
import { membershipsOfUser } from "../staff/repository.ts";
import { findUserByEmail, findUserById, setPasswordHash } from "./users-repository.ts";
import { deleteChallengesOfUser } from "./two-factor-repository.ts";

export const RESET_LINK_LIFETIME_MS = 60 * 60 * 1000;
export const RESET_LINK_INVALID_MESSAGE = "This password reset link is no longer valid: it was used, or it is more than an hour old. Ask for a new one.";

/** The address people open: `<base>/reset-password/<token>`. */
export function resetLinkUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/reset-password/${token}`;
}

/** The email: a link and plain words; nothing about the person's health or clinic. */
export function resetMessage(name: string, link: string): { subject: string; body: string } {
  return {
    subject: "Reset your Cephalog password",
    body: [
      `Hello ${name},`,
      "",
      "Someone asked to reset the password of your Cephalog account. If it was you, open this link within an hour to choose a new password:",
      "",
      link,
      "",
      "The link works once. If you did not ask, ignore this email: your password stays as it is.",
    ].join("\n"),
  };
}

/** Queues a reset link for the email's account, if it has one; the same answer either way. */
export async function requestPasswordReset(deps: ServiceDeps, email: string, request: { ip: string; baseUrl: string }): Promise<void> {
  const now = deps.clock();
  await countResetRequest(deps.db, { email, ip: request.ip }, now);
  const user = await findUserByEmail(deps.db, email);
  if (user === undefined) return;
  const token = newToken();
  await deps.db.transaction().execute(async (tx) => {
    await retireResetTokens(tx, user.id, now.toISOString());
    await insertResetToken(tx, { token_hash: sha256Hex(token), user_id: user.id, created_at: now.toISOString(), expires_at: new Date(now.getTime() + RESET_LINK_LIFETIME_MS).toISOString() });
    await queueNotification(tx, { channel: "email", kind: "password-reset", recipient: user.email, ...resetMessage(user.name, resetLinkUrl(request.baseUrl, token)) }, now);
  });
}

/** Whether a link can still be used, and until when. */
export async function describeResetLink(deps: ServiceDeps, token: string): Promise<{ expiresAt: string }> {
  const row = await findUsableResetToken(deps.db, sha256Hex(token), deps.clock().toISOString());
  if (row === undefined) throw new AppError("link_invalid", RESET_LINK_INVALID_MESSAGE);
  return { expiresAt: row.expires_at };
}

/** Sets a new password with a link, once; every session of the account ends. */
export async function resetPassword(deps: ServiceDeps, token: string, newPassword: string, language: AdviceLanguage = "en"): Promise<void> {
  const now = deps.clock();
  const tokenHash = sha256Hex(token);
  // The cheap checks first: a dead link costs no argon2 work, a weak password does not spend the link.
  const usable = await findUsableResetToken(deps.db, tokenHash, now.toISOString());
  const user = usable === undefined ? undefined : await findUserById(deps.db, usable.user_id);
  if (user === undefined) throw new AppError("link_invalid", RESET_LINK_INVALID_MESSAGE);
  await refuseWeakPassword("newPassword", newPassword, user, language);
  const passwordHash = await hashPassword(newPassword);
  await deps.db.transaction().execute(async (tx) => {
    if ((await claimResetToken(tx, tokenHash, now.toISOString())) !== user.id) throw new AppError("link_invalid", RESET_LINK_INVALID_MESSAGE);
    await setPasswordHash(tx, user.id, passwordHash);
    await retireResetTokens(tx, user.id, now.toISOString());
    await endOtherSessions(tx, user.id);
    await deleteChallengesOfUser(tx, user.id);
    for (const membership of await membershipsOfUser(tx, user.id)) {
      await audit(tx, now, { clinicId: membership.clinicId, actorUserId: user.id, action: "account.password_reset", entity: "user", entityId: user.id });
    }
  });
}
