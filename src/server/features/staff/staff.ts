/** A clinic's staff: members with their roles, and invited people who have not yet accepted; changing a member's roles. */
import { AppError } from "../../app-error.ts";
import type { Role } from "../../db/schema.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { listOpenStaffInvitations } from "../invitations/repository.ts";
import { lockClinic } from "../setup/repository.ts";
import { findRoles, listMembers, membersWithRole, orderedRoles, replaceRoles } from "./repository.ts";

export interface StaffMember {
  /** The user's id, or the invitation's id while it is not yet accepted. */
  userId: string;
  name: string;
  email: string;
  role: string;
  roles: Role[];
  active: boolean;
}

export async function listStaff(deps: ServiceDeps, clinicId: string): Promise<StaffMember[]> {
  const [members, invited] = await Promise.all([
    listMembers(deps.db, clinicId),
    listOpenStaffInvitations(deps.db, clinicId, deps.clock().toISOString()),
  ]);
  return [
    ...members.map((member) => ({ ...member, active: true })),
    ...invited.map((invitation) => {
      const roles = orderedRoles(invitation.roles ?? [invitation.role ?? "clinician"]);
      return { userId: invitation.id, name: invitation.name, email: invitation.email ?? "", role: roles[0] ?? "clinician", roles, active: false };
    }),
  ];
}

/**
 * Sets a member's roles. The clinic keeps at least one administrator: taking the role from the
 * last one is refused (nobody could then manage staff or settings).
 */
export async function setStaffRoles(deps: ServiceDeps, target: { clinicId: string; userId: string }, actorUserId: string, roles: readonly Role[]): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    await lockClinic(tx, target.clinicId);
    const current = await findRoles(tx, target.clinicId, target.userId);
    if (current.length === 0) throw new AppError("not_found", "No such member of staff.");
    if (current.includes("admin") && !roles.includes("admin")) {
      const admins = await membersWithRole(tx, target.clinicId, "admin");
      if (admins.length <= 1) throw new AppError("conflict", "The clinic needs at least one administrator.", { issues: [{ path: "roles", message: "must keep admin: this is the last administrator" }] });
    }
    await replaceRoles(tx, target.clinicId, target.userId, roles);
    await audit(tx, now, { clinicId: target.clinicId, actorUserId, action: "staff.roles_changed", entity: "membership", entityId: target.userId });
  });
}
