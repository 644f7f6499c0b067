/**
 * Matrix entries of side effects (issue 8): the patient's own reports and check-ins, the clinic's
 * inbox and alerts, a patient's reports, a report by phone, actions and clearing a hold. Reports
 * made for the calls are green (nothing held), so the fixture's patient can still be signed for;
 * a hold to clear is a red report of a fresh patient, one per call.
 */
import { v7 as uuidv7 } from "uuid";
import { plainDate } from "#domain/shared/plain-date.ts";
import type { SymptomCode } from "#domain/shared/record.ts";
import { receiveSideEffectReport } from "../../features/side-effects/report-side-effect.ts";
import { freshPatient, type ClinicFixture } from "./clinic-fixture.ts";
import { patientParams, type MatrixEntries } from "./entry.ts";
import type { MatrixWorld } from "./matrix-world.ts";

/** A new report (revision 1) taken by phone for the patient, for a call that acts on it. */
async function freshReport(world: MatrixWorld, clinic: ClinicFixture, patientId: string, symptoms: SymptomCode[]): Promise<string> {
  const id = uuidv7();
  await receiveSideEffectReport(world.deps, { clinicId: clinic.clinicId, patientId }, { userId: clinic.adminId, source: "staff-phone" }, { id, onsetDate: plainDate("2026-07-18"), symptoms, note: null, recordedAt: null, checkIn: null });
  return id;
}

const mismatch = { why: "the report names Ann: another patient's session is told it was made for another account, and nothing is stored", outcomes: { "other-patient": { status: 409, code: "account_mismatch" as const } } };

export const sideEffectEntries: MatrixEntries = {
  reportMySideEffect: {
    call: ({ world, clinic }) => ({ body: { id: uuidv7(), patientId: clinic.patientId, onsetDate: "2026-07-19", symptoms: ["bruising"], note: "A small bruise at the forehead", recordedAt: world.deps.clock().toISOString(), checkIn: null } }),
    overrides: mismatch,
  },
  mySideEffects: { call: () => ({}) },
  answerMyCheckIn: {
    call: ({ world, clinic }) => ({ body: { id: uuidv7(), patientId: clinic.patientId, sessionId: clinic.sessionId, day: 28, answer: "no-problems", recordedAt: world.deps.clock().toISOString() } }),
    overrides: { ...mismatch, why: "the answer names Ann: another patient's session is told it was made for another account, and nothing is stored" },
  },
  sideEffectInbox: { call: ({ clinic }) => ({ params: { clinicId: clinic.clinicId }, query: { show: "all" } }) },
  sideEffectAlerts: { call: ({ clinic }) => ({ params: { clinicId: clinic.clinicId } }) },
  patientSideEffects: { call: ({ clinic }) => ({ params: patientParams(clinic) }) },
  recordPhoneSideEffect: { call: ({ clinic }) => ({ params: patientParams(clinic), body: { id: uuidv7(), onsetDate: "2026-07-18", symptoms: ["neck-pain"], note: "Rang the clinic: sore neck" } }) },
  sideEffectReport: { call: async ({ world, clinic }) => ({ params: patientParams(clinic, { reportId: await freshReport(world, clinic, clinic.patientId, ["bruising"]) }) }) },
  // Each call acts on its own report from revision 1: the calls are built before any is sent.
  recordSideEffectAction: {
    call: async ({ world, clinic }) => ({ params: patientParams(clinic, { reportId: await freshReport(world, clinic, clinic.patientId, ["injection-site-pain"]) }), body: { action: "called", note: "Called: settling with ice", fromRevision: 1 } }),
  },
  clearSideEffectHold: {
    call: async ({ world, clinic }) => {
      const patientId = await freshPatient(world.deps, clinic.clinicId, clinic.adminId);
      return { params: patientParams(clinic, { patientId, reportId: await freshReport(world, clinic, patientId, ["voice-change"]) }), body: { reason: "Seen in clinic: voice normal, not related", fromRevision: 1 } };
    },
  },
};
