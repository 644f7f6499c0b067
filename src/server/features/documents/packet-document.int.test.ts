/**
 * The authorization packet and renewal from the patient page, on both databases (issue 10 §2;
 * ADR 0026): an initial packet with something missing is refused with the list (409 conflict,
 * details.gaps, the same list the clinical core gives); a draft is made anyway with the list on its
 * first page; a complete renewal is made, and its diary provenance (counted from the stored
 * revisions of the baseline and evaluation windows) equals a count made by hand.
 */
import { v7 as uuidv7 } from "uuid";
import { describe, expect, it } from "vitest";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { whatIsMissing } from "#domain/authorization/what-is-missing.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { toStoredAnswers } from "../diary/diary-view.ts";
import { insertRevisions } from "../diary/repository.ts";
import { createPatient } from "../patients/patients.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld } from "../../http/assessment-test-support.ts";
import { testClock } from "../../shared/test-support.ts";
import { longRecordJson } from "../../../../test/fixtures/reports/long-record.ts";
import { pdfText, renderPages } from "../../../../test/reports/pdf-inspect.ts";
import type { DiaryAnswers } from "#domain/shared/record.ts";

/** 10:00 in London on the long record's last day: the patient's today is 2026-06-30. */
const NOW = "2026-06-30T10:00:00.000Z";
const AS_OF = plainDate("2026-06-30");
/** The renewal's windows for the long record under the US label (its two-cycle point). */
const BASELINE = { start: "2024-09-09", end: "2024-10-06" };
const EVALUATION = { start: "2025-02-24", end: "2025-03-23" };

const parsedLongRecord = () => {
  const parsed = parsePatientRecord(longRecordJson());
  if (!parsed.ok) throw new Error("the long record fixture does not parse");
  return parsed.value.record;
};

