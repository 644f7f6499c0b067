/**
 * The clinic outcomes report of the reports page, on both databases (issue 10 §3, made as a job):
 * asked for with a validated date range, followed while its job runs, then downloaded as a PDF
 * whose cohort is the clinic's (the same figures the command line's streamed cohort gives);
 * refused to callers without clinic.read, to other clinics, and before it is done.
 */
import { v7 as uuidv7 } from "uuid";
import { describe, expect, it } from "vitest";
import { plainDate } from "#domain/shared/plain-date.ts";
import { createPatient } from "../patients/patients.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { TestClient } from "../../http/test-app.ts";
import { clinicOutcomes, listClinics } from "../../reports/outcomes/clinic-outcomes.ts";
import { addStaff, testClock } from "../../shared/test-support.ts";
import { longRecordJson } from "../../../../test/fixtures/reports/long-record.ts";
import { pdfText } from "../../../../test/reports/pdf-inspect.ts";
import { runOutcomesReport } from "./outcomes-report-job.ts";

const NOW = "2026-06-30T10:00:00.000Z";
const RANGE = { from: "2025-07-01", to: "2026-06-30" };

describe.each(testDatabaseKinds())("the clinic outcomes report on %s", (kind) => {
  const env = httpWorld(kind, testClock(NOW));
  const reports = () => `/api/clinics/${env.world.a.clinicId}/reports/outcomes`;

  /** Two patients treated through the range (the long record), one never treated. */
  async function treatedClinic(): Promise<void> {
    const { world } = env;
    for (const recordNumber of ["MRN-O1", "MRN-O2"]) {
      const patient = await createPatient(world.deps, world.a.clinicId, world.aClinician.userId, { name: "Olive Outcome", birthDate: plainDate("1979-03-14"), timeZone: "Europe/London", recordNumber });
      expect((await env.clinician.post(`/api/clinics/${world.a.clinicId}/patients/${patient.id}/record`, longRecordJson())).statusCode).toBe(200);
    }
  }

  it("makes the report as a job: queued, then done with every treated patient read, then a PDF with the clinic's cohort", async () => {
    await treatedClinic();
    const started = await env.clinician.post(reports(), RANGE);
    expect(started.statusCode, started.body).toBe(200);
    const queued = started.json();
    expect(queued).toMatchObject({ from: RANGE.from, to: RANGE.to, status: "queued", patientsDone: 0, patientsTotal: null, fileName: null });

    const early = await env.clinician.get(`${reports()}/${queued.id}/outcomes.pdf`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: "conflict", details: { status: "queued" } });

    await runOutcomesReport(env.world.deps, { clinicId: env.world.a.clinicId, reportId: queued.id });
    const status = (await env.clinician.get(`${reports()}/${queued.id}`)).json();
    expect(status).toMatchObject({ id: queued.id, status: "done", patientsDone: 2, patientsTotal: 2, fileName: "cephalog-outcomes-2025-07-01-to-2026-06-30.pdf" });

    const file = await env.clinician.get(`${reports()}/${queued.id}/outcomes.pdf`);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(file.headers["content-disposition"]).toBe('attachment; filename="cephalog-outcomes-2025-07-01-to-2026-06-30.pdf"');
    const bytes = new Uint8Array(file.rawPayload);
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const clinic = (await listClinics(env.t.db)).find((c) => c.id === env.world.a.clinicId);
    if (clinic === undefined) throw new Error("no clinic A");
    const expected = await clinicOutcomes(env.t.db, { clinic, from: plainDate(RANGE.from), to: plainDate(RANGE.to), now: new Date(NOW) });
    expect(expected.patientsTreated).toBe(2);
    const text = await pdfText(bytes);
    expect(text.flat).toContain("Clinic A");
    expect(text.flat).toContain(`Sessions ${RANGE.from} – ${RANGE.to} · as of 2026-06-30`);
    expect(text.flat).toContain(`n = ${expected.response.evaluated} evaluated of ${expected.patientsTreated} treated`);
    expect(text.flat).toContain(`${expected.patientsTreated} ${expected.sessions}`);
    expect(text.flat).toContain("A clinic cohort is not a trial.");
    expect(text.flat).not.toContain("MRN-O1");

    const audit = await env.t.db.selectFrom("audit_events").select(["action", "actor_user_id"]).where("clinic_id", "=", env.world.a.clinicId).where("action", "like", "report.outcomes.%").execute();
    expect(audit.map((row) => row.action).sort()).toEqual(["report.outcomes.made", "report.outcomes.requested"]);
    expect(new Set(audit.map((row) => row.actor_user_id))).toEqual(new Set([env.world.aClinician.userId]));
  });

  it("validates the range, naming the field: real dates, from before to, ten years at most", async () => {
    const issues = async (body: unknown) => {
      const response = await env.clinician.post(reports(), body);
      expect(response.statusCode).toBe(400);
      return response.json().error.details.issues.map((issue: { path: string }) => issue.path);
    };
    expect(await issues({ from: "2026-02-30", to: "2026-06-30" })).toEqual(["from"]);
    expect(await issues({ from: "2026-01-01" })).toEqual(["to"]);
    expect(await issues({ from: "2026-07-01", to: "2026-06-30" })).toEqual(["to"]);
    expect(await issues({ from: "2010-01-01", to: "2026-06-30" })).toEqual(["from"]);
  });

  it("lets every staff role of the clinic follow it, and no one else", async () => {
    const { world } = env;
    const started = (await env.clinician.post(reports(), RANGE)).json();
    const coordinator = await signedIn(env.http, await addStaff(world.deps, world.a.clinicId, "coordinator"));
    expect((await coordinator.get(`${reports()}/${started.id}`)).json().status).toBe("queued");
    const otherAdmin = await signedIn(env.http, world.b.staff);
    expect((await otherAdmin.get(`/api/clinics/${world.b.clinicId}/reports/outcomes/${started.id}`)).statusCode).toBe(404);
    expect((await otherAdmin.post(reports(), RANGE)).statusCode).toBe(404);
    const patient = await signedIn(env.http, world.ann);
    expect((await patient.post(reports(), RANGE)).statusCode).toBe(403);
    expect((await new TestClient(env.http.app).get(`${reports()}/${started.id}`)).statusCode).toBe(401);
    expect((await env.clinician.get(`${reports()}/${uuidv7()}`)).statusCode).toBe(404);
  });
});
