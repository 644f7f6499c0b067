/**
 * POST /api/me/diary/self-kept (issue 9 §5): a diary kept on the phone before joining, added with
 * consent as revisions with source "self-kept", never overwriting a day the clinic diary has,
 * idempotent on a retry, audited, and refused for another patient or without consent.
 */
import { v7 as uuidv7 } from "uuid";
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, NOW, signedIn } from "../../http/assessment-test-support.ts";
import { listAuditEvents } from "../../shared/audit-repository.ts";
import { makePatientWithAccount, testClock } from "../../shared/test-support.ts";

const URL = "/api/me/diary/self-kept";
/** Recorded on the phone at 21:00 in London on its own day: kept at the time, not late. */
const keptOn = (date: string) => `${date}T20:00:00.000Z`;
const headacheDay = (date: string) => ({ id: uuidv7(), date, recordedAt: keptOn(date), headache: true, hours: 6, severity: 2, features: { nausea: true, pulsating: true }, medications: [{ class: "triptan", relief: true }] });
const freeDay = (date: string) => ({ id: uuidv7(), date, recordedAt: keptOn(date), headache: false });

describe.each(testDatabaseKinds())("adding a self-kept diary on %s", (kind) => {
  const env = httpWorld(kind, testClock(NOW));
  let newPatient: () => ReturnType<typeof makePatientWithAccount>;
  beforeAll(() => {
    newPatient = () => makePatientWithAccount(env.world.deps, env.world.a.clinicId, env.world.a.staff.userId);
  });

  it("adds each day as a self-kept revision entered by the patient, shown so to the clinician, with one audit row", async () => {
    const pat = await newPatient();
    const client = await signedIn(env.http, pat);
    const days = [headacheDay("2026-07-01"), freeDay("2026-07-02"), headacheDay("2026-07-03")];
    const answer = await client.post(URL, { patientId: pat.patientId, consent: true, days });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toEqual({ added: ["2026-07-01", "2026-07-02", "2026-07-03"], skipped: [], alreadyAdded: [] });

    const detail = (await env.clinician.get(`/api/clinics/${env.world.a.clinicId}/patients/${pat.patientId}`)).json() as { diary: Record<string, unknown>[] };
    expect(detail.diary.map((day) => day.date)).toEqual(["2026-07-03", "2026-07-02", "2026-07-01"]);
    for (const day of detail.diary) expect(day).toMatchObject({ source: "self-kept", enteredBy: "patient", late: false, receivedAt: NOW, revisions: 1 });
    expect(detail.diary[2]).toMatchObject({ revisionId: days[0]?.id, recordedAt: keptOn("2026-07-01"), hours: 6, severity: 2, features: { nausea: true, pulsating: true } });

    const events = await listAuditEvents(env.t.db, env.world.a.clinicId);
    const mine = events.filter((event) => event.action === "diary.self_kept_added" && event.entity_id === pat.patientId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ actor_user_id: pat.userId, entity: "patient" });
  });

  it("never overwrites a day the clinic diary already has, and reports it skipped", async () => {
    const pat = await newPatient();
    const client = await signedIn(env.http, pat);
    const own = await client.post("/api/me/diary", { patientId: pat.patientId, ...freeDay("2026-07-15"), recordedAt: NOW });
    expect(own.statusCode, own.body).toBe(200);
    const answer = await client.post(URL, { patientId: pat.patientId, consent: true, days: [headacheDay("2026-07-14"), headacheDay("2026-07-15")] });
    expect(answer.json()).toEqual({ added: ["2026-07-14"], skipped: ["2026-07-15"], alreadyAdded: [] });
    const diary = (await client.get("/api/me/diary?from=2026-07-14&to=2026-07-15")).json() as { days: Record<string, unknown>[] };
    expect(diary.days).toEqual([
      expect.objectContaining({ date: "2026-07-15", headache: false, source: "app", revisions: 1 }),
      expect.objectContaining({ date: "2026-07-14", headache: true, source: "self-kept" }),
    ]);
  });

  it("stores nothing twice when the same days are sent again", async () => {
    const pat = await newPatient();
    const client = await signedIn(env.http, pat);
    const body = { patientId: pat.patientId, consent: true, days: [headacheDay("2026-07-05"), freeDay("2026-07-06")] };
    expect((await client.post(URL, body)).json()).toEqual({ added: ["2026-07-05", "2026-07-06"], skipped: [], alreadyAdded: [] });
    expect((await client.post(URL, body)).json()).toEqual({ added: [], skipped: [], alreadyAdded: ["2026-07-05", "2026-07-06"] });
    const rows = await env.t.db.selectFrom("diary_revisions").select("id").where("patient_id", "=", pat.patientId).execute();
    expect(rows).toHaveLength(2);
  });

  it("refuses without consent, naming consent and storing nothing", async () => {
    const pat = await newPatient();
    const client = await signedIn(env.http, pat);
    const answer = await client.post(URL, { patientId: pat.patientId, consent: false, days: [freeDay("2026-07-05")] });
    expect(answer.statusCode).toBe(400);
    expect(JSON.stringify(answer.json())).toContain("consent");
    const rows = await env.t.db.selectFrom("diary_revisions").select("id").where("patient_id", "=", pat.patientId).execute();
    expect(rows).toEqual([]);
  });

  it("refuses another patient's id as an account mismatch", async () => {
    const pat = await newPatient();
    const client = await signedIn(env.http, pat);
    const answer = await client.post(URL, { patientId: env.world.ann.patientId, consent: true, days: [freeDay("2026-07-05")] });
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error.code).toBe("account_mismatch");
  });

  it("refuses impossible days, naming each, and stores none of them", async () => {
    const pat = await newPatient();
    const client = await signedIn(env.http, pat);
    const future = { ...freeDay("2026-07-25"), recordedAt: NOW };
    const tooEarly = { ...freeDay("2026-07-05"), recordedAt: "2026-06-01T10:00:00.000Z" };
    const repeated = [freeDay("2026-07-06"), freeDay("2026-07-06")];
    const answer = await client.post(URL, { patientId: pat.patientId, consent: true, days: [freeDay("2026-07-04"), future, tooEarly] });
    expect(answer.statusCode).toBe(400);
    const paths = (answer.json().error.details.issues as { path: string }[]).map((issue) => issue.path);
    expect(paths).toEqual(["days[1].date", "days[2].recordedAt"]);
    const twice = await client.post(URL, { patientId: pat.patientId, consent: true, days: repeated });
    expect(twice.statusCode).toBe(400);
    const missingHours = await client.post(URL, { patientId: pat.patientId, consent: true, days: [{ ...freeDay("2026-07-07"), headache: true, severity: 2 }] });
    expect(missingHours.statusCode).toBe(400);
    const rows = await env.t.db.selectFrom("diary_revisions").select("id").where("patient_id", "=", pat.patientId).execute();
    expect(rows).toEqual([]);
  });

  it("is for patients only: a clinician's session is refused", async () => {
    const answer = await env.clinician.post(URL, { patientId: env.world.ann.patientId, consent: true, days: [freeDay("2026-07-05")] });
    expect(answer.statusCode).toBe(403);
  });
});
