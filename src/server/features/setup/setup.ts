/**
 * First run: create the clinic and its first administrator, once. The demo clinic does not
 * count: exploring the demo first must not lock out the real setup.
 */
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { SetupStatus } from "#contracts/api/setup.ts";
import { AppError, invalidField } from "../../app-error.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { isUniqueViolation } from "../../shared/executor.ts";
import { loadMe } from "../auth/me.ts";
import { hashPassword } from "../auth/passwords.ts";
import { startSession } from "../auth/sessions.ts";
import type { SignedIn } from "../auth/sign-in.ts";
import { findUserByEmail, insertUser } from "../auth/users-repository.ts";
import { insertMembership } from "../staff/repository.ts";
import { DEMO_LOGINS } from "./demo-logins.ts";
import { findDemoClinic, insertClinic, realClinicExists } from "./repository.ts";
import { seedDemo } from "./seed-demo.ts";
import { refuseWeakPassword } from "../auth/password-strength.ts";

/** Serialises concurrent setups on PostgreSQL (an arbitrary constant key). */
const SETUP_LOCK_KEY = 7_262_001;

/** Whether setup is done and the demo exists; demo sign-ins only for a loopback visitor. */
export async function setupStatus(deps: ServiceDeps, visitor: { loopback: boolean }): Promise<SetupStatus> {
  const [initialized, demo] = await Promise.all([realClinicExists(deps.db), findDemoClinic(deps.db)]);
  return {
    initialized,
    demoPresent: demo !== undefined,
    demoLogins: demo !== undefined && visitor.loopback ? DEMO_LOGINS.map((login) => ({ ...login })) : null,
  };
}

export interface CreateClinicInput {
  clinicName: string;
  timeZone: string;
  admin: { name: string; email: string; password: string };
  /** Staff must sign in with a second factor: the first-run page sends its box (ticked by default); left out, not required (as before). */
  twoFactorRequiredForStaff?: boolean | undefined;
}

const ALREADY_INITIALIZED = () => new AppError("already_initialized", "This server already has a clinic. Sign in instead.");
const EMAIL_USED = () => invalidField("admin.email", "is already used by another account");

export async function createClinic(deps: ServiceDeps, input: CreateClinicInput): Promise<SignedIn> {
  // The cheap checks first: a setup that cannot succeed costs no argon2 work. They are repeated
  // under the lock below, where they decide.
  if (await realClinicExists(deps.db)) throw ALREADY_INITIALIZED();
  if ((await findUserByEmail(deps.db, input.admin.email)) !== undefined) throw EMAIL_USED();
  await refuseWeakPassword("admin.password", input.admin.password, input.admin);
  const passwordHash = await hashPassword(input.admin.password);
  const now = deps.clock();
  try {
    return await deps.db.transaction().execute(async (tx) => {
      await sql`SELECT pg_advisory_xact_lock(${SETUP_LOCK_KEY})`.execute(tx);
      if (await realClinicExists(tx)) throw ALREADY_INITIALIZED();
      if ((await findUserByEmail(tx, input.admin.email)) !== undefined) throw EMAIL_USED();
      const clinic = await insertClinic(tx, { id: uuidv7(), name: input.clinicName, time_zone: input.timeZone, is_demo: false, two_factor_required_for_staff: input.twoFactorRequiredForStaff ?? false, created_at: now.toISOString() });
      const user = await insertUser(tx, { id: uuidv7(), email: input.admin.email, name: input.admin.name, password_hash: passwordHash, created_at: now.toISOString() });
      await insertMembership(tx, { clinic_id: clinic.id, user_id: user.id, roles: ["admin"], created_at: now.toISOString() });
      await audit(tx, now, { clinicId: clinic.id, actorUserId: user.id, action: "clinic.created", entity: "clinic", entityId: clinic.id });
      const session = await startSession(tx, user.id, now);
      return { ...session, me: await loadMe(tx, user.id) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw EMAIL_USED();
    throw error;
  }
}

/**
 * Seeds the demo on request from the web: on a fresh server for anyone (the first-run page
 * offers it), but once a real clinic runs here only from this machine, so strangers cannot add
 * accounts with published passwords to a clinic's server.
 */
export async function requestDemo(deps: ServiceDeps, visitor: { loopback: boolean }): Promise<SetupStatus> {
  if (!visitor.loopback && (await realClinicExists(deps.db)) && (await findDemoClinic(deps.db)) === undefined) {
    throw new AppError("forbidden", "The demo clinic can be added only from the server's own machine once a clinic is set up (run `cephalog demo` there).");
  }
  await seedDemo(deps);
  return setupStatus(deps, visitor);
}