describe.each(testDatabaseKinds())("a patient's packet and renewal on %s", (kind) => {
  const env = httpWorld(kind, testClock(NOW));
  const url = (patientId: string, name: string) => `/api/clinics/${env.world.a.clinicId}/patients/${patientId}/documents/${name}`;

  async function longRecordPatient(recordNumber: string): Promise<string> {
    const patient = await createPatient(env.world.deps, env.world.a.clinicId, env.world.aClinician.userId, { name: "Dora Longfellow", birthDate: plainDate("1979-03-14"), timeZone: "Europe/London", recordNumber });
    const imported = await env.clinician.post(`/api/clinics/${env.world.a.clinicId}/patients/${patient.id}/record`, longRecordJson());
    expect(imported.statusCode, imported.body).toBe(200);
    return patient.id;
  }

  it("refuses an initial packet with something missing, naming every gap the clinical core finds", async () => {
    const patientId = await longRecordPatient("MRN-P1");
    const response = await env.clinician.get(url(patientId, "packet.pdf"));
    expect(response.statusCode).toBe(409);
    expect(response.headers["content-type"]).toContain("application/json");
    const { error } = response.json();
    expect(error.code).toBe("conflict");
    const expected = whatIsMissing(parsedLongRecord(), { asOf: AS_OF, policy: "us-label", settings: DEFAULT_SETTINGS }, "initial").map((gap) => gap.text);
    expect(expected.length).toBeGreaterThan(0);
    expect(error.details).toEqual({ kind: "packet", gaps: expected });
    expect(error.message).toContain(`${expected.length} items are missing`);
    // The message itself quotes no figure of the patient's (it may reach a log); the list is in details.
    for (const gap of expected) expect(error.message).not.toContain(gap);
    expect((await env.clinician.get(url(patientId, "packet.pdf?draft=false"))).statusCode).toBe(409);
  });

  it("makes the draft anyway with ?draft=true: the list on its first page, named by record number", async () => {
    const patientId = await longRecordPatient("MRN-P2");
    const response = await env.clinician.get(url(patientId, "packet.pdf?draft=true"));
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="cephalog-packet-MRN-P2-2026-06-30.pdf"');
    const bytes = new Uint8Array(response.rawPayload);
    const text = await pdfText(bytes);
    const gaps = whatIsMissing(parsedLongRecord(), { asOf: AS_OF, policy: "us-label", settings: DEFAULT_SETTINGS }, "initial").map((gap) => gap.text);
    expect(text.pages[0]).toContain(`DRAFT: what is missing (${gaps.length})`);
    for (const gap of gaps) expect(text.flat).toContain(gap);
    expect(text.flat).not.toContain("Dora Longfellow");
    // W1-W3 hold 27 + 26 + 27 = 80 recorded days, every one from the record import made today: only
    // today's own entry (2026-06-30) was saved on its day; the 79 others are late.
    expect(text.flat).toContain("Entries made on the day they describe: 1 of 80 (1.3%); filled in afterwards and marked late: 79.");
    expect(text.flat).toContain("Source: the patient's app 0, imported 80, kept on the phone before joining 0; entered by clinic staff 80.");
    expect((await env.clinician.get(url(patientId, "packet.pdf?draft=maybe"))).json().error.details.issues).toEqual([{ path: "draft", message: "must be true or false" }]);
  });

  it("makes a complete renewal whose provenance figures equal a count by hand of the stored revisions", async () => {
    const patientId = await longRecordPatient("MRN-R1");
    const diary = longRecordJson().diary as (DiaryAnswers & { date: string })[];
    const recordedIn = (window: { start: string; end: string }) => diary.filter((day) => window.start <= day.date && day.date <= window.end);
    const baselineDays = recordedIn(BASELINE);
    const evaluationDays = recordedIn(EVALUATION);
    // The fixture: 27 recorded days in each window (one missing), all imported by staff today, so late.
    expect([baselineDays.length, evaluationDays.length]).toEqual([27, 27]);
    // Earlier first saves for some of those days: 10 saved in the app on the day (evaluation), 4 kept
    // on the phone before joining and added a week later (baseline); the import is then a later revision.
    const save = (day: (typeof diary)[number], recordedAt: string, how: { source: "app" | "self-kept"; late: boolean }) => ({
      clinic_id: env.world.a.clinicId,
      patient_id: patientId,
      id: uuidv7(),
      date: day.date,
      answers: JSON.stringify(toStoredAnswers(day)),
      recorded_at: recordedAt,
      received_at: recordedAt,
      entered_by: "patient" as const,
      entered_by_user_id: null,
      source: how.source,
      late: how.late,
    });
    await insertRevisions(env.t.db, [
      ...evaluationDays.slice(0, 10).map((day) => save(day, `${day.date}T19:00:00.000Z`, { source: "app", late: false })),
      ...baselineDays.slice(0, 4).map((day) => save(day, `2024-10-13T12:00:00.000Z`, { source: "self-kept", late: true })),
    ]);

    const response = await env.clinician.get(url(patientId, "renewal.pdf"));
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers["content-disposition"]).toBe('attachment; filename="cephalog-renewal-MRN-R1-2026-06-30.pdf"');
    const bytes = new Uint8Array(response.rawPayload);
    const text = await pdfText(bytes);
    // By hand: 27 + 27 = 54 entries; on the day: the 10 app saves; late: 54 − 10 = 44; sources: app 10,
    // self-kept 4, imported 54 − 14 = 40; entered by staff: the 40 imported.
    expect(text.flat).toContain("Entries made on the day they describe: 10 of 54 (18.5%); filled in afterwards and marked late: 44.");
    expect(text.flat).toContain("Source: the patient's app 10, imported 40, kept on the phone before joining 4; entered by clinic staff 40.");
    expect(text.flat).not.toContain("DRAFT");
    expect(text.flat).toContain(`Baseline ${BASELINE.start}`);
    if (kind === "pglite") {
      const rendered = renderPages(bytes, "api-renewal");
      if ("skipped" in rendered) console.warn(rendered.skipped);
      else expect(rendered.pngs.length).toBeGreaterThanOrEqual(1);
    }
  });
});
