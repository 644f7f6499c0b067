/**
 * The synthetic demo clinic (flagged is_demo): invented staff and patients with a year of diary
 * from the seeded generator, what the clinic did for each (seed-demo-care.ts), plus known
 * sign-ins (demo-logins.ts). Idempotent: a second call, even a concurrent one, finds the clinic
 * and adds nothing (a unique index allows one demo). Any size and seed (`cephalog demo
 * --patients N --seed S`): the benchmark's clinic of 5,000 is the same generator.
 */
import { v7 as uuidv7 } from "uuid";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { NewDiaryRevision, Role } from "../../db/schema.ts";
import { generateDemoClinic, type DemoPatient, type DemoStaff } from "../../demo/generate.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { isUniqueViolation, type Executor } from "../../shared/executor.ts";
import { instantAtLocalTime, isLate, localDateAt } from "../../shared/time-zone.ts";
import { hashPassword } from "../auth/passwords.ts";
import { insertUser } from "../auth/users-repository.ts";
import { toStoredAnswers } from "../diary/diary-view.ts";
import { insertRevisions } from "../diary/repository.ts";
import { insertPatient } from "../patients/repository.ts";
import { insertMembership } from "../staff/repository.ts";
import { DEMO_LOGINS, DEMO_PASSWORD } from "./demo-logins.ts";
import { findDemoClinic, insertClinic } from "./repository.ts";
import { seedDemoCare } from "./seed-demo-care.ts";
import { seedDemoDecisions } from "./seed-demo-decisions.ts";

export const DEMO_SEED = 20_260_720;
export const DEMO_PATIENT_COUNT = 36;
export const DEMO_CLINIC_TIME_ZONE = "Europe/London";

export interface DemoOptions {
  readonly patients?: number | undefined;
  readonly seed?: number | undefined;
}

export async function seedDemo(deps: ServiceDeps, options: DemoOptions = {}): Promise<{ created: boolean; clinicId: string }> {
  const existing = await findDemoClinic(deps.db);
  if (existing !== undefined) return { created: false, clinicId: existing.id };
  const now = deps.clock();
  const today = localDateAt(now, DEMO_CLINIC_TIME_ZONE);
  const demo = generateDemoClinic({ seed: options.seed ?? DEMO_SEED, today, patients: options.patients ?? DEMO_PATIENT_COUNT });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  try {
    const clinicId = await deps.db.transaction().execute(async (tx) => {
      const clinic = await insertClinic(tx, { id: uuidv7(), name: demo.clinicName, time_zone: DEMO_CLINIC_TIME_ZONE, is_demo: true, two_factor_required_for_staff: false, created_at: now.toISOString() });
      const staffIds = await insertDemoStaff(tx, clinic.id, demo.staff, passwordHash, now);
      const patients: (DemoPatient & { id: string })[] = [];
      for (const [index, patient] of demo.patients.entries()) {
        const userId = index === 0 ? await insertDemoUser(tx, DEMO_PATIENT_LOGIN.email, patient.name, passwordHash, now) : null;
        patients.push({ ...patient, id: await insertDemoPatient(tx, clinic.id, patient, userId, now) });
      }
      await seedDemoCare(deps, tx, {
        clinicId: clinic.id,
        timeZone: DEMO_CLINIC_TIME_ZONE,
        today,
        now,
        clinicianId: staffIds[1] as string,
        injectorIds: [staffIds[2] as string, staffIds[3] as string, ...staffIds.slice(5)],
        coordinatorId: staffIds[4] as string,
      }, patients);
      await seedDemoDecisions(deps, tx, { clinicId: clinic.id, timeZone: DEMO_CLINIC_TIME_ZONE, today, now, clinicianId: staffIds[1] as string }, patients);
      await audit(tx, now, { clinicId: clinic.id, actorUserId: null, action: "demo.seeded", entity: "clinic", entityId: clinic.id });
      return clinic.id;
    });
    deps.log.info({ clinicId, patients: demo.patients.length }, "demo clinic seeded");
    return { created: true, clinicId };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await findDemoClinic(deps.db);
    if (raced === undefined) throw error;
    return { created: false, clinicId: raced.id };
  }
}

async function insertDemoUser(tx: Executor, email: string, name: string, passwordHash: string, now: Date): Promise<string> {
  const user = await insertUser(tx, { id: uuidv7(), email, name, password_hash: passwordHash, created_at: now.toISOString() });
  return user.id;
}

const DEMO_PATIENT_LOGIN = DEMO_LOGINS.find((login) => login.role === "patient") as (typeof DEMO_LOGINS)[number];

/**
 * The first member of staff holding exactly one published role gets that role's demo sign-in
 * (administrator, clinician, nurse injector, coordinator); the others keep invented addresses.
 * Returns the users' ids in the staff's order.
 */
async function insertDemoStaff(tx: Executor, clinicId: string, staff: readonly DemoStaff[], passwordHash: string, now: Date): Promise<string[]> {
  const published = new Map<string, string>(DEMO_LOGINS.filter((login) => login.role !== "patient").map((login) => [login.role, login.email]));
  const ids: string[] = [];
  for (const member of staff) {
    const single = member.roles.length === 1 ? (member.roles[0] as Role) : null;
    const email = (single !== null ? published.get(single) : undefined) ?? member.email.toLowerCase();
    if (single !== null) published.delete(single);
    const userId = await insertDemoUser(tx, email, member.name, passwordHash, now);
    await insertMembership(tx, { clinic_id: clinicId, user_id: userId, roles: member.roles, created_at: now.toISOString() });
    ids.push(userId);
  }
  return ids;
}

async function insertDemoPatient(tx: Executor, clinicId: string, patient: DemoPatient, userId: string | null, now: Date): Promise<string> {
  const row = await insertPatient(tx, {
    clinic_id: clinicId,
    id: uuidv7(),
    name: patient.name,
    birth_date: patient.birthDate,
    time_zone: patient.timeZone,
    sex: patient.sex,
    record_number: patient.recordNumber,
    user_id: userId,
    created_at: now.toISOString(),
  });
  const revisions: NewDiaryRevision[] = patient.diary.map((day) => {
    const recordedAt = eveningOf(day.date, patient.timeZone, now);
    return {
      clinic_id: clinicId,
      patient_id: row.id,
      id: uuidv7(),
      date: day.date,
      answers: JSON.stringify(toStoredAnswers(day)),
      recorded_at: recordedAt.toISOString(),
      received_at: recordedAt.toISOString(),
      entered_by: "patient",
      entered_by_user_id: userId,
      source: "import",
      late: isLate(day.date, recordedAt, patient.timeZone),
    };
  });
  await insertRevisions(tx, revisions);
  return row.id;
}

/** 9 pm local on the day, or now if that is still to come. */
function eveningOf(date: PlainDate, timeZone: string, now: Date): Date {
  const evening = instantAtLocalTime(date, 21, 0, timeZone);
  return evening.getTime() > now.getTime() ? now : evening;
}
