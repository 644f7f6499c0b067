/**
 * The CSV exports on both databases (issue 10 §5): a patient's diary and the clinic's diaries,
 * sessions and outcomes, each text/csv with a file name, a header row, ISO dates and the figures
 * the rules give; clinic staff only, audited as reads of the patient or of the clinic.
 */
import { describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { addDays, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { addStaff, testClock } from "../../shared/test-support.ts";
import { createPatient } from "../patients/patients.ts";
import { parseCsvTable } from "./csv-table.ts";

const FIRST_SESSION = plainDate("2026-02-02");
const SECOND_SESSION = addDays(FIRST_SESSION, 84);
const BOM = "\uFEFF";

/** 28 days ending `end`, the first `headacheDays` of them headache days of 6 hours with a triptan. */
function window(end: PlainDate, headacheDays: number) {
  return Array.from({ length: 28 }, (_, index) => {
    const date = addDays(end, index - 27);
    return index < headacheDays ? { date, headache: true, hours: 6, severity: 2, medications: [{ name: "Sumatriptan", class: "triptan", relief: true }] } : { date, headache: false };
  });
}

/** Baseline 20 headache days before the first session; 10 in the two-cycle window ending F+167 (pathway-rules §8): a 50% reduction. */
const treatedRecord = () => ({
  patient: { id: "sent", birthDate: "1984-02-29" },
  diary: [...window(addDays(FIRST_SESSION, -1), 20), ...window(addDays(FIRST_SESSION, 167), 10)],
  treatments: [FIRST_SESSION, SECOND_SESSION].map((date) => ({ date, injections: preemptFixedInjections() })),
});

const tableOf = (body: string) => {
  const parsed = parseCsvTable(body);
  if (!parsed.ok) throw new Error(parsed.issue.message);
  return { header: parsed.table.header, rows: parsed.table.rows.map((row) => Object.fromEntries(parsed.table.header.map((name, i) => [name, row.cells[i]]))) };
};

describe.each(testDatabaseKinds())("CSV exports on %s", (kind) => {
  const clock = testClock("2026-07-20T12:00:00.000Z");
  const env = httpWorld(kind, clock);
  const clinicUrl = (path: string) => `/api/clinics/${env.world.a.clinicId}/exports/${path}`;
  let patientId = "";

  async function treatedPatient(): Promise<string> {
    if (patientId !== "") return patientId;
    const patient = await createPatient(env.world.deps, env.world.a.clinicId, env.world.aClinician.userId, { name: "Cal Exported", birthDate: plainDate("1984-02-29"), timeZone: "Europe/London", recordNumber: "MRN/CSV 1" });
    const imported = await env.clinician.post(`/api/clinics/${env.world.a.clinicId}/patients/${patient.id}/record`, treatedRecord());
    expect(imported.statusCode, imported.body).toBe(200);
    patientId = patient.id;
    return patientId;
  }

  it("exports a patient's diary: text/csv, a file name, a BOM and header, one row per day oldest first in the import's words", async () => {
    const id = await treatedPatient();
    const response = await env.clinician.get(`/api/clinics/${env.world.a.clinicId}/patients/${id}/diary.csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="cephalog-diary-MRN-CSV-1-2026-07-20.csv"');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from(BOM, "utf8"));
    const { header, rows } = tableOf(response.body);
    expect(header).toEqual(["date", "headache", "hours", "duration", "severity", "medicines", "features", "note", "source", "entered_by", "late", "recorded_at", "revisions"]);
    expect(rows).toHaveLength(56);
    expect(rows[0]).toMatchObject({ date: "2026-01-05", headache: "yes", hours: "6", severity: "2", medicines: "Sumatriptan (triptan, relief)", source: "import", entered_by: "staff", revisions: "1" });
    expect(rows[27]).toMatchObject({ date: "2026-02-01", headache: "no", hours: "", medicines: "" });
  });

  it("exports every patient's diary with the patient id and record number, and no other clinic's", async () => {
    const id = await treatedPatient();
    const response = await env.clinician.get(clinicUrl("diaries.csv"));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toBe('attachment; filename="cephalog-diaries-2026-07-20.csv"');
    const { header, rows } = tableOf(response.body);
    expect(header.slice(0, 3)).toEqual(["patient_id", "record_number", "date"]);
    const mine = rows.filter((row) => row["patient_id"] === id);
    expect(mine).toHaveLength(56);
    expect(mine.every((row) => row["record_number"] === "MRN/CSV 1")).toBe(true);
    expect(rows.some((row) => row["patient_id"] === env.world.bea.patientId)).toBe(false);
  });

  it("exports one row per session with its sites and units", async () => {
    const id = await treatedPatient();
    const { rows } = tableOf((await env.clinician.get(clinicUrl("sessions.csv"))).body);
    const mine = rows.filter((row) => row["patient_id"] === id);
    expect(mine.map((row) => [row["date"], row["sites"], row["units_given"], row["billing"]])).toEqual([
      [FIRST_SESSION, "31", "155", ""],
      [SECOND_SESSION, "31", "155", ""],
    ]);
  });

  it("exports each patient's response as the rules give it: baseline, evaluation window, change and responders", async () => {
    const id = await treatedPatient();
    const { rows } = tableOf((await env.clinician.get(clinicUrl("outcomes.csv"))).body);
    expect(rows.find((row) => row["patient_id"] === id)).toEqual({
      patient_id: id, record_number: "MRN/CSV 1", as_of: "2026-07-20", policy: "us-label", status: "evaluated", first_session: FIRST_SESSION, sessions: "2",
      baseline_start: "2026-01-05", baseline_end: "2026-02-01", baseline_headache_days: "20", evaluation_point: "two-cycles", evaluation_start: "2026-06-22", evaluation_end: "2026-07-19",
      evaluation_headache_days: "10", change_percent: "-50", reduction_percent: "50", responder_30: "yes", responder_50: "yes", recommendation: expect.any(String), reason: expect.any(String),
    });
    expect(rows.find((row) => row["patient_id"] === env.world.ann.patientId)).toMatchObject({ status: "no-treatment", sessions: "0", change_percent: "" });
  });

  it("lets every staff role export, audits a clinic export as a read of the clinic, and refuses another clinic and the signed out", async () => {
    const coordinator = await signedIn(env.http, await addStaff(env.world.deps, env.world.a.clinicId, "coordinator"));
    const since = uuidv7();
    expect((await coordinator.get(clinicUrl("outcomes.csv"))).statusCode).toBe(200);
    const rows = await env.t.db.selectFrom("audit_events").selectAll().where("clinic_id", "=", env.world.a.clinicId).where("id", ">", since).execute();
    expect(rows).toEqual([expect.objectContaining({ kind: "read", route: "/api/clinics/:clinicId/exports/outcomes.csv", method: "GET", patient_id: null })]);

    const otherAdmin = await signedIn(env.http, env.world.b.staff);
    expect((await otherAdmin.get(clinicUrl("diaries.csv"))).statusCode).toBe(404);
    expect((await otherAdmin.get(`/api/clinics/${env.world.a.clinicId}/patients/${env.world.ann.patientId}/diary.csv`)).statusCode).toBe(404);
    expect((await env.clinician.get(`/api/clinics/${env.world.a.clinicId}/patients/${env.world.bea.patientId}/diary.csv`)).statusCode).toBe(404);
    const patient = await signedIn(env.http, env.world.ann);
    expect((await patient.get(clinicUrl("diaries.csv"))).statusCode).toBe(403);
  });
});
