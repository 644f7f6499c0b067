/**
 * A stored patient's summary PDF over the API on both databases (issue 10 §1, on the patient
 * page): the file is a PDF attachment named without the patient's name, its text carries the
 * headline the stored assessment of the same day gives, the read is audited, and another clinic's
 * patient, a kind not offered and a caller without a session are refused.
 */
import { v7 as uuidv7 } from "uuid";
import { describe, expect, it } from "vitest";
import { plainDate } from "#domain/shared/plain-date.ts";
import { createPatient } from "../patients/patients.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld } from "../../http/assessment-test-support.ts";
import { TestClient } from "../../http/test-app.ts";
import { testClock } from "../../shared/test-support.ts";
import { longRecordJson } from "../../../../test/fixtures/reports/long-record.ts";
import { pdfText, renderPages } from "../../../../test/reports/pdf-inspect.ts";

/** 10:00 in London on the long record's last day: the patient's today is 2026-06-30. */
const NOW = "2026-06-30T10:00:00.000Z";

describe.each(testDatabaseKinds())("GET .../documents/summary.pdf on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock);
  const documentUrl = (clinicId: string, patientId: string, name = "summary.pdf") => `/api/clinics/${clinicId}/patients/${patientId}/documents/${name}`;

  /** A patient of clinic A holding the two-year record, with a record number. */
  async function longRecordPatient(recordNumber: string | undefined): Promise<string> {
    const { world } = env;
    const patient = await createPatient(world.deps, world.a.clinicId, world.aClinician.userId, {
      name: "Dora Longfellow",
      birthDate: plainDate("1979-03-14"),
      timeZone: "Europe/London",
      recordNumber,
    });
    const imported = await env.clinician.post(`/api/clinics/${world.a.clinicId}/patients/${patient.id}/record`, longRecordJson());
    expect(imported.statusCode, imported.body).toBe(200);
    return patient.id;
  }

  it("sends the summary as a PDF attachment whose headline is the stored assessment's, named by record number only", async () => {
    const patientId = await longRecordPatient("MRN-2041");
    const response = await env.clinician.get(documentUrl(env.world.a.clinicId, patientId));
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="cephalog-summary-MRN-2041-2026-06-30.pdf"');
    expect(response.headers["cache-control"]).toBe("no-store");
    const bytes = response.rawPayload;
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const assessment = (await env.clinician.get(`/api/clinics/${env.world.a.clinicId}/patients/${patientId}/assessment`)).json();
    expect(assessment.asOf).toBe("2026-06-30");
    expect(assessment.response.status).toBe("evaluated");
    const figure: number = assessment.response.percentReduction;
    const text = await pdfText(new Uint8Array(bytes));
    expect(text.lines).toContain(`${figure >= 0 ? `${figure}% fewer` : `${-figure}% more`} headache days than at baseline`);
    expect(text.flat).toContain(`${assessment.response.evaluationHeadacheDays} headache days in the evaluation window`);
    expect(text.flat).toContain(`Next session due ${assessment.treatment.nextDue}`);
    expect(text.flat).toContain("Patient MRN-2041 · born 1979-03-14");
    expect(text.flat).not.toContain("Dora Longfellow");
    if (kind === "pglite") {
      const rendered = renderPages(new Uint8Array(bytes), "api-summary");
      if ("skipped" in rendered) console.warn(rendered.skipped);
      else expect(rendered.pngs.length).toBeGreaterThanOrEqual(1);
    }
  });

  it("names a patient without a record number by the app's id, never by name", async () => {
    const patientId = await longRecordPatient(undefined);
    const response = await env.clinician.get(documentUrl(env.world.a.clinicId, patientId));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toBe(`attachment; filename="cephalog-summary-patient-${patientId}-2026-06-30.pdf"`);
  });

  it("records the read of the patient's data with the route's pattern", async () => {
    const since = uuidv7();
    const { world } = env;
    expect((await env.clinician.get(documentUrl(world.a.clinicId, world.ann.patientId))).statusCode).toBe(200);
    const rows = await env.t.db.selectFrom("audit_events").selectAll().where("clinic_id", "=", world.a.clinicId).where("id", ">", since).execute();
    expect(rows).toEqual([
      expect.objectContaining({ kind: "read", actor_user_id: world.aClinician.userId, patient_id: world.ann.patientId, route: "/api/clinics/:clinicId/patients/:patientId/documents/:kind.pdf", method: "GET" }),
    ]);
  });

  it("refuses another clinic's patient (404 down this clinic's path, 404 down the other's), a kind not offered (400) and no session (401)", async () => {
    const { world } = env;
    const otherPatient = await env.clinician.get(documentUrl(world.a.clinicId, world.bea.patientId));
    expect(otherPatient.statusCode).toBe(404);
    expect(otherPatient.json().error.code).toBe("not_found");
    const otherClinic = await env.clinician.get(documentUrl(world.b.clinicId, world.bea.patientId));
    expect(otherClinic.statusCode).toBe(404);
    const unknownKind = await env.clinician.get(documentUrl(world.a.clinicId, world.ann.patientId, "passport.pdf"));
    expect(unknownKind.statusCode).toBe(400);
    expect(unknownKind.json().error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(["kind"]);
    const anonymous = await new TestClient(env.http.app).get(documentUrl(world.a.clinicId, world.ann.patientId));
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers["content-type"]).toContain("application/json");
  });
});
