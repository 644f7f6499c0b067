/** Where a signed-in person starts: patients at their diary, staff at their clinic. */
import type { Me } from "#contracts/api/auth.ts";
import type { Permission } from "#contracts/permissions.ts";

/**
 * The home path of a signed-in user.
 * @example homePath({ patient: { ... }, memberships: [] }) // "/today"
 */
export function homePath(me: Me): string {
  if (me.patient) return "/today";
  const membership = me.memberships[0];
  if (!membership) return "/no-access";
  // The worklist is every clinical role's home; an administrator without one starts at the staff page.
  return membership.roles.length === 1 && membership.roles[0] === "admin" ? `/clinic/${membership.clinicId}/staff` : `/clinic/${membership.clinicId}/worklist`;
}

/**
 * Whether the signed-in person may do something in a clinic (the server's answer in /api/me).
 * @example membershipCan({ permissions: ["clinic.read"], ... }, "sessions.sign") // false
 */
export function membershipCan(membership: Me["memberships"][number] | undefined, permission: Permission): boolean {
  return membership?.permissions.includes(permission) ?? false;
}

/** The membership for a clinic in the path, if the user has one. */
export function membershipFor(me: Me, clinicId: string): Me["memberships"][number] | undefined {
  return me.memberships.find((membership) => membership.clinicId === clinicId);
}
