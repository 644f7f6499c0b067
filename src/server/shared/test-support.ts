/**
 * Helpers for the server's integration tests: a settable clock and quick ways to make a clinic,
 * staff and patients through the services themselves.
 */
import { v7 as uuidv7 } from "uuid";
import { plainDate } from "#domain/shared/plain-date.ts";
import type { Kysely } from "kysely";
import type { Database, Role } from "../db/schema.ts";
import { hashPassword } from "../features/auth/passwords.ts";
import { insertUser } from "../features/auth/users-repository.ts";
import { acceptInvitation } from "../features/invitations/accept-invitation.ts";
import { invitePatient } from "../features/invitations/invitations.ts";
import { createPatient } from "../features/patients/patients.ts";
import { insertClinic } from "../features/setup/repository.ts";
import { insertMembership } from "../features/staff/repository.ts";
import { composeDeps } from "../compose-deps.ts";
import { silentLog, type ServiceDeps } from "./deps.ts";

export interface TestClock {
  (): Date;
  set(iso: string): void;
  advance(ms: number): void;
}

export function testClock(iso: string): TestClock {
  let now = new Date(iso);
  const clock = (() => new Date(now.getTime())) as TestClock;
  clock.set = (next) => {
    now = new Date(next);
  };
  clock.advance = (ms) => {
    now = new Date(now.getTime() + ms);
  };
  return clock;
}

export function testDeps(db: Kysely<Database>, clock: () => Date = () => new Date()): ServiceDeps {
  return composeDeps(db, clock, silentLog);
}

export const TEST_PASSWORD = "correct horse battery";

let passwordHash: Promise<string> | undefined;
let counter = 0;

/** A unique email for a test account. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}.${counter}@example.test`;
}

/**
 * A clinic (not through setup, so a test file may have many) with one staff member of the role.
 * It does not ask its staff for two-factor sign-in unless `twoFactorRequired` says so (new
 * clinics do by default; tests of other things sign in with a password alone).
 */
export async function makeClinic(deps: ServiceDeps, role: Role = "admin", name = "Test Clinic", options: { twoFactorRequired?: boolean } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const clinic = await insertClinic(deps.db, { id: uuidv7(), name, time_zone: "Europe/London", two_factor_required_for_staff: options.twoFactorRequired ?? false });
  const staff = await addStaff(deps, clinic.id, role);
  return { clinicId: clinic.id, staff };
}

/** A member of staff holding one role or several. */
export async function addStaff(deps: ServiceDeps, clinicId: string, role: Role | readonly Role[]) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const roles: readonly Role[] = typeof role === "string" ? [role] : role;
  const email = uniqueEmail(roles.join("-"));
  const user = await insertUser(deps.db, { id: uuidv7(), email, name: `Staff ${roles.join(" ")}`, password_hash: await passwordHash });
  await insertMembership(deps.db, { clinic_id: clinicId, user_id: user.id, roles });
  return { userId: user.id, email, password: TEST_PASSWORD };
}

/** A patient in the clinic with an account that signs in as them. */
export async function makePatientWithAccount(
  deps: ServiceDeps,
  clinicId: string,
  actorUserId: string,
  patient: { name?: string; timeZone?: string; birthDate?: string } = {},
) {
  const summary = await createPatient(deps, clinicId, actorUserId, {
    name: patient.name ?? "Pat Testwell",
    birthDate: plainDate(patient.birthDate ?? "1985-04-12"),
    timeZone: patient.timeZone ?? "Europe/London",
  });
  const { url } = await invitePatient(deps, { clinicId, patientId: summary.id, actorUserId, baseUrl: "http://localhost" });
  const token = url.split("/invite/")[1] ?? "";
  const email = uniqueEmail("patient");
  const signedIn = await acceptInvitation(deps, token, { email, password: TEST_PASSWORD }, { ip: "127.0.0.1" });
  return { patientId: summary.id, userId: signedIn.me.user.id, email, password: TEST_PASSWORD, sessionToken: signedIn.token };
}
