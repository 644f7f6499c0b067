/** Where a signed-in person starts: patients at their diary, staff at their clinic. */
import type { Me } from "#contracts/api/auth.ts";

/**
 * The home path of a signed-in user.
 * @example homePath({ patient: { ... }, memberships: [] }) // "/today"
 */
export function homePath(me: Me): string {
  if (me.patient) return "/today";
  const membership = me.memberships[0];
  if (!membership) return "/no-access";
  return membership.role === "admin" ? `/clinic/${membership.clinicId}/staff` : `/clinic/${membership.clinicId}/patients`;
}

/** The membership for a clinic in the path, if the user has one. */
export function membershipFor(me: Me, clinicId: string): Me["memberships"][number] | undefined {
  return me.memberships.find((membership) => membership.clinicId === clinicId);
}
