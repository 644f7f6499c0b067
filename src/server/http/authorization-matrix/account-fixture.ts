/**
 * Accounts for the matrix's calls of two-factor sign-in and password reset, written through the
 * repositories the features use: two-factor turned on with a known secret and recovery code, a
 * pending second step, a reset link, a fresh invitation's id.
 */
import { generate } from "otplib";
import { signInWithPassword } from "../../features/auth/sign-in.ts";
import { newRecoveryCodes, normalizeRecoveryCode, recoveryCodeHash } from "../../features/auth/recovery-codes.ts";
import { newTotpSecret } from "../../features/auth/totp.ts";
import { disableTwoFactor, enableTwoFactor, replaceRecoveryCodes, setPendingSecret } from "../../features/auth/two-factor-repository.ts";
import { insertResetToken } from "../../features/auth/password-reset-repository.ts";
import { invitePatient } from "../../features/invitations/invitations.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { addStaff } from "../../shared/test-support.ts";
import { newToken, sha256Hex } from "../../shared/tokens.ts";
import { freshPatient, type ClinicFixture } from "./clinic-fixture.ts";

/** The code an authenticator app shows now for the secret. */
export const codeNow = (deps: ServiceDeps, secret: string) => generate({ secret, epoch: Math.floor(deps.clock().getTime() / 1000) });

/** A new pending secret for the account, as starting enrolment leaves it. */
export async function pendingSecret(deps: ServiceDeps, userId: string): Promise<string> {
  const secret = newTotpSecret();
  await setPendingSecret(deps.db, userId, secret);
  return secret;
}

/** Turns two-factor sign-in on for the account; answers one of its recovery codes (the app's code of this step is spent). */
export async function twoFactorOn(deps: ServiceDeps, userId: string): Promise<{ recoveryCode: string }> {
  await disableTwoFactor(deps.db, userId);
  await pendingSecret(deps, userId);
  const now = deps.clock();
  await enableTwoFactor(deps.db, userId, now.toISOString(), Math.floor(now.getTime() / 30_000));
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(deps.db, userId, codes.map((shown) => recoveryCodeHash(normalizeRecoveryCode(shown) ?? shown)), now.toISOString());
  return { recoveryCode: codes[0] ?? "" };
}

/** Turns two-factor sign-in off again, whatever the call did: the caller signs in with the password alone. */
export async function twoFactorOff(deps: ServiceDeps, userId: string | null): Promise<void> {
  if (userId !== null) await disableTwoFactor(deps.db, userId);
}

/** A new member of the clinic with two-factor on, whose password step is done: the second step's token and a recovery code. */
export async function pendingSecondStep(deps: ServiceDeps, clinicId: string): Promise<{ pendingToken: string; code: string }> {
  const member = await addStaff(deps, clinicId, "coordinator");
  const { recoveryCode } = await twoFactorOn(deps, member.userId);
  const answer = await signInWithPassword(deps, { email: member.email, password: member.password }, { ip: "127.0.0.1", loopback: true });
  if (!("pendingToken" in answer)) throw new Error("two-factor sign-in was on, yet the password alone signed in");
  return { pendingToken: answer.pendingToken, code: recoveryCode };
}

/** A usable password reset link's token for a new member of the clinic. */
export async function resetToken(deps: ServiceDeps, clinicId: string): Promise<string> {
  const member = await addStaff(deps, clinicId, "coordinator");
  const token = newToken();
  const now = deps.clock();
  await insertResetToken(deps.db, { token_hash: sha256Hex(token), user_id: member.userId, created_at: now.toISOString(), expires_at: new Date(now.getTime() + 60 * 60_000).toISOString() });
  return token;
}

/** The id of a new invitation waiting to be accepted, for a new patient of the clinic. */
export async function waitingInvitation(deps: ServiceDeps, fixture: ClinicFixture): Promise<string> {
  const patientId = await freshPatient(deps, fixture.clinicId, fixture.adminId);
  await invitePatient(deps, { clinicId: fixture.clinicId, patientId, actorUserId: fixture.adminId, baseUrl: "http://localhost" });
  const row = await deps.db.selectFrom("invitations").select("id").where("clinic_id", "=", fixture.clinicId).where("patient_id", "=", patientId).executeTakeFirstOrThrow();
  return row.id;
}
