/**
 * The patient's side-effect routes on both databases (issue 8, interface 1): a report triaged as
 * the phone triages it (red holds the next session, amber gets a call-back by the end of the next
 * working day in the clinic's zone, green neither), idempotent by id, refused for another account
 * (account_mismatch) and naming the field for bad input; linked to the session it follows; the
 * check-ins due and answered; the clinic's emergency number; a patient reaching only their own.
 */
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, NOW, put, signedIn } from "../../http/assessment-test-support.ts";
import { makePatientWithAccount, testClock } from "../../shared/test-support.ts";
import { sendReport, signedSessionOn } from "./test-support.ts";

describe.each(testDatabaseKinds())("a patient's side effects from their app on %s", (kind) => {
  // Monday 20 July 2026, 11:00 in London.
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock);

  /** A new patient of clinic A with an account, signed in, with sessions on the dates given. */
  async function patientWith(sessionDates: string[] = []) {
    const patient = await makePatientWithAccount(env.world.deps, env.world.a.clinicId, env.world.a.staff.userId, { name: "Side Effect Tester" });
    const sessions: string[] = [];
    for (const date of sessionDates) sessions.push(await signedSessionOn(env.world.deps, { clinicId: env.world.a.clinicId, patientId: patient.patientId }, date, env.world.a.staff.userId));
    return { ...patient, client: await signedIn(env.http, patient), sessions };
  }
  const clinicReports = (patientId: string) => env.clinician.get(`/api/clinics/${env.world.a.clinicId}/patients/${patientId}/side-effects`);

  it("triages a red report as the phone does: the next session held, no call-back; the same id again is the same report", async () => {
    const pat = await patientWith(["2026-07-01"]);
    const id = uuidv7();
    const sent = await sendReport(pat.client, pat.patientId, { id, onsetDate: "2026-07-19", symptoms: ["bruising", "difficulty-swallowing"], note: "Hard to swallow since yesterday" }, clock());
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toEqual({ id, level: "red", receivedAt: NOW, holdsNextSession: true, callBackBy: null });

    clock.advance(60_000);
    const again = await sendReport(pat.client, pat.patientId, { id, onsetDate: "2026-07-19", symptoms: ["bruising", "difficulty-swallowing"] }, clock());
    expect(again.json()).toEqual(sent.json());
    clock.set(NOW);

    const mine = (await pat.client.get("/api/me/side-effects")).json();
    expect(mine.reports).toEqual([{ id, onsetDate: "2026-07-19", symptoms: ["bruising", "difficulty-swallowing"], level: "red", receivedAt: NOW, status: "new" }]);
    const clinic = (await clinicReports(pat.patientId)).json();
    expect(clinic.hold).toMatchObject({ held: true, reports: [{ id }] });
    expect(clinic.reports).toHaveLength(1);
    expect(clinic.reports[0]).toMatchObject({ source: "patient", note: "Hard to swallow since yesterday", followsSession: { id: pat.sessions[0], date: "2026-07-01", totalUnits: 155, muscles: [], sites: [] } });
  });

  it("promises an amber call by the end of the next working day in the clinic's zone: Tuesday for a Monday, Monday for a Friday", async () => {
    const pat = await patientWith();
    const monday = await sendReport(pat.client, pat.patientId, { onsetDate: "2026-07-19", symptoms: ["eyelid-droop"] }, clock());
    // 23:59 in London (summer time) is 22:59 UTC.
    expect(monday.json()).toMatchObject({ level: "amber", holdsNextSession: false, callBackBy: "2026-07-21T22:59:00.000Z" });
    clock.set("2026-07-24T15:00:00.000Z");
    try {
      await pat.client.signInAgain();
      const friday = await sendReport(pat.client, pat.patientId, { onsetDate: "2026-07-23", symptoms: ["neck-weakness", "bruising"] }, clock());
      expect(friday.json()).toMatchObject({ level: "amber", callBackBy: "2026-07-27T22:59:00.000Z" });
    } finally {
      clock.set(NOW);
    }
  });

  it("gives a green report neither a hold nor a call-back", async () => {
    const pat = await patientWith();
    expect((await sendReport(pat.client, pat.patientId, { onsetDate: "2026-07-20", symptoms: ["injection-site-pain"] }, clock())).json()).toMatchObject({ level: "green", holdsNextSession: false, callBackBy: null });
    expect((await clinicReports(pat.patientId)).json().hold).toEqual({ held: false, reports: [] });
  });

  it("links a report to the latest signed session on or before its onset, with the sites at the muscles its symptoms point to", async () => {
    const pat = await patientWith(["2026-04-01", "2026-06-24"]);
    await sendReport(pat.client, pat.patientId, { onsetDate: "2026-06-30", symptoms: ["eyelid-droop"] }, clock());
    await sendReport(pat.client, pat.patientId, { onsetDate: "2026-06-23", symptoms: ["neck-pain"] }, clock());
    const reports = (await clinicReports(pat.patientId)).json().reports as { onsetDate: string; followsSession: { id: string; muscles: string[]; sites: { muscle: string; side: string; units: number }[] } }[];
    const eyelid = reports.find((report) => report.onsetDate === "2026-06-30");
    expect(eyelid?.followsSession.id).toBe(pat.sessions[1]);
    expect(eyelid?.followsSession.muscles).toEqual(["frontalis", "corrugator", "procerus"]);
    expect(eyelid?.followsSession.sites.filter((site) => site.muscle === "frontalis")).toEqual([
      { muscle: "frontalis", side: "left", units: 5 },
      { muscle: "frontalis", side: "left", units: 5 },
      { muscle: "frontalis", side: "right", units: 5 },
      { muscle: "frontalis", side: "right", units: 5 },
    ]);
    expect(reports.find((report) => report.onsetDate === "2026-06-23")?.followsSession).toMatchObject({ id: pat.sessions[0], muscles: ["cervical-paraspinal", "trapezius"] });
  });

  it("refuses a report made for another account with account_mismatch, storing nothing", async () => {
    const pat = await patientWith();
    const other = await patientWith();
    const refused = await sendReport(pat.client, other.patientId, { onsetDate: "2026-07-19", symptoms: ["difficulty-breathing"] }, clock());
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("account_mismatch");
    expect((await clinicReports(pat.patientId)).json().reports).toEqual([]);
    expect((await clinicReports(other.patientId)).json()).toEqual({ hold: { held: false, reports: [] }, reports: [] });
  });

  it("lets a patient reach only their own reports: another's id is not theirs to resend, nor another's list", async () => {
    const pat = await patientWith();
    const other = await patientWith();
    const id = uuidv7();
    await sendReport(pat.client, pat.patientId, { id, onsetDate: "2026-07-19", symptoms: ["bruising"] }, clock());
    const reuse = await sendReport(other.client, other.patientId, { id, onsetDate: "2026-07-19", symptoms: ["bruising"] }, clock());
    expect(reuse.statusCode).toBe(409);
    expect(reuse.json().error.code).toBe("conflict");
    expect((await other.client.get("/api/me/side-effects")).json().reports).toEqual([]);
    expect((await pat.client.get("/api/me/side-effects")).json().reports.map((report: { id: string }) => report.id)).toEqual([id]);
  });

  it("refuses a patient every clinic route of side effects with 403", async () => {
    const pat = await patientWith();
    const clinic = `/api/clinics/${env.world.a.clinicId}`;
    for (const response of [
      await pat.client.get(`${clinic}/side-effects`),
      await pat.client.get(`${clinic}/side-effects/alerts`),
      await pat.client.get(`${clinic}/patients/${pat.patientId}/side-effects`),
      await pat.client.post(`${clinic}/patients/${pat.patientId}/side-effects`, { onsetDate: "2026-07-19", symptoms: ["bruising"] }),
    ]) {
      expect(response.statusCode).toBe(403);
    }
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["an onset after tomorrow", { onsetDate: "2026-07-22" }, "onsetDate"],
    ["an onset before birth", { onsetDate: "1970-01-01" }, "onsetDate"],
    ["no symptom", { symptoms: [] }, "symptoms"],
    ["an unknown symptom", { symptoms: ["sneezing"] }, "symptoms.0"],
    ["a device clock ahead of the server's", { recordedAt: "2026-07-20T11:00:00.000Z" }, "recordedAt"],
    ["a check-in of a session that is not the patient's", { checkIn: { sessionId: uuidv7(), day: 7 } }, "checkIn.sessionId"],
    ["a check-in on another day than 1, 7, 14 or 28", { checkIn: { sessionId: uuidv7(), day: 3 } }, "checkIn.day"],
    ["a note over 2000 characters", { note: "x".repeat(2001) }, "note"],
  ])("refuses %s, naming the field and storing nothing", async (_what, change, field) => {
    const pat = await patientWith();
    const response = await pat.client.post("/api/me/side-effects", { id: uuidv7(), patientId: pat.patientId, onsetDate: "2026-07-19", symptoms: ["bruising"], note: null, recordedAt: NOW, checkIn: null, ...change });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual([field]);
    expect((await pat.client.get("/api/me/side-effects")).json().reports).toEqual([]);
  });

  it("lists the check-ins due, newest first: the last session's and the unanswered ones of the one before; answered with one tap or by a report", async () => {
    const pat = await patientWith(["2026-05-04", "2026-07-06"]);
    const [may, july] = pat.sessions as [string, string];
    const answer = (sessionId: string, day: number, id = uuidv7()) => pat.client.post("/api/me/side-effects/check-ins", { id, patientId: pat.patientId, sessionId, day, answer: "no-problems", recordedAt: NOW });
    const maySeven = uuidv7();
    expect((await answer(may, 7, maySeven)).json()).toEqual({ ok: true });
    expect((await answer(may, 7, maySeven)).statusCode).toBe(200);
    expect((await answer(july, 1)).statusCode).toBe(200);
    await sendReport(pat.client, pat.patientId, { onsetDate: "2026-07-13", symptoms: ["neck-pain"], checkIn: { sessionId: july, day: 14 } }, clock());

    const due = (await pat.client.get("/api/me/side-effects")).json().checkIns as { sessionId: string; day: number; dueOn: string; answered: string | null; sessionDate: string }[];
    expect(due.map((c) => [c.sessionDate, c.day, c.dueOn, c.answered])).toEqual([
      ["2026-07-06", 14, "2026-07-20", "reported"],
      ["2026-07-06", 7, "2026-07-13", null],
      ["2026-07-06", 1, "2026-07-07", "no-problems"],
      ["2026-05-04", 28, "2026-06-01", null],
      ["2026-05-04", 14, "2026-05-18", null],
      ["2026-05-04", 1, "2026-05-05", null],
    ]);
    const stored = await env.t.db.selectFrom("side_effect_check_ins").select("id").where("patient_id", "=", pat.patientId).execute();
    expect(stored).toHaveLength(2);
    // Clinical facts: the database refuses to change or remove them (ADR 0012).
    await expect(sql`UPDATE side_effect_check_ins SET day = 28 WHERE patient_id = ${pat.patientId}`.execute(env.t.db)).rejects.toThrow();
    await expect(sql`DELETE FROM side_effect_check_ins WHERE patient_id = ${pat.patientId}`.execute(env.t.db)).rejects.toThrow();
  });

  it("refuses a check-in answer for another account, another patient's session or a day still to come", async () => {
    const pat = await patientWith(["2026-07-15"]);
    const other = await patientWith(["2026-06-01"]);
    const body = (change: Record<string, unknown>) => ({ id: uuidv7(), patientId: pat.patientId, sessionId: pat.sessions[0], day: 1, answer: "no-problems", recordedAt: NOW, ...change });
    const mismatch = await pat.client.post("/api/me/side-effects/check-ins", body({ patientId: other.patientId }));
    expect(mismatch.json().error.code).toBe("account_mismatch");
    const notTheirs = await pat.client.post("/api/me/side-effects/check-ins", body({ sessionId: other.sessions[0] }));
    expect(notTheirs.json().error.details.issues).toEqual([{ path: "sessionId", message: "is not one of your signed sessions" }]);
    const early = await pat.client.post("/api/me/side-effects/check-ins", body({ day: 14 }));
    expect(early.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(["day"]);
    const yes = await pat.client.post("/api/me/side-effects/check-ins", body({ answer: "problems" }));
    expect(yes.statusCode).toBe(400);
    expect(await env.t.db.selectFrom("side_effect_check_ins").select("id").where("patient_id", "=", pat.patientId).execute()).toEqual([]);
  });

  it("tells the patient the clinic's emergency number: its zone's default until an administrator sets one, and its phone", async () => {
    const pat = await patientWith();
    expect((await pat.client.get("/api/me/side-effects")).json()).toMatchObject({ clinicName: "Clinic A", emergencyNumber: "999", clinicPhone: null, checkIns: [], reports: [] });
    const admin = await signedIn(env.http, env.world.a.staff);
    const settings = `/api/clinics/${env.world.a.clinicId}/settings`;
    expect((await put(admin, settings, { policy: "us-label", emergencyNumber: "112", clinicPhone: "+44 20 7946 0000" })).statusCode).toBe(200);
    try {
      expect((await pat.client.get("/api/me/side-effects")).json()).toMatchObject({ emergencyNumber: "112", clinicPhone: "+44 20 7946 0000" });
    } finally {
      await put(admin, settings, { policy: "us-label", emergencyNumber: null, clinicPhone: null });
    }
    expect((await pat.client.get("/api/me/side-effects")).json()).toMatchObject({ emergencyNumber: "999", clinicPhone: null });
  });

  it("puts new reports in the stored patient record the assessment reads", async () => {
    const pat = await patientWith(["2026-07-01"]);
    await sendReport(pat.client, pat.patientId, { onsetDate: "2026-07-10", symptoms: ["brow-droop"] }, clock());
    const record = (await env.clinician.get(`/api/clinics/${env.world.a.clinicId}/patients/${pat.patientId}/record`)).json();
    expect(record.sideEffectReports).toEqual([{ date: "2026-07-10", symptoms: ["brow-droop"] }]);
    const assessment = (await env.clinician.get(`/api/clinics/${env.world.a.clinicId}/patients/${pat.patientId}/assessment?asOf=2026-07-20`)).json();
    expect(assessment.sideEffects).toEqual([expect.objectContaining({ date: "2026-07-10", level: "amber" })]);
  });
});

