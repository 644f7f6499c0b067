/**
 * Tenancy through HTTP: a patient reaches only their own diary; staff reach only their own
 * clinic, and another clinic's records look like they do not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../db/testing.ts";
import { addStaff, makeClinic, makePatientWithAccount, testDeps } from "../shared/test-support.ts";
import { TestClient, testApp, type TestApp } from "./test-app.ts";

const diaryDay = (date: string) => ({ id: uuidv7(), date, recordedAt: `${date}T20:00:00Z`, headache: true, hours: 5, severity: 2 });
/** What the patient's own app sends: the day and the patient it was written for. */
const myDiaryDay = (patientId: string, date: string) => ({ patientId, ...diaryDay(date) });

describe.each(testDatabaseKinds())("tenancy over HTTP on %s", (kind) => {
  let t: TestDatabase;
  let http: TestApp;
  let world: Awaited<ReturnType<typeof buildWorld>>;

  async function buildWorld() {
    const deps = testDeps(t.db);
    const a = await makeClinic(deps, "admin", "Clinic A");
    const aClinician = await addStaff(deps, a.clinicId, "clinician");
    const b = await makeClinic(deps, "admin", "Clinic B");
    const ann = await makePatientWithAccount(deps, a.clinicId, a.staff.userId, { name: "Ann Sampleton" });
    const abe = await makePatientWithAccount(deps, a.clinicId, a.staff.userId, { name: "Abe Sampleton" });
    const bea = await makePatientWithAccount(deps, b.clinicId, b.staff.userId, { name: "Bea Mockett" });
    return { a, aClinician, b, ann, abe, bea };
  }

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    http = await testApp(t.db);
    world = await buildWorld();
  });
  afterAll(async () => {
    await http.close();
    await t.close();
  });

  const client = async (who: { email: string; password: string }) => {
    const c = new TestClient(http.app);
    await c.login(who.email, who.password);
    return c;
  };

  it("gives a patient their own diary, saved through /api/me/diary", async () => {
    const ann = await client(world.ann);
    expect((await ann.post("/api/me/diary", myDiaryDay(world.ann.patientId, "2026-07-01"))).statusCode).toBe(200);
    const diary = await ann.get("/api/me/diary?from=2026-06-01&to=2026-07-10");
    expect(diary.statusCode).toBe(200);
    expect(diary.json().days.map((day: { date: string }) => day.date)).toEqual(["2026-07-01"]);
  });

  it("refuses with account_mismatch, storing nothing, a day the app wrote for another patient than the one signed in", async () => {
    // Abe signed in on a browser where Ann's day was still waiting to be sent.
    const abe = await client(world.abe);
    const day = myDiaryDay(world.ann.patientId, "2026-07-03");
    const response = await abe.post("/api/me/diary", day);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toEqual({
      code: "account_mismatch",
      message: "This diary belongs to another account than the one signed in on this browser. Sign in again.",
      details: null,
    });
    const stored = await t.db.selectFrom("diary_revisions").select("id").where((eb) => eb.or([eb("id", "=", day.id), eb("date", "=", "2026-07-03")])).execute();
    expect(stored).toEqual([]);
    // The same day sent by Ann herself is stored under Ann.
    const ann = await client(world.ann);
    expect((await ann.post("/api/me/diary", day)).statusCode).toBe(200);
    const rows = await t.db.selectFrom("diary_revisions").select("patient_id").where("id", "=", day.id).execute();
    expect(rows).toEqual([{ patient_id: world.ann.patientId }]);
  });

  it("never shows one patient another patient's diary", async () => {
    const abe = await client(world.abe);
    const diary = await abe.get("/api/me/diary?from=2026-06-01&to=2026-07-10");
    expect(diary.json().days).toEqual([]);
  });

  it("keeps a patient account out of every clinic route, even their own clinic's", async () => {
    const ann = await client(world.ann);
    for (const url of [
      `/api/clinics/${world.a.clinicId}/patients`,
      `/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}`,
      `/api/clinics/${world.a.clinicId}/staff`,
      `/api/clinics/${world.b.clinicId}/patients/${world.bea.patientId}`,
    ]) {
      const response = await ann.get(url);
      expect(response.statusCode, url).toBe(403);
      expect(response.json().error.code).toBe("forbidden");
    }
    const write = await ann.post(`/api/clinics/${world.a.clinicId}/patients/${world.abe.patientId}/diary`, diaryDay("2026-07-02"));
    expect(write.statusCode).toBe(403);
  });

  it("shows staff their own clinic's patients only", async () => {
    const admin = await client(world.a.staff);
    const list = await admin.get(`/api/clinics/${world.a.clinicId}/patients`);
    expect(list.statusCode).toBe(200);
    expect(list.json().map((patient: { name: string }) => patient.name).sort()).toEqual(["Abe Sampleton", "Ann Sampleton"]);
  });

  it("answers not_found for another clinic and for another clinic's patient under one's own clinic", async () => {
    const admin = await client(world.a.staff);
    for (const url of [
      `/api/clinics/${world.b.clinicId}/patients`,
      `/api/clinics/${world.b.clinicId}/patients/${world.bea.patientId}`,
      `/api/clinics/${world.b.clinicId}/staff`,
      `/api/clinics/${world.a.clinicId}/patients/${world.bea.patientId}`,
      `/api/clinics/${uuidv7()}/patients`,
    ]) {
      const response = await admin.get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
    const write = await admin.post(`/api/clinics/${world.a.clinicId}/patients/${world.bea.patientId}/diary`, diaryDay("2026-07-02"));
    expect(write.statusCode).toBe(404);
    const invite = await admin.post(`/api/clinics/${world.b.clinicId}/patients/${world.bea.patientId}/invitations`);
    expect(invite.statusCode).toBe(404);
    const rows = await t.db.selectFrom("diary_revisions").select("id").where("patient_id", "=", world.bea.patientId).execute();
    expect(rows).toEqual([]);
  });

  it("lets a clinician work with patients but not manage staff", async () => {
    const clinician = await client(world.aClinician);
    expect((await clinician.get(`/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}`)).statusCode).toBe(200);
    const staff = await clinician.get(`/api/clinics/${world.a.clinicId}/staff`);
    expect(staff.statusCode).toBe(403);
    expect(staff.json().error.code).toBe("forbidden");
  });

  it("keeps staff accounts out of the patient routes", async () => {
    const admin = await client(world.a.staff);
    const response = await admin.get("/api/me/diary");
    expect(response.statusCode).toBe(403);
  });

  it("asks a stranger to sign in before anything else, even with a bad body", async () => {
    const stranger = new TestClient(http.app);
    for (const [method, url] of [
      ["GET", `/api/clinics/${world.a.clinicId}/patients`],
      ["GET", "/api/me/diary"],
      ["GET", "/api/me"],
      ["POST", "/api/me/diary"],
      ["POST", `/api/clinics/${world.a.clinicId}/patients`],
    ] as const) {
      const response = await stranger.request({ method, url, ...(method === "POST" ? { payload: { nonsense: true } } : {}) });
      expect(response.statusCode, url).toBe(401);
      expect(response.json().error.code).toBe("unauthenticated");
    }
  });

  it("signs out: the old cookie no longer works", async () => {
    const ann = await client(world.ann);
    const cookie = ann.cookie;
    expect((await ann.post("/api/auth/logout")).statusCode).toBe(200);
    const replay = await http.app.inject({ method: "GET", url: "/api/me", headers: { cookie: cookie ?? "" } });
    expect(replay.statusCode).toBe(401);
  });
});
