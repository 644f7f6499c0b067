/** A clinic's staff: members, and invited people who have not yet accepted. */
import type { ServiceDeps } from "../../shared/deps.ts";
import { listOpenStaffInvitations } from "../invitations/repository.ts";
import { listMembers } from "./repository.ts";

export interface StaffMember {
  /** The user's id, or the invitation's id while it is not yet accepted. */
  userId: string;
  name: string;
  email: string;
  role: string;
  active: boolean;
}

export async function listStaff(deps: ServiceDeps, clinicId: string): Promise<StaffMember[]> {
  const [members, invited] = await Promise.all([
    listMembers(deps.db, clinicId),
    listOpenStaffInvitations(deps.db, clinicId, deps.clock().toISOString()),
  ]);
  return [
    ...members.map((member) => ({ ...member, active: true })),
    ...invited.map((invitation) => ({ userId: invitation.id, name: invitation.name, email: invitation.email ?? "", role: invitation.role ?? "clinician", active: false })),
  ];
}
