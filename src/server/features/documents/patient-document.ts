/**
 * A stored patient's document (issue 10 §1 on the patient page): the record and the clinic's
 * policy read as one snapshot, exactly as the stored assessment reads them (assessStoredPatient:
 * the patient's today in their time zone, ADR 0006; the diary of the last 1000 windows; the
 * default counting settings), so the PDF's figures are the assessment card's. Made at once: two
 * years of record take well under a second (docs/reports.md gives the measured figure). An
 * authorization packet reads its diary's provenance in the same snapshot and is refused with its
 * gaps unless a draft is asked for (document-builders.ts).
 */
import { documentFileName } from "#contracts/api/document-file-name.ts";
import type { DocumentKind } from "#contracts/api/documents.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { storedLookBackStart } from "../assessment/assessment.ts";
import { clinicPolicy } from "../clinic-settings/clinic-settings.ts";
import { loadPatientRecord } from "../patient-record/load-patient-record.ts";
import { DOCUMENT_BUILDERS, type DocumentInput } from "./document-builders.ts";

export interface PatientDocument {
  readonly pdf: Uint8Array;
  /** What the browser saves it as (no personal name; contracts/api/document-file-name.ts). */
  readonly fileName: string;
}

export async function patientDocument(deps: ServiceDeps, target: { clinicId: string; patientId: string }, kind: DocumentKind, draft = false): Promise<PatientDocument> {
  const builder = DOCUMENT_BUILDERS[kind];
  const { input, facts, asOf, recordNumber } = await readSnapshot(deps.db, async (tx) => {
    const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    const policy = await clinicPolicy(tx, target.clinicId);
    const asOf = localDateAt(deps.clock(), patient.time_zone);
    const record = await loadPatientRecord(tx, patient, { diaryFrom: storedLookBackStart(asOf), diaryTo: asOf });
    // The document names the patient as the clinic files them: by record number when there is one
    // (the record format's id is the app's, which no one at the clinic reads).
    const named = patient.record_number === null ? record : { ...record, patient: { ...record.patient, id: patient.record_number } };
    const input: DocumentInput = { record: named, options: { asOf, policy, settings: DEFAULT_SETTINGS }, draft };
    // What a record file cannot hold (a packet's provenance) is read in the same snapshot.
    const facts = builder.gather === undefined ? {} : await builder.gather(tx, target, input);
    return { input, facts, asOf, recordNumber: patient.record_number };
  });
  const pdf = await builder.render(input, facts);
  return { pdf, fileName: documentFileName(kind, { recordNumber, patientId: target.patientId, asOf }) };
}
