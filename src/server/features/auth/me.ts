/** "Who am I": the user, their clinic roles and, for a patient account, the patient it signs in as. */
import type { Me } from "#contracts/api/auth.ts";
import { permissionsOf } from "#contracts/permissions.ts";
import { AppError } from "../../app-error.ts";
import type { Executor } from "../../shared/executor.ts";
import { findPatientOfUser } from "../patients/repository.ts";
import { membershipsOfUser } from "../staff/repository.ts";
import { findUserById } from "./users-repository.ts";

export async function loadMe(db: Executor, userId: string): Promise<Me> {
  const user = await findUserById(db, userId);
  if (user === undefined) throw new AppError("unauthenticated", "Please sign in.");
  const [memberships, patient] = await Promise.all([membershipsOfUser(db, userId), findPatientOfUser(db, userId)]);
  return {
    user: { id: user.id, email: user.email, name: user.name, twoFactorEnabled: user.totp_enabled_at !== null },
    memberships: memberships.map((membership) => ({ ...membership, permissions: permissionsOf(membership.roles) })),
    patient:
      patient === undefined
        ? null
        : {
            clinicId: patient.clinic_id,
            clinicName: patient.clinic_name,
            patientId: patient.id,
            name: patient.name,
            birthDate: patient.birth_date,
            timeZone: patient.time_zone,
            demo: patient.clinic_is_demo,
          },
    signInWarning:
      user.failed_sign_ins > 0 && user.last_failed_sign_in_at !== null ? { failedAttempts: user.failed_sign_ins, lastAt: new Date(user.last_failed_sign_in_at).toISOString() } : null,
  };
}
