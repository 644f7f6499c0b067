/**
 * Test support for the assessment, import and clinic-settings routes: two clinics with staff and
 * patients, signed-in clients, and a diary with known counts.
 */
import type { PatientRecordInput } from "#contracts/patient-record.ts";
import { addDays, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { Kysely } from "kysely";
import { afterAll, beforeAll } from "vitest";
import type { Database } from "../db/schema.ts";
import { openTestDatabase, type TestDatabase, type TestDatabaseKind } from "../db/testing.ts";
import { createPatient } from "../features/patients/patients.ts";
import { addStaff, makeClinic, makePatientWithAccount, testDeps, type TestClock } from "../shared/test-support.ts";
import type { AppOptions } from "./app.ts";
import { TestClient, testApp, type TestApp } from "./test-app.ts";

/** 10:00 in London on 2026-07-20: every patient here (Europe/London) is on that date. */
export const NOW = "2026-07-20T10:00:00.000Z";
export const TODAY = plainDate("2026-07-20");
export const BIRTH_DATE = "1984-02-29";

type DiaryDayInput = NonNullable<PatientRecordInput["diary"]>[number];

/**
 * The 28 days of W1 ending `asOf`, oldest first: 16 headache days of 5 hours (pathway-rules §2:
 * at least 4 hours makes a headache day), 2 headaches of 2 hours (any-headache days only) and
 * 10 days without headache, all recorded.
 */
export function knownDiary(asOf: PlainDate = TODAY): DiaryDayInput[] {
  return Array.from({ length: 28 }, (_, index): DiaryDayInput => {
    const date = addDays(asOf, index - 27);
    if (index < 16) {
      const migraine = index % 2 === 0;
      return {
        date,
        headache: true,
        hours: 5,
        severity: 2,
        features: migraine ? { unilateral: true, pulsating: true, nausea: true } : { photophobia: true },
        medications: index % 4 === 0 ? [{ name: "sumatriptan", class: "triptan", relief: true }] : [],
      };
    }
    if (index < 18) return { date, headache: true, hours: 2, severity: 1 };
    return { date, headache: false };
  });
}

export async function buildWorld(db: Kysely<Database>, clock: TestClock) {
  const deps = testDeps(db, clock);
  const a = await makeClinic(deps, "admin", "Clinic A");
  const aClinician = await addStaff(deps, a.clinicId, "clinician");
  const b = await makeClinic(deps, "admin", "Clinic B");
  const ann = await makePatientWithAccount(deps, a.clinicId, a.staff.userId, { name: "Ann Sampleton", birthDate: BIRTH_DATE });
  const bea = await makePatientWithAccount(deps, b.clinicId, b.staff.userId, { name: "Bea Mockett" });
  const newPatient = (clinicId: string, actorUserId: string) =>
    createPatient(deps, clinicId, actorUserId, { name: "Cal Placeholder", birthDate: plainDate(BIRTH_DATE), timeZone: "Europe/London" });
  return { deps, a, aClinician, b, ann, bea, newPatient };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

export interface HttpWorld {
  readonly t: TestDatabase;
  readonly http: TestApp;
  readonly world: World;
  /** Clinic A's clinician, signed in. */
  readonly clinician: TestClient;
}

/**
 * For a `describe`: a fresh database of `kind` with the app over it (on `clock`, with `appOptions`), the world built
 * and clinic A's clinician signed in before its tests; all closed after them. Read the fields
 * inside tests (they are set by the time tests run).
 */
export function httpWorld(kind: TestDatabaseKind, clock: TestClock, appOptions: Partial<AppOptions> = {}): HttpWorld {
  const env = {} as { -readonly [K in keyof HttpWorld]: HttpWorld[K] };
  beforeAll(async () => {
    env.t = await openTestDatabase(kind);
    env.http = await testApp(env.t.db, { clock, ...appOptions });
    env.world = await buildWorld(env.t.db, clock);
    env.clinician = await signedIn(env.http, env.world.aClinician);
  });
  afterAll(async () => {
    await env.http.close();
    await env.t.close();
  });
  return env;
}

export async function signedIn(http: TestApp, who: { email: string; password: string }): Promise<TestClient> {
  const client = new TestClient(http.app);
  await client.login(who.email, who.password);
  return client;
}

export function put(client: TestClient, url: string, payload: unknown) {
  return client.request({ method: "PUT", url, payload: payload as string });
}

/** A parsed JSON copy: what a value looks like after it went over the wire. */
export function overTheWire<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}
