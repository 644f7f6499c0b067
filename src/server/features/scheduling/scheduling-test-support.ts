/**
 * Test support for scheduling on both databases: the clock on Thursday 3 December 2026, 09:00 in
 * London; an injector with Monday mornings and Wednesday afternoons; patients whose last session
 * puts their treatment window at 10-24 December (S = 24 September: S+77, S+84, S+91).
 */
import { v7 as uuidv7 } from "uuid";
import { plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { HttpWorld } from "../../http/assessment-test-support.ts";
import { put, signedIn } from "../../http/assessment-test-support.ts";
import type { TestClient } from "../../http/test-app.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { addStaff, makePatientWithAccount } from "../../shared/test-support.ts";
import { createPatient } from "../patients/patients.ts";
import { standardSessionContent } from "../sessions/standard-session.ts";

/** Thursday 3 December 2026, 09:00 in London (GMT). */
export const NOW = "2026-12-03T09:00:00.000Z";
export const TODAY = plainDate("2026-12-03");
/** The last session: the window is then 10 (earliest), 17 (due) and 24 (late) December. */
export const LAST_SESSION = plainDate("2026-09-24");
export const WINDOW = { earliest: "2026-12-10", due: "2026-12-17", late: "2026-12-24" } as const;

/** Mondays before, inside and after the window, and the Monday the injector is off. */
export const EARLY_MONDAY = "2026-12-07";
export const IN_WINDOW_MONDAY = "2026-12-14";
export const DAY_OFF_MONDAY = "2026-12-21";
export const LATE_MONDAY = "2026-12-28";
export const IN_WINDOW_WEDNESDAY = "2026-12-16";

export const WEEK = {
  weekly: [
    { weekday: 1, start: "09:00", end: "12:00" },
    { weekday: 3, start: "13:00", end: "15:00" },
  ],
  exceptions: [{ date: DAY_OFF_MONDAY, ranges: [], note: "Training day" }],
};

export interface SchedulingWorld {
  readonly injector: TestClient;
  readonly injectorId: string;
  readonly injectorName: string;
  readonly coordinator: TestClient;
  /** Clinic A's administrator. */
  readonly admin: TestClient;
}

const userIdOf = async (client: TestClient): Promise<{ id: string; name: string }> => (await client.get("/api/me")).json().user;

/** An injector (with the week above saved by a coordinator), a coordinator and the administrator, signed in. */
export async function schedulingStaff(env: HttpWorld): Promise<SchedulingWorld> {
  const clinicId = env.world.a.clinicId;
  const injector = await signedIn(env.http, await addStaff(env.world.deps, clinicId, "injector"));
  const coordinator = await signedIn(env.http, await addStaff(env.world.deps, clinicId, "coordinator"));
  const admin = await signedIn(env.http, env.world.a.staff);
  const me = await userIdOf(injector);
  const saved = await put(coordinator, `/api/clinics/${clinicId}/injector-hours/${me.id}`, WEEK);
  if (saved.statusCode !== 200) throw new Error(`saving hours answered ${saved.statusCode}: ${saved.body}`);
  return { injector, injectorId: me.id, injectorName: me.name, coordinator, admin };
}

/** A signed session for the patient on `date` (revision 1 of an injection-session record). */
export async function sessionOn(env: HttpWorld, patientId: string, date: PlainDate, injectorUserId: string, now: Date): Promise<void> {
  const deps = env.world.deps;
  await deps.db.transaction().execute(async (tx) => {
    const target = { clinicId: env.world.a.clinicId, patientId };
    const content = standardSessionContent({ date, givenAt: `${date}T10:00:00.000Z`, injectorUserId, lot: { id: uuidv7(), lotNumber: "T1", expiry: plainDate("2028-01-01") } });
    await appendRecordRevision(tx, { ...target, kind: "injection-session", content, actorUserId: injectorUserId, now });
    await deps.recordChanged(tx, target, now);
  });
}

/** A patient of clinic A whose last session was on LAST_SESSION. */
export async function treatedPatient(env: HttpWorld, name: string, injectorUserId: string, now: Date): Promise<string> {
  const created = await createPatient(env.world.deps, env.world.a.clinicId, env.world.a.staff.userId, { name, birthDate: plainDate("1980-05-05"), timeZone: "Europe/London" });
  await sessionOn(env, created.id, LAST_SESSION, injectorUserId, now);
  return created.id;
}

/** A treated patient with an account of their own, signed in. */
export async function treatedPatientWithAccount(env: HttpWorld, name: string, injectorUserId: string, now: Date): Promise<{ patientId: string; client: TestClient }> {
  const account = await makePatientWithAccount(env.world.deps, env.world.a.clinicId, env.world.a.staff.userId, { name });
  await sessionOn(env, account.patientId, LAST_SESSION, injectorUserId, now);
  return { patientId: account.patientId, client: await signedIn(env.http, account) };
}
