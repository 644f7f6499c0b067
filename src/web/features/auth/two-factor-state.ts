/** What the web app decides from /api/me about two-factor sign-in: whether a clinic waits for the person to set it up. */
import type { Me } from "#contracts/api/auth.ts";

/**
 * Whether a clinic (or, without one, any of the person's clinics) asks for two-factor sign-in the
 * person has not set up: its pages then send them to their account page first. A copy of /api/me
 * cached before these fields existed reads as "not asked".
 * @example needsTwoFactorSetup({ user: { twoFactorEnabled: false, ... }, memberships: [{ clinicId: "c1", twoFactorRequired: true, ... }], ... }) // true
 */
export function needsTwoFactorSetup(me: Me, clinicId?: string): boolean {
  if (me.user.twoFactorEnabled === true) return false;
  return me.memberships.some((membership) => membership.twoFactorRequired === true && (clinicId === undefined || membership.clinicId === clinicId));
}

/**
 * The clinic a path belongs to (`/clinic/:clinicId/...`), or undefined.
 * @example clinicOfPath("/clinic/c1/worklist") // "c1"
 * @example clinicOfPath("/account") // undefined
 */
export function clinicOfPath(path: string): string | undefined {
  const match = /^\/clinic\/([^/]+)(\/|$)/.exec(path);
  return match?.[1];
}

/**
 * A typed second-factor code as sent: a 6-digit code without its spaces; a recovery code as typed.
 * @example codeToSend(" 123 456 ") // "123456"
 * @example codeToSend("abcd-efgh-2345-6789") // "abcd-efgh-2345-6789"
 */
export function codeToSend(typed: string): string {
  const digits = typed.replace(/\s/g, "");
  return /^\d{6}$/.test(digits) ? digits : typed.trim();
}
