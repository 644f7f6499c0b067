/**
 * Who may reach the FHIR API (ADR 0025). Its paths carry no clinic (`/fhir/R4/Patient/:id/...`,
 * as FHIR clients expect), so the clinic is the patient's, found among the caller's own active
 * memberships: a patient of a clinic the caller does not work in is `not_found`, as if it did not
 * exist (the same answer as `/api/clinics/:clinicId/...` gives for another clinic). Then the
 * clinic's two-factor requirement and the permission, exactly as request-auth.ts checks them.
 */
import { idSchema } from "#contracts/api/common.ts";
import { can, type Permission } from "#contracts/permissions.ts";
import { AppError } from "../../app-error.ts";
import type { StaffAuth } from "../../http/request-auth.ts";
import { isStaffAnywhere, staffRoles } from "../../shared/access.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { refuseWithoutRequiredTwoFactor } from "../auth/two-factor-gate.ts";
import type { Authenticated } from "../auth/sessions.ts";

export const NO_SUCH_PATIENT = "No such patient.";

/** The clinic of the patient, when the user is an active member of it; undefined otherwise. */
export async function clinicOfPatientForUser(db: Executor, userId: string, patientId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("patients")
    .innerJoin("memberships", (join) => join.onRef("memberships.clinic_id", "=", "patients.clinic_id").on("memberships.user_id", "=", userId).on("memberships.deactivated_at", "is", null))
    .select("patients.clinic_id")
    .where("patients.id", "=", patientId)
    .executeTakeFirst();
  return row?.clinic_id;
}

/** The staff auth of `auth` in `clinicId` holding `permission`, or the refusal request-auth.ts would give. */
export async function authorizeInClinic(deps: ServiceDeps, auth: Authenticated, clinicId: string, permission: Permission): Promise<StaffAuth> {
  const roles = await staffRoles(deps, auth.user.id, clinicId);
  const [role] = roles;
  if (role === undefined) {
    if (!(await isStaffAnywhere(deps, auth.user.id))) throw new AppError("forbidden", "Only clinic staff can use this.");
    throw new AppError("not_found", "No such clinic.");
  }
  await refuseWithoutRequiredTwoFactor(deps.db, clinicId, auth.user.id);
  if (!can(roles, permission)) throw new AppError("forbidden", "Your roles in this clinic do not allow this.", { permission });
  return { ...auth, clinicId, role, roles };
}

/**
 * The staff auth for a patient's data: the patient's clinic among the caller's memberships, with
 * `permission` there. A patient id that is not one of ours, or of a clinic the caller is not in,
 * is `not_found`; someone who is staff nowhere (a patient account) is `forbidden`.
 */
export async function authorizeForPatient(deps: ServiceDeps, auth: Authenticated, patientId: string, permission: Permission): Promise<StaffAuth> {
  const id = idSchema.safeParse(patientId);
  const clinicId = id.success ? await clinicOfPatientForUser(deps.db, auth.user.id, id.data) : undefined;
  if (clinicId === undefined) {
    if (!(await isStaffAnywhere(deps, auth.user.id))) throw new AppError("forbidden", "Only clinic staff can use this.");
    throw new AppError("not_found", NO_SUCH_PATIENT);
  }
  return authorizeInClinic(deps, auth, clinicId, permission);
}
