/**
 * The record export: the stored patient's current view as `cephalog.patient-record/1`, exactly
 * the record the stored assessment reads (loadPatientRecord), with the clinic's policy, so
 * `cephalog assess` on it gives the app's assessment.
 */
import type { ExportedRecord } from "#contracts/api/patient-record.ts";
import { PATIENT_RECORD_SCHEMA_ID } from "#contracts/patient-record.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { clinicPolicy } from "../clinic-settings/clinic-settings.ts";
import { loadPatientRecord } from "./load-patient-record.ts";

/** A JSON copy without undefined values (absent fields stay absent, as the format reads them). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export async function exportPatientRecord(deps: ServiceDeps, target: { clinicId: string; patientId: string }): Promise<ExportedRecord> {
  return readSnapshot(deps.db, async (tx) => {
    const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    const [record, policy] = await Promise.all([loadPatientRecord(tx, patient), clinicPolicy(tx, target.clinicId)]);
    return plain({
      schema: PATIENT_RECORD_SCHEMA_ID,
      policy,
      patient: record.patient as ExportedRecord["patient"],
      ...(record.history === undefined ? {} : { history: record.history }),
      diary: record.diary,
      ...(record.preventives === undefined ? {} : { preventives: record.preventives }),
      // lot and expiry only when the session's vials came from one lot (load-patient-record.ts).
      treatments: record.treatments.map((session) => ({ date: session.date, overrideReason: session.overrideReason ?? null, injections: session.injections, lot: session.lot, expiry: session.expiry })),
      otherToxinDoses: record.otherToxinDoses,
      questionnaires: record.questionnaires,
      sideEffectReports: record.sideEffectReports,
    }) as unknown as ExportedRecord;
  });
}
