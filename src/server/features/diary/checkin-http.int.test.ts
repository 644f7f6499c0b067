/**
 * The check-in's routes over HTTP: a patient's own medicine list (kept per patient, another
 * patient's list never reached), the diary settings for administrators, and a band saved
 * through /api/me/diary and read back with the time it was made.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { makeClinic, makePatientWithAccount, testDeps } from "../../shared/test-support.ts";
import { TestClient, testApp, type TestApp } from "../../http/test-app.ts";

describe.each(testDatabaseKinds())("check-in routes on %s", (kind) => {
  let t: TestDatabase;
  let http: TestApp;
  let world: Awaited<ReturnType<typeof buildWorld>>;

  async function buildWorld() {
    const deps = testDeps(t.db);
    const a = await makeClinic(deps, "admin", "Clinic A");
    const ann = await makePatientWithAccount(deps, a.clinicId, a.staff.userId, { name: "Ann Sampleton" });
    const abe = await makePatientWithAccount(deps, a.clinicId, a.staff.userId, { name: "Abe Sampleton" });
    return { a, ann, abe };
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

  const put = (c: TestClient, url: string, payload: unknown) => c.request({ method: "PUT", url, payload: payload as object });
  const client = async (who: { email: string; password: string }) => {
    const c = new TestClient(http.app);
    await c.login(who.email, who.password);
    return c;
  };

  it("keeps each patient's own medicine list, refusing a list written for another patient", async () => {
    const ann = await client(world.ann);
    const saved = await put(ann, "/api/me/medicines", { patientId: world.ann.patientId, medicines: [{ name: "Sumatriptan", class: "triptan" }, { name: "Nurofen", class: "nsaid" }] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ patientId: world.ann.patientId, medicines: [{ name: "Sumatriptan", class: "triptan" }, { name: "Nurofen", class: "simple-analgesic" }] });
    expect((await ann.get("/api/me/medicines")).json().medicines).toHaveLength(2);
    const abe = await client(world.abe);
    expect((await abe.get("/api/me/medicines")).json()).toEqual({ patientId: world.abe.patientId, medicines: [] });
    const mismatch = await put(abe, "/api/me/medicines", { patientId: world.ann.patientId, medicines: [] });
    expect(mismatch.statusCode).toBe(409);
    expect((await ann.get("/api/me/medicines")).json().medicines).toHaveLength(2);
    const bad = await put(ann, "/api/me/medicines", { patientId: world.ann.patientId, medicines: [{ name: "", class: "vitamin" }] });
    expect(bad.statusCode).toBe(400);
  });

  it("saves a band through the patient's diary and reads it back with when it was made; refuses a band its hours do not lie in", async () => {
    const ann = await client(world.ann);
    const diary = (await ann.get("/api/me/diary")).json() as { today: string; lateEntryDays: number };
    expect(diary.lateEntryDays).toBe(7);
    const recordedAt = new Date().toISOString();
    const day = { patientId: world.ann.patientId, id: uuidv7(), date: diary.today, recordedAt, headache: true, hours: 8, duration: "over-8h", severity: 3, note: "Worse after lunch" };
    const saved = await ann.post("/api/me/diary", day);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ hours: 8, duration: "over-8h", note: "Worse after lunch", recordedAt, late: false });
    const wrong = await ann.post("/api/me/diary", { ...day, id: uuidv7(), hours: 4 });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.issues).toEqual([{ path: "hours", message: "must lie in the duration band" }]);
  });

  it("lets an administrator read and change the late window", async () => {
    const admin = await client(world.a.staff);
    const url = `/api/clinics/${world.a.clinicId}/diary-settings`;
    expect((await admin.get(url)).json()).toEqual({ diaryLateEntryDays: 7 });
    expect((await put(admin, url, { diaryLateEntryDays: 120 })).statusCode).toBe(400);
    expect((await put(admin, url, { diaryLateEntryDays: 10 })).json()).toEqual({ diaryLateEntryDays: 10 });
    const ann = await client(world.ann);
    expect((await ann.get("/api/me/diary")).json().lateEntryDays).toBe(10);
  });
});
