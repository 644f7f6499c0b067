/**
 * Administrators search and export the audit log (ADR 0016), on both databases: newest first,
 * by patient, by person and by the clinic's days, a page at a time; the names joined for display;
 * each event's place in the chain once sealed; CSV with the same filters, safe to open in a
 * spreadsheet; administrators only; and reading the log is recorded in it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { AUDIT_PAGE_SIZE, type AuditPage } from "#contracts/api/audit.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { TestClient, testApp, type TestApp } from "../../http/test-app.ts";
import { addStaff, makeClinic, makePatientWithAccount, testClock, testDeps, type TestClock } from "../../shared/test-support.ts";
import { AUDIT_CSV_HEADER } from "./audit-csv.ts";
import { sealAuditChains } from "./seal.ts";

const diaryDay = (date: string) => ({ id: uuidv7(), date, recordedAt: `${date}T20:00:00Z`, headache: true, hours: 5, severity: 2 });

describe.each(testDatabaseKinds())("the audit log for administrators on %s", (kind) => {
  let t: TestDatabase;
  let http: TestApp;
  let clock: TestClock;
  let world: Awaited<ReturnType<typeof buildWorld>>;

  async function buildWorld() {
    const deps = testDeps(t.db, clock);
    const a = await makeClinic(deps, "admin", "Log Clinic");
    const clinician = await addStaff(deps, a.clinicId, "clinician");
    const b = await makeClinic(deps, "admin", "Other Log Clinic");
    const ann = await makePatientWithAccount(deps, a.clinicId, a.staff.userId, { name: "Ann Logged" });
    const eve = await makePatientWithAccount(deps, a.clinicId, a.staff.userId, { name: "=HYPERLINK(\"http://evil.example\")" });
    return { a, clinician, b, ann, eve };
  }

  const client = async (who: { email: string; password: string }) => {
    const c = new TestClient(http.app);
    await c.login(who.email, who.password);
    return c;
  };
  const logUrl = (query = "") => `/api/clinics/${world.a.clinicId}/audit${query}`;

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    // London is on GMT in December: the clinic's days are UTC days.
    clock = testClock("2026-12-01T10:00:00.000Z");
    http = await testApp(t.db, { clock });
    world = await buildWorld();
    // Day 1: the clinician reads Ann's chart and writes a day; day 3: reads Eve's chart; Ann reads her diary.
    const clinician = await client(world.clinician);
    await clinician.get(`/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}`);
    await clinician.post(`/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}/diary`, diaryDay("2026-11-30"));
    clock.set("2026-12-03T15:00:00.000Z");
    await clinician.signInAgain();
    await clinician.get(`/api/clinics/${world.a.clinicId}/patients/${world.eve.patientId}`);
    const ann = await client(world.ann);
    await ann.get("/api/me/diary");
    // Someone of another clinic reading their own patient list: never in this clinic's log.
    await (await client(world.b.staff)).get(`/api/clinics/${world.b.clinicId}/patients`);
    clock.set("2026-12-04T09:00:00.000Z");
  });
  afterAll(async () => {
    await http.close();
    await t.close();
  });

  it("lists the clinic's events newest first, with the person's and the patient's names", async () => {
    const admin = await client(world.a.staff);
    const response = await admin.get(logUrl());
    expect(response.statusCode).toBe(200);
    const page: AuditPage = response.json();
    expect(page.timeZone).toBe("Europe/London");
    const ats = page.events.map((event) => event.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    expect(page.events.find((event) => event.route === "/api/me/diary")).toMatchObject({ kind: "read", actor: { id: world.ann.userId, name: "Ann Logged" }, patient: { id: world.ann.patientId, name: "Ann Logged" }, method: "GET" });
    expect(page.events.find((event) => event.action === "diary.revision_saved")).toMatchObject({ kind: "write", actor: { id: world.clinician.userId, name: "Staff clinician" }, patient: { name: "Ann Logged" } });
    expect(page.events.some((event) => event.route === "/api/clinics/:clinicId/patients" && event.actor?.id === world.b.staff.userId)).toBe(false);
  });

  it("filters by patient, by person and by the clinic's days", async () => {
    const admin = await client(world.a.staff);
    const byPatient: AuditPage = (await admin.get(logUrl(`?patientId=${world.ann.patientId}`))).json();
    expect(byPatient.events.length).toBeGreaterThan(0);
    expect(byPatient.events.every((event) => event.patient?.id === world.ann.patientId)).toBe(true);
    const byPerson: AuditPage = (await admin.get(logUrl(`?userId=${world.clinician.userId}`))).json();
    expect(byPerson.events.map((event) => [event.action, event.patient?.name])).toEqual([
      ["patient.read", "=HYPERLINK(\"http://evil.example\")"],
      ["diary.revision_saved", "Ann Logged"],
      ["patient.read", "Ann Logged"],
    ]);
    const day3: AuditPage = (await admin.get(logUrl(`?userId=${world.clinician.userId}&from=2026-12-02&to=2026-12-03`))).json();
    expect(day3.events.map((event) => event.patient?.id)).toEqual([world.eve.patientId]);
    const day1: AuditPage = (await admin.get(logUrl(`?userId=${world.clinician.userId}&to=2026-12-01`))).json();
    expect(day1.events.map((event) => event.action)).toEqual(["diary.revision_saved", "patient.read"]);
  });

  it("records each reading of the log as a read of the clinic", async () => {
    const admin = await client(world.a.staff);
    await admin.get(logUrl(`?patientId=${world.ann.patientId}`));
    const page: AuditPage = (await admin.get(logUrl(`?userId=${world.a.staff.userId}`))).json();
    expect(page.events[0]).toMatchObject({ kind: "read", action: "clinic.read", route: "/api/clinics/:clinicId/audit", actor: { id: world.a.staff.userId }, patient: null });
  });

  it("pages through the log with the cursor, each row once", async () => {
    const admin = await client(world.a.staff);
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i += 1) await admin.get(`/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}/history`);
    const first: AuditPage = (await admin.get(logUrl(`?userId=${world.a.staff.userId}`))).json();
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second: AuditPage = (await admin.get(logUrl(`?userId=${world.a.staff.userId}&cursor=${first.nextCursor}`))).json();
    const ids = [...first.events, ...second.events].map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(second.events.length).toBeGreaterThan(0);
    expect(second.events[0]!.at <= first.events.at(-1)!.at).toBe(true);
  });

  it("shows each event's place in the chain once sealed, and the chain's head", async () => {
    await sealAuditChains(t.db, clock());
    const admin = await client(world.a.staff);
    const page: AuditPage = (await admin.get(logUrl(`?patientId=${world.eve.patientId}`))).json();
    expect(page.events.every((event) => typeof event.seq === "number")).toBe(true);
    expect(page.head).toMatchObject({ seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("exports the same rows as CSV, defusing cells a spreadsheet would run, and records the export", async () => {
    const admin = await client(world.a.staff);
    const response = await admin.get(`/api/clinics/${world.a.clinicId}/audit/export.csv?userId=${world.clinician.userId}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="cephalog-audit-\d{4}-\d\d-\d\d\.csv"$/);
    const lines = response.body.trimEnd().split("\r\n");
    expect(lines[0]).toBe(AUDIT_CSV_HEADER);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(lines[3]).toContain(",patient.read,/api/clinics/:clinicId/patients/:patientId,GET,");
    const page: AuditPage = (await admin.get(logUrl(`?userId=${world.a.staff.userId}`))).json();
    expect(page.events[0]).toMatchObject({ action: "clinic.read", route: "/api/clinics/:clinicId/audit/export.csv" });
  });

  it("streams a long export whole, past the size of one database page", async () => {
    const admin = await client(world.a.staff);
    const response = await admin.get(`/api/clinics/${world.a.clinicId}/audit/export.csv`);
    const page: AuditPage = (await admin.get(logUrl())).json();
    expect(response.body.trimEnd().split("\r\n").length).toBeGreaterThan(AUDIT_PAGE_SIZE + 5);
    expect(page.events.length).toBe(AUDIT_PAGE_SIZE);
  });

  it("is for administrators: other staff are forbidden, another clinic finds nothing, a patient is forbidden", async () => {
    const clinician = await client(world.clinician);
    expect((await clinician.get(logUrl())).json().error).toMatchObject({ code: "forbidden", details: { permission: "audit.read" } });
    expect((await clinician.get(`/api/clinics/${world.a.clinicId}/audit/export.csv`)).statusCode).toBe(403);
    expect((await (await client(world.b.staff)).get(logUrl())).statusCode).toBe(404);
    expect((await (await client(world.ann)).get(logUrl())).statusCode).toBe(403);
    expect((await new TestClient(http.app).get(logUrl())).statusCode).toBe(401);
  });

  it("names the field of a bad filter", async () => {
    const admin = await client(world.a.staff);
    const reversed = await admin.get(logUrl("?from=2026-12-05&to=2026-12-01"));
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details.issues).toEqual([expect.objectContaining({ path: "to" })]);
    const forged = await admin.get(logUrl("?cursor=bm90LWEtY3Vyc29y"));
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error.details.issues).toEqual([{ path: "cursor", message: "must be a nextCursor from an earlier page" }]);
    expect((await admin.get(logUrl("?patientId=nope"))).statusCode).toBe(400);
  });
});
