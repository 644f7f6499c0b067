/**
 * A clinic's staff: members with their roles, and invited people who have not yet accepted;
 * changing a member's roles; deactivating a member (they reach nothing of the clinic from the next
 * request on, and their sessions end unless another clinic or their patient account still needs
 * them) and reactivating them.
 */
import { AppError } from "../../app-error.ts";
import type { Role } from "../../db/schema.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { listOpenStaffInvitations } from "../invitations/repository.ts";
import { lockClinic } from "../setup/repository.ts";
import { endOtherSessions } from "../auth/sessions.ts";
import { findPatientOfUser } from "../patients/repository.ts";
import { findMembership, findRoles, listMembers, membershipsOfUser, membersWithRole, orderedRoles, replaceRoles, setDeactivated } from "./repository.ts";

export interface StaffMember {
  /** The user's id, or the invitation's id while it is not yet accepted. */
  userId: string;
  name: string;
  email: string;
  role: string;
  roles: Role[];
  active: boolean;
  status: "active" | "invited" | "deactivated";
}

export async function listStaff(deps: ServiceDeps, clinicId: string): Promise<StaffMember[]> {
  const [members, invited] = await Promise.all([
    listMembers(deps.db, clinicId),
    listOpenStaffInvitations(deps.db, clinicId, deps.clock().toISOString()),
  ]);
  return [
    ...members.map(({ deactivatedAt, ...member }) => ({ ...member, active: deactivatedAt === null, status: deactivatedAt === null ? ("active" as const) : ("deactivated" as const) })),
    ...invited.map((invitation) => {
      const roles = orderedRoles(invitation.roles ?? [invitation.role ?? "clinician"]);
      return { userId: invitation.id, name: invitation.name, email: invitation.email ?? "", role: roles[0] ?? "clinician", roles, active: false, status: "invited" as const };
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

const LAST_ADMIN = () =>
  new AppError("conflict", "The clinic needs at least one active administrator.", { issues: [{ path: "userId", message: "is the last active administrator" }] });

/**
 * Deactivates a member: from the next request on they reach nothing of this clinic. The account's
 * sessions end at once when no other clinic (nor a patient record) still gives it a reason to be
 * signed in; otherwise they stay for those, and this clinic refuses them. The last active
 * administrator, and oneself, cannot be deactivated.
 */
export async function deactivateStaff(deps: ServiceDeps, target: { clinicId: string; userId: string }, actorUserId: string): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    await lockClinic(tx, target.clinicId);
    const membership = await findMembership(tx, target.clinicId, target.userId);
    if (membership === undefined) throw new AppError("not_found", "No such member of staff.");
    if (membership.deactivatedAt !== null) return;
    if (target.userId === actorUserId) throw new AppError("conflict", "You cannot deactivate yourself. Ask another administrator.");
    if (membership.roles.includes("admin") && (await membersWithRole(tx, target.clinicId, "admin")).length <= 1) throw LAST_ADMIN();
    await setDeactivated(tx, target.clinicId, target.userId, now.toISOString());
    if ((await membershipsOfUser(tx, target.userId)).length === 0 && (await findPatientOfUser(tx, target.userId)) === undefined) {
      await endOtherSessions(tx, target.userId);
    }
    await audit(tx, now, { clinicId: target.clinicId, actorUserId, action: "staff.deactivated", entity: "membership", entityId: target.userId });
  });
}

/** Reactivates a deactivated member with the roles they had. */
export async function reactivateStaff(deps: ServiceDeps, target: { clinicId: string; userId: string }, actorUserId: string): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    await lockClinic(tx, target.clinicId);
    const membership = await findMembership(tx, target.clinicId, target.userId);
    if (membership === undefined) throw new AppError("not_found", "No such member of staff.");
    if (membership.deactivatedAt === null) return;
    await setDeactivated(tx, target.clinicId, target.userId, null);
    await audit(tx, now, { clinicId: target.clinicId, actorUserId, action: "staff.reactivated", entity: "membership", entityId: target.userId });
  });
}
