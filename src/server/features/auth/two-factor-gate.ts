/**
 * A clinic that asks its staff for two-factor sign-in (its setting, on for new clinics) is closed
 * to a member without it: every route of the clinic answers `two_factor_required` until they set
 * it up on their account page (request-auth.ts calls this once the membership is known, so
 * another clinic stays `not_found` and a patient `forbidden`).
 */
import { AppError } from "../../app-error.ts";
import type { Executor } from "../../shared/executor.ts";
import { twoFactorStanding } from "./two-factor-repository.ts";

export const TWO_FACTOR_REQUIRED_MESSAGE = "This clinic asks its staff to sign in with a second factor. Set up two-factor sign-in on your account page, then come back.";

/** Throws `two_factor_required` when the clinic asks for two-factor sign-in and the account has not set it up. */
export async function refuseWithoutRequiredTwoFactor(db: Executor, clinicId: string, userId: string): Promise<void> {
  const standing = await twoFactorStanding(db, clinicId, userId);
  if (standing !== undefined && standing.required && !standing.enabled) throw new AppError("two_factor_required", TWO_FACTOR_REQUIRED_MESSAGE);
}
