/**
 * The file name a patient's downloaded document is saved under (the summary PDF the server names,
 * the record JSON the web app saves). It names the document, the patient by the clinic's record
 * number (or, without one, the app's patient id) and the date; never the patient's name, which a
 * downloads folder, a mail attachment or a shared printer queue would show to anyone passing by.
 */

/** Characters kept from a record number: what every file system and the header accept as they are. */
const UNSAFE = /[^A-Za-z0-9_-]+/g;

/**
 * `cephalog-<what>-<record number or patient-<id>>-<date>.<extension>`.
 * @example documentFileName("summary", { recordNumber: "MRN 00/42", patientId: "0193-ab", asOf: "2026-07-20" }) // "cephalog-summary-MRN-00-42-2026-07-20.pdf"
 * @example documentFileName("record", { recordNumber: null, patientId: "0193-ab", asOf: "2026-07-20" }, "json") // "cephalog-record-patient-0193-ab-2026-07-20.json"
 */
export function documentFileName(what: string, patient: { readonly recordNumber: string | null; readonly patientId: string; readonly asOf: string }, extension = "pdf"): string {
  const fromRecordNumber = (patient.recordNumber ?? "").replace(UNSAFE, "-").replace(/^-+|-+$/g, "").slice(0, 40);
  const who = fromRecordNumber !== "" ? fromRecordNumber : `patient-${patient.patientId.replace(UNSAFE, "-")}`;
  return `cephalog-${what}-${who}-${patient.asOf}.${extension}`;
}
