/**
 * Matrix entries of the response review (issue 8): the review itself, and the review a treatment
 * decision was made on. Each basis call names a decision made for it, fresh, on the clinic's patient.
 */
import { plainDate } from "#domain/shared/plain-date.ts";
import { addDecision } from "../../features/care/decisions.ts";
import type { ClinicFixture } from "./clinic-fixture.ts";
import { patientParams, type MatrixEntries } from "./entry.ts";
import type { MatrixWorld } from "./matrix-world.ts";

/** A new decision of the fixture's patient, recorded by its administrator with the day's review. */
async function freshDecision(world: MatrixWorld, clinic: ClinicFixture): Promise<string> {
  const target = { clinicId: clinic.clinicId, patientId: clinic.patientId };
  const care = await addDecision(world.deps, target, clinic.adminId, { decision: "continue", date: plainDate("2026-07-20"), reason: "Fewer headache days since the first session", reassessOn: null, switchTo: null });
  return care.decisions[0]?.id ?? "";
}

export const reviewEntries: MatrixEntries = {
  responseReview: { call: ({ clinic }) => ({ params: patientParams(clinic), query: { asOf: "2026-07-20", policy: "ehf-2018" } }) },
  treatmentDecisionBasis: { call: async ({ world, clinic }) => ({ params: patientParams(clinic, { decisionId: await freshDecision(world, clinic) }) }) },
};
