/** The failed sign-ins warning in words (SignInWarning.tsx). */
import type { Me } from "#contracts/api/auth.ts";

/**
 * The warning in words.
 * @example signInWarningText({ failedAttempts: 4, lastAt: "2026-12-04T03:00:00Z" }, "4 Dec 2026, 03:00")
 * // "4 wrong passwords were tried on your account since you last signed in, the last on 4 Dec 2026, 03:00."
 */
export function signInWarningText(warning: NonNullable<Me["signInWarning"]>, lastAt: string): string {
  const what = warning.failedAttempts === 1 ? "1 wrong password was" : `${warning.failedAttempts} wrong passwords were`;
  return `${what} tried on your account since you last signed in, the last on ${lastAt}.`;
}
