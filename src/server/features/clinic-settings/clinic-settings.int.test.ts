/**
 * A clinic's settings (ADR 0010): the eligibility policy, us-label until an administrator
 * changes it, kept to the four known policies by the database too; and the OpenAPI document
 * lists the assessment, import and settings routes.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { POLICIES } from "#domain/shared/record.ts";
import { testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { httpWorld, NOW, put, signedIn, type World } from "../../http/assessment-test-support.ts";
import { TestClient, type TestApp } from "../../http/test-app.ts";
import { listAuditEvents } from "../../shared/audit-repository.ts";
import { testClock } from "../../shared/test-support.ts";
import { insertClinic } from "../setup/repository.ts";

describe.each(testDatabaseKinds())("clinic settings on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock);
  let t: TestDatabase;
  let http: TestApp;
  let world: World;
  beforeAll(() => {
    ({ t, http, world } = env);
  });

  const settingsUrl = (clinicId: string) => `/api/clinics/${clinicId}/settings`;

  it("gives every clinic the us-label policy until it is changed, readable by its clinicians", async () => {
    const clinician = await signedIn(http, world.aClinician);
    const response = await clinician.get(settingsUrl(world.a.clinicId));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ policy: "us-label", twoFactorRequiredForStaff: false });
  });

  it.each(POLICIES)("lets an administrator choose %s, with an audit row", async (policy) => {
    const admin = await signedIn(http, world.b.staff);
    const before = (await listAuditEvents(t.db, world.b.clinicId)).length;
    const response = await put(admin, settingsUrl(world.b.clinicId), { policy });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ policy, twoFactorRequiredForStaff: false });
    expect((await admin.get(settingsUrl(world.b.clinicId))).json()).toMatchObject({ policy, twoFactorRequiredForStaff: false });
    const events = (await listAuditEvents(t.db, world.b.clinicId)).slice(before);
    expect(events).toEqual([expect.objectContaining({ action: "clinic.settings_updated", entity: "clinic", entity_id: world.b.clinicId, actor_user_id: world.b.staff.userId })]);
  });

  it("refuses an unknown or missing policy with 400 naming policy", async () => {
    const admin = await signedIn(http, world.a.staff);
    for (const body of [{ policy: "nice" }, {}, { policy: null }]) {
      const response = await put(admin, settingsUrl(world.a.clinicId), body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(["policy"]);
    }
    expect((await admin.get(settingsUrl(world.a.clinicId))).json()).toMatchObject({ policy: "us-label", twoFactorRequiredForStaff: false });
  });

  it("lets only administrators change settings; other clinics are not_found; patient accounts are forbidden", async () => {
    const clinician = await signedIn(http, world.aClinician);
    const byClinician = await put(clinician, settingsUrl(world.a.clinicId), { policy: "nice-ta260" });
    expect(byClinician.statusCode).toBe(403);
    expect(byClinician.json().error.code).toBe("forbidden");

    const admin = await signedIn(http, world.a.staff);
    for (const clinicId of [world.b.clinicId, uuidv7()]) {
      expect((await admin.get(settingsUrl(clinicId))).statusCode).toBe(404);
      expect((await put(admin, settingsUrl(clinicId), { policy: "nice-ta260" })).json().error.code).toBe("not_found");
    }
    const ann = await signedIn(http, world.ann);
    expect((await ann.get(settingsUrl(world.a.clinicId))).statusCode).toBe(403);
    expect((await put(ann, settingsUrl(world.a.clinicId), { policy: "nice-ta260" })).statusCode).toBe(403);
    const stranger = new TestClient(http.app);
    expect((await stranger.get(settingsUrl(world.a.clinicId))).statusCode).toBe(401);
    expect((await clinician.get(settingsUrl(world.a.clinicId))).json()).toMatchObject({ policy: "us-label", twoFactorRequiredForStaff: false });
  });

  it("requires two-factor sign-in of staff only once the administrator has it; leaving it out keeps it as it was", async () => {
    const admin = await signedIn(http, world.b.staff);
    const refused = await put(admin, settingsUrl(world.b.clinicId), { policy: "us-label", twoFactorRequiredForStaff: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.issues).toEqual([{ path: "twoFactorRequiredForStaff", message: "needs two-factor sign-in on your own account first" }]);
    await t.db.updateTable("users").set({ totp_secret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", totp_enabled_at: NOW }).where("id", "=", world.b.staff.userId).execute();
    const on = await put(admin, settingsUrl(world.b.clinicId), { policy: "us-label", twoFactorRequiredForStaff: true });
    expect(on.json()).toMatchObject({ policy: "us-label", twoFactorRequiredForStaff: true });
    // An older sender (the policy alone) leaves it on.
    expect((await put(admin, settingsUrl(world.b.clinicId), { policy: "nice-ta260" })).json()).toMatchObject({ policy: "nice-ta260", twoFactorRequiredForStaff: true });
    expect((await put(admin, settingsUrl(world.b.clinicId), { policy: "us-label", twoFactorRequiredForStaff: false })).json()).toMatchObject({ policy: "us-label", twoFactorRequiredForStaff: false });
    expect((await put(admin, settingsUrl(world.b.clinicId), { policy: "us-label", twoFactorRequiredForStaff: "yes" })).statusCode).toBe(400);
  });

  it("requires two-factor sign-in of a clinic made from now on, not of the clinics that existed (their column's first default)", async () => {
    const clinic = await insertClinic(t.db, { id: uuidv7(), name: "Made later", time_zone: "Europe/London" });
    expect(clinic.two_factor_required_for_staff).toBe(true);
    const columns = await sql<{ column_default: string }>`SELECT column_default FROM information_schema.columns WHERE table_name = 'clinics' AND column_name = 'two_factor_required_for_staff'`.execute(t.db);
    expect(columns.rows[0]?.column_default).toBe("true");
  });

  it("keeps the column to the four policies in the database itself, us-label by default", async () => {
    const clinic = await insertClinic(t.db, { id: uuidv7(), name: "Defaulted", time_zone: "Europe/London" });
    expect(clinic.policy).toBe("us-label");
    await expect(sql`UPDATE clinics SET policy = 'made-up' WHERE id = ${clinic.id}`.execute(t.db)).rejects.toThrow();
  });

  it("lists the assessment, import and settings routes in the OpenAPI document", async () => {
    const document = (await http.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(Object.keys(document.paths["/api/clinics/{clinicId}/settings"]).sort()).toEqual(["get", "put"]);
    const assessment = document.paths["/api/clinics/{clinicId}/patients/{patientId}/assessment"].get;
    expect(assessment.parameters.map((parameter: { name: string; in: string }) => `${parameter.in}:${parameter.name}`).sort()).toEqual(
      ["path:clinicId", "path:patientId", "query:asOf", "query:policy"],
    );
    const criterion = assessment.responses["200"].content["application/json"].schema.properties.eligibility.properties.criteria.items;
    expect(criterion.required).toEqual(expect.arrayContaining(["id", "status", "detail", "evidence", "missing"]));
    expect(document.paths["/api/clinics/{clinicId}/patients/{patientId}/diary/import"].post).toBeDefined();
    const assessRecord = document.paths["/api/assess"].post;
    expect(assessRecord.requestBody.content["application/json"].schema.description).toContain("cephalog.patient-record/1");
    expect(assessRecord.responses["200"].content["application/json"].schema.properties.warnings).toMatchObject({ type: "array" });
  });
});
