/**
 * Control characters in text (contracts/text.ts): PostgreSQL cannot store U+0000 (22021 in text,
 * 22P05 in jsonb), so a NUL in any name once answered 500. Every text field now refuses control
 * characters with a 400 naming the field, and a database refusal of such a character is a 400
 * too, as a last line of defence; neither echoes the value.
 */
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { errorBodySchema } from "#contracts/api/errors.ts";
import { testDatabaseKinds, type TestDatabase } from "../db/testing.ts";
import { testClock } from "../shared/test-support.ts";
import { httpWorld, NOW, signedIn, type World } from "./assessment-test-support.ts";
import { toAppError, UNSTORABLE_CHARACTER_MESSAGE } from "./errors.ts";
import type { TestClient } from "./test-app.ts";

const NUL = "\u0000";
const MARKER = "Zyxwv";

describe.each(testDatabaseKinds())("control characters in text on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock);
  let t: TestDatabase;
  let world: World;
  let staff: TestClient;
  beforeAll(() => {
    ({ t, world, clinician: staff } = env);
  });

  const patientsUrl = () => `/api/clinics/${world.a.clinicId}/patients`;

  function expectFieldRefused(response: { statusCode: number; body: string; json(): unknown }, path: string): void {
    expect(response.statusCode, response.body).toBe(400);
    const body = errorBodySchema.parse(response.json());
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.details?.issues?.map((issue) => issue.path)).toEqual([path]);
    expect(response.body).not.toContain(MARKER);
  }

  async function revisionCount(patientId: string): Promise<number> {
    return (await t.db.selectFrom("diary_revisions").select("id").where("patient_id", "=", patientId).execute()).length;
  }

  it("refuses a patient name holding U+0000 with 400 naming the name, and stores no patient", async () => {
    const before = (await staff.get(patientsUrl())).json().length;
    const response = await staff.post(patientsUrl(), { name: `${MARKER}${NUL}`, birthDate: "1984-02-29", timeZone: "Europe/London" });
    expectFieldRefused(response, "name");
    expect((await staff.get(patientsUrl())).json()).toHaveLength(before);
  });

  it("refuses other control characters in a one-line name too, but keeps inner spaces", async () => {
    for (const character of ["\u0001", "\u0007", "\u001F", "\u007F", "\t", "\n"]) {
      const response = await staff.post(patientsUrl(), { name: `${MARKER} A${character}B`, birthDate: "1984-02-29", timeZone: "Europe/London" });
      expectFieldRefused(response, "name");
    }
    expect((await staff.post(patientsUrl(), { name: "Ann  Marie Sampleton", birthDate: "1984-02-29", timeZone: "Europe/London" })).statusCode).toBe(200);
  });

  it("refuses a preventive trial name holding U+0000 with 400 naming the name", async () => {
    const patient = await world.newPatient(world.a.clinicId, world.a.staff.userId);
    const url = `${patientsUrl()}/${patient.id}/preventives`;
    const response = await staff.post(url, { name: `${MARKER}${NUL}`, class: "antiepileptic", start: "2025-01-01", end: "2025-03-02", outcome: "ineffective" });
    expectFieldRefused(response, "name");
    expect((await staff.get(`${patientsUrl()}/${patient.id}/history`)).json().preventives).toEqual([]);
  });

  it("refuses a medication name holding U+0000 in an import with 400 naming days[i].medications[j].name, storing no day", async () => {
    const patient = await world.newPatient(world.a.clinicId, world.a.staff.userId);
    const response = await staff.post(`${patientsUrl()}/${patient.id}/diary/import`, {
      days: [
        { date: "2026-07-18", headache: false },
        { date: "2026-07-19", headache: true, hours: 5, severity: 2, medications: [{ class: "triptan" }, { name: `${MARKER}${NUL}`, class: "triptan" }] },
      ],
    });
    expectFieldRefused(response, "days[1].medications[1].name");
    expect(await revisionCount(patient.id)).toBe(0);
  });

  it("refuses a medication name holding U+0000 in a staff diary save with 400 naming the field, storing nothing", async () => {
    const patient = await world.newPatient(world.a.clinicId, world.a.staff.userId);
    const response = await staff.post(`${patientsUrl()}/${patient.id}/diary`, {
      id: uuidv7(),
      date: "2026-07-19",
      recordedAt: "2026-07-19T20:00:00Z",
      headache: true,
      hours: 5,
      severity: 2,
      medications: [{ name: `${MARKER}${NUL}`, class: "triptan" }],
    });
    expectFieldRefused(response, "medications.0.name");
    expect(await revisionCount(patient.id)).toBe(0);
  });

  it("refuses U+0000 in a staff member's name or email, a clinic's name and a sign-in email, naming the field", async () => {
    const admin = await signedIn(env.http, world.a.staff);
    const invite = `/api/clinics/${world.a.clinicId}/staff`;
    expectFieldRefused(await admin.post(invite, { name: `${MARKER}${NUL}`, email: "new.clinician@example.test", role: "clinician" }), "name");
    expectFieldRefused(await admin.post(invite, { name: "New Clinician", email: `new${NUL}.clinician@example.test`, role: "clinician" }), "email");
    const setup = await env.http.app.inject({
      method: "POST",
      url: "/api/setup/clinic",
      payload: { clinicName: `${MARKER}${NUL}`, timeZone: "Europe/London", admin: { name: "Ada Admin", email: "ada@example.test", password: "long enough password" } },
    });
    expectFieldRefused(setup, "clinicName");
    const login = await env.http.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: `ada${NUL}@example.test`, password: "x" } });
    expectFieldRefused(login, "email");
  });

  it("answers 400 validation_failed, without the value, when the database itself refuses a character (22021 text, 22P05 jsonb)", async () => {
    const refusals: unknown[] = [];
    for (const statement of [sql`SELECT ${`${MARKER}${NUL}`}::text AS value`, sql`SELECT ${`{"name": "${MARKER}\\u0000"}`}::jsonb AS value`]) {
      try {
        await statement.execute(t.db);
        refusals.push(undefined);
      } catch (error) {
        refusals.push(error);
      }
    }
    expect(refusals.map((error) => (error as { code?: unknown } | undefined)?.code)).toEqual(["22021", "22P05"]);
    for (const error of refusals) {
      const mapped = toAppError(error);
      expect(mapped?.code).toBe("validation_failed");
      expect(mapped?.message).toBe(UNSTORABLE_CHARACTER_MESSAGE);
      expect(JSON.stringify(mapped?.details ?? null)).not.toContain(MARKER);
    }
  });
});
