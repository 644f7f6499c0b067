/**
 * Matrix entries of a patient's clinical data: the diary as staff keep it, the assessment, the
 * clinical history and preventive trials, and the whole record in and out.
 */
import { v7 as uuidv7 } from "uuid";
import { plainDate } from "#domain/shared/plain-date.ts";
import { addPreventiveTrial } from "../../features/clinical-history/preventive-trials.ts";
import { freshPatient, type ClinicFixture } from "./clinic-fixture.ts";
import { patientParams, type MatrixEntries } from "./entry.ts";
import type { MatrixWorld } from "./matrix-world.ts";

/** A new trial of the fixture's patient (revision 1), for a call that amends or withdraws it. */
async function freshTrial(world: MatrixWorld, clinic: ClinicFixture): Promise<string> {
  const name = `Amitriptyline ${world.next()}`;
  const view = await addPreventiveTrial(world.deps, { clinicId: clinic.clinicId, patientId: clinic.patientId }, clinic.adminId, { name, class: "antidepressant", start: plainDate("2024-02-01"), end: plainDate("2024-05-01"), outcome: "not-tolerated" });
  return view.preventives.find((trial) => trial.name === name)?.id ?? "";
}

/** A small patient record of the `cephalog.patient-record/1` format, as `cephalog assess` reads it. */
export const sentRecord = () => ({
  patient: { id: "sender-42", birthDate: "1980-05-10" },
  history: { botulinumHypersensitivity: false, injectionSiteInfection: false },
  diary: [
    { date: "2026-06-01", headache: true, hours: 6, severity: 2, features: { nausea: true }, medications: [{ name: "Ibuprofen", class: "nsaid", relief: true }] },
    { date: "2026-06-02", headache: false },
  ],
});

const trial = { name: "Topiramate", class: "antiepileptic", start: "2025-01-06", end: "2025-05-31", outcome: "ineffective" };

export const clinicalEntries: MatrixEntries = {
  staffSaveDiaryDay: { call: ({ world, clinic }) => ({ params: patientParams(clinic), body: { id: uuidv7(), date: "2026-07-18", recordedAt: world.deps.clock().toISOString(), headache: false } }) },
  importDiary: { call: ({ clinic }) => ({ params: patientParams(clinic), body: { days: [{ date: "2026-07-17", headache: true, hours: 4, severity: 2, medications: [{ name: "Naproxen", class: "nsaid" }] }] } }) },
  patientAssessment: { call: ({ clinic }) => ({ params: patientParams(clinic), query: { asOf: "2026-07-20", policy: "us-label" } }) },
  assessRecord: { call: () => ({ query: { asOf: "2026-07-01" }, body: sentRecord() }) },
  clinicalHistory: { call: ({ clinic }) => ({ params: patientParams(clinic) }) },
  reviseClinicalHistory: {
    // Each call records the history of a new patient (from none, 0): the calls are built before any is sent.
    call: async ({ world, clinic }) => ({
      params: patientParams(clinic, { patientId: await freshPatient(world.deps, clinic.clinicId, clinic.adminId) }),
      body: { chronicMigraineSince: "2025-01-01", botulinumHypersensitivity: false, injectionSiteInfection: false, overuseManaged: null, noPreventivesTried: false, fromRevision: 0 },
    }),
  },
  addPreventiveTrial: { call: ({ clinic }) => ({ params: patientParams(clinic), body: { name: "Propranolol", class: "beta-blocker", start: "2025-05-01", end: "2025-08-01", outcome: "not-tolerated" } }) },
  // Each call amends or withdraws its own trial from revision 1: the calls are built before any is sent.
  amendPreventiveTrial: { call: async ({ world, clinic }) => ({ params: patientParams(clinic, { trialId: await freshTrial(world, clinic) }), body: { ...trial, fromRevision: 1 } }) },
  withdrawPreventiveTrial: { call: async ({ world, clinic }) => ({ params: patientParams(clinic, { trialId: await freshTrial(world, clinic) }), query: { fromRevision: "1" } }) },
  exportPatientRecord: { call: ({ clinic }) => ({ params: patientParams(clinic) }) },
  importPatientRecord: {
    call: ({ clinic }) => ({ params: patientParams(clinic), query: { dryRun: "false" }, body: { patient: { id: "sent-id" }, diary: [{ date: "2026-07-16", headache: false }] } }),
  },
};
