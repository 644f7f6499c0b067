/**
 * Checking a second factor: the authenticator app's 6-digit code (not one of a step already
 * used), or one of the account's recovery codes (used up). A right code is consumed at once, in
 * its own statement, so the same code cannot serve two sign-ins, even in parallel.
 */
import type { UserRow } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";
import { normalizeRecoveryCode, recoveryCodeHash } from "./recovery-codes.ts";
import { verifyTotp } from "./totp.ts";
import { claimRecoveryCode, claimTotpStep } from "./two-factor-repository.ts";

/** Which kind of code was right, or null when it was not. */
export type SecondFactorUsed = "totp" | "recovery-code" | null;

/** Checks and consumes a code of the account (two-factor must be on); null when it is not right. */
export async function useSecondFactor(db: Executor, user: Pick<UserRow, "id" | "totp_secret" | "totp_enabled_at" | "totp_last_step">, typed: string, now: Date): Promise<SecondFactorUsed> {
  if (user.totp_secret === null || user.totp_enabled_at === null) return null;
  const code = typed.replace(/\s/g, "");
  if (/^\d{6}$/.test(code)) {
    const step = await verifyTotp(user.totp_secret, code, now, user.totp_last_step);
    return step !== null && (await claimTotpStep(db, user.id, step)) ? "totp" : null;
  }
  const recovery = normalizeRecoveryCode(code);
  if (recovery === null) return null;
  return (await claimRecoveryCode(db, user.id, recoveryCodeHash(recovery), now.toISOString())) ? "recovery-code" : null;
}
