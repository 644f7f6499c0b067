/**
 * A clinic that asks its staff for two-factor sign-in (issue 7), over HTTP on both databases:
 * its routes answer `two_factor_required` to a member without it (another clinic stays
 * `not_found`, a patient `forbidden`), /api/me says what is needed, and enrolling opens the
 * clinic. Also: clinics that existed before the setting keep working without it; the demo's
 * accounts cannot turn it on.
 */
import { sql } from "kysely";
import { Migrator } from "kysely/migration";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest, migrationFolderProvider } from "../../db/migrate.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { addStaff, makeClinic, testClock } from "../../shared/test-support.ts";
import { seedDemo } from "../setup/seed-demo.ts";
import { DEMO_LOGINS } from "../setup/demo-logins.ts";
import { TWO_FACTOR_REQUIRED_MESSAGE } from "./two-factor-gate.ts";
import { enrolOverHttp } from "./two-factor-test-support.ts";

describe.each(testDatabaseKinds())("a clinic requiring two-factor sign-in on %s", (kind) => {
  const clock = testClock("2026-07-20T10:00:00.000Z");
  const env = httpWorld(kind, clock);

  it("refuses its routes to a member without it, with a clear code, until they enrol; other clinics and patients as ever", async () => {
    const strict = await makeClinic(env.world.deps, "admin", "Strict Clinic", { twoFactorRequired: true });
    const nurse = await addStaff(env.world.deps, strict.clinicId, "injector");
    const client = await signedIn(env.http, nurse);
    const me = (await client.get("/api/me")).json();
    expect(me.user.twoFactorEnabled).toBe(false);
    expect(me.memberships[0]).toMatchObject({ clinicId: strict.clinicId, twoFactorRequired: true });
    for (const url of [`/api/clinics/${strict.clinicId}/patients`, `/api/clinics/${strict.clinicId}/worklist`, `/api/clinics/${strict.clinicId}/settings`]) {
      const refused = await client.get(url);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().error).toEqual({ code: "two_factor_required", message: TWO_FACTOR_REQUIRED_MESSAGE, details: null });
    }
    // Nothing is written either.
    const write = await client.post(`/api/clinics/${strict.clinicId}/patients`, { name: "Never Made", birthDate: "1980-01-01", timeZone: "Europe/London" });
    expect(write.json().error.code).toBe("two_factor_required");
    expect(await env.t.db.selectFrom("patients").select("id").where("clinic_id", "=", strict.clinicId).execute()).toEqual([]);
    // Another clinic is still not found, a patient still forbidden.
    expect((await client.get(`/api/clinics/${env.world.a.clinicId}/patients`)).json().error.code).toBe("not_found");
    expect((await (await signedIn(env.http, env.world.ann)).get(`/api/clinics/${strict.clinicId}/patients`)).json().error.code).toBe("forbidden");

    await enrolOverHttp(client, clock);
    expect((await client.get(`/api/clinics/${strict.clinicId}/patients`)).statusCode).toBe(200);
  });

  it("leaves a clinic that does not ask for it open to members without it", async () => {
    const relaxed = await signedIn(env.http, env.world.aClinician);
    expect((await relaxed.get(`/api/clinics/${env.world.a.clinicId}/patients`)).statusCode).toBe(200);
    expect((await relaxed.get("/api/me")).json().memberships[0].twoFactorRequired).toBe(false);
  });

  it("does not let the demo's shared accounts turn it on", async () => {
    await seedDemo(env.world.deps);
    const demo = DEMO_LOGINS[0];
    const client = await signedIn(env.http, { email: demo.email, password: demo.password });
    const refused = await client.post("/api/me/two-factor/enrolment");
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/^Demo accounts cannot turn on two-factor sign-in/);
    expect((await client.get("/api/me")).json().memberships[0].twoFactorRequired).toBe(false);
  }, 60_000);
});

describe.each(testDatabaseKinds())("the two-factor migration on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind, { migrate: false });
  });
  afterAll(() => t.close());

  it("leaves the clinics that existed without the requirement, and gives it to clinics made afterwards", async () => {
    const migrator = new Migrator({ db: t.db, provider: migrationFolderProvider });
    expect((await migrator.migrateTo("20261204120200_session_limits")).error).toBeUndefined();
    await sql`INSERT INTO clinics (id, name, time_zone) VALUES ('01a21822-0000-7000-8000-0000000000e1', 'Existing', 'Europe/London')`.execute(t.db);
    expect(await migrateToLatest(t.db)).toContain("20261207130000_two_factor");
    await sql`INSERT INTO clinics (id, name, time_zone) VALUES ('01a21822-0000-7000-8000-0000000000e2', 'Later', 'Europe/London')`.execute(t.db);
    const rows = await t.db.selectFrom("clinics").select(["name", "two_factor_required_for_staff"]).orderBy("name").execute();
    expect(rows).toEqual([
      { name: "Existing", two_factor_required_for_staff: false },
      { name: "Later", two_factor_required_for_staff: true },
    ]);
  });
});
