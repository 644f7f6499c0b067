/**
 * Matrix entries of an administrator's routes beyond staff roles: deactivating and reactivating a
 * member, the invitations waiting to be accepted (revoke, resend), and the audit log. Each
 * deactivation takes a new member, each revoke or resend a new invitation: both are used up.
 */
import { deactivateStaff } from "../../features/staff/staff.ts";
import { addStaff } from "../../shared/test-support.ts";
import { waitingInvitation } from "./account-fixture.ts";
import { clinicParams, type MatrixEntries } from "./entry.ts";

const auditQuery = (patientId: string) => ({ patientId, from: "2026-07-01", to: "2026-07-20" });

export const adminEntries: MatrixEntries = {
  deactivateStaff: { call: async ({ world, clinic }) => ({ params: clinicParams(clinic, { userId: (await addStaff(world.deps, clinic.clinicId, "clinician")).userId }) }) },
  reactivateStaff: {
    call: async ({ world, clinic }) => {
      const { userId } = await addStaff(world.deps, clinic.clinicId, "clinician");
      await deactivateStaff(world.deps, { clinicId: clinic.clinicId, userId }, clinic.adminId);
      return { params: clinicParams(clinic, { userId }) };
    },
  },
  listInvitations: { call: ({ clinic }) => ({ params: clinicParams(clinic) }) },
  revokeInvitation: { call: async ({ world, clinic }) => ({ params: clinicParams(clinic, { invitationId: await waitingInvitation(world.deps, clinic) }) }) },
  resendInvitation: { call: async ({ world, clinic }) => ({ params: clinicParams(clinic, { invitationId: await waitingInvitation(world.deps, clinic) }) }) },
  auditLog: { call: ({ clinic }) => ({ params: clinicParams(clinic), query: auditQuery(clinic.patientId) }) },
  auditExport: { call: ({ clinic }) => ({ params: clinicParams(clinic), query: auditQuery(clinic.patientId) }) },
};
