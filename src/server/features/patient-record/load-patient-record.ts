/**
 * The whole patient record (assess-contract.md, `cephalog.patient-record/1`) assembled from every
 * stored record type (ADR 0013): the diary's current view, the clinical history and preventive
 * trials, and the kit's signed injection sessions, other toxin doses, questionnaires and
 * side-effect reports. The stored patient's assessment, the record export and the pathway state
 * all read it, so they see the same patient. Call it inside one transaction (a snapshot).
 */
import type { RecordContent } from "#contracts/records/kind-contents.ts";
import type { RecordKind } from "#contracts/records/record-kinds.ts";
import { plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { Instrument, OtherToxinDose, PatientRecord, QuestionnaireAnswers, SideEffectReport, TreatmentSession } from "#domain/shared/record.ts";
import type { PatientRow } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";
import { currentRecords, type RevisionWithAuthor } from "../../shared/records/repository.ts";
import { clinicalFacts } from "../clinical-history/clinical-history.ts";
import { toDiaryDay } from "../diary/diary-view.ts";
import { currentDays } from "../diary/repository.ts";

/** The kinds the patient record carries (appointments, authorizations and decisions are the clinic's, not the record format's). */
const RECORD_FORMAT_KINDS = ["injection-session", "other-toxin-dose", "questionnaire", "side-effect-report"] as const satisfies readonly RecordKind[];

const contentOf = <K extends RecordKind>(row: RevisionWithAuthor, _kind: K) => row.content as RecordContent<K>;

/**
 * The lot and expiry of a session whose vials all came from one lot (issue 10 §4; docs/fhir.md:
 * FHIR's Medication.batch holds one lot). With vials from several lots none is given, since
 * naming one would say every injection came from it; an imported session has no vials, so none.
 */
function singleLot(vials: RecordContent<"injection-session">["vials"]): Pick<TreatmentSession, "lot" | "expiry"> {
  const used = vials.filter((vial) => vial.vials > 0);
  const lots = new Set(used.map((vial) => vial.lotNumber));
  const [first] = used;
  return lots.size === 1 && first !== undefined ? { lot: first.lotNumber, expiry: plainDate(first.expiry) } : {};
}

export function toTreatment(row: RevisionWithAuthor): TreatmentSession {
  const content = contentOf(row, "injection-session");
  return { date: plainDate(content.date), overrideReason: content.overrideReason, injections: content.injections, ...singleLot(content.vials) };
}

function toOtherDose(row: RevisionWithAuthor): OtherToxinDose {
  const content = contentOf(row, "other-toxin-dose");
  return { date: plainDate(content.date), units: content.units, ...(content.indication === null ? {} : { indication: content.indication }) };
}

function toQuestionnaire(row: RevisionWithAuthor): QuestionnaireAnswers {
  const content = contentOf(row, "questionnaire");
  return {
    instrument: content.instrument as Instrument,
    date: plainDate(content.date),
    responses: content.responses,
    // A HIT-6 entered as its paper form's total (no answers); absent on older records.
    ...(content.score === null || content.score === undefined ? {} : { score: content.score }),
    ...(content.a === null ? {} : { a: content.a }),
    ...(content.b === null ? {} : { b: content.b }),
  };
}

function toSideEffect(row: RevisionWithAuthor): SideEffectReport {
  const content = contentOf(row, "side-effect-report");
  return { date: plainDate(content.date), symptoms: content.symptoms };
}

export interface RecordRange {
  /** The first diary date read (default: the earliest). */
  readonly diaryFrom?: PlainDate | undefined;
  /** The last diary date read (default: the latest). */
  readonly diaryTo?: PlainDate | undefined;
}

/**
 * The stored patient as a patient record: `patient.id` the app's id, with birth date and sex;
 * the current diary over the range; history and preventives (absent when not recorded, [] when
 * none were tried, ADR 0011); the signed sessions and the other kinds' current, standing records.
 * @example await loadPatientRecord(tx, patient, {}) // { patient: { id, birthDate, sex }, diary: [...], treatments: [...], ... }
 */
export async function loadPatientRecord(db: Executor, patient: PatientRow, range: RecordRange = {}): Promise<PatientRecord> {
  const target = { clinicId: patient.clinic_id, patientId: patient.id };
  const days = await currentDays(db, target.clinicId, target.patientId, { from: range.diaryFrom ?? "0001-01-01", to: range.diaryTo ?? "9999-12-31" });
  const clinical = await clinicalFacts(db, target);
  const rows = await currentRecords(db, { ...target, kinds: RECORD_FORMAT_KINDS });
  const ofKind = (kind: RecordKind) => rows.filter((row) => row.kind === kind);
  return {
    patient: { id: patient.id, birthDate: plainDate(patient.birth_date), ...(patient.sex === null ? {} : { sex: patient.sex }) },
    ...clinical,
    // Oldest first, as an export reads best (the repository answers newest first).
    diary: days.map(toDiaryDay).reverse(),
    treatments: ofKind("injection-session").map(toTreatment),
    otherToxinDoses: ofKind("other-toxin-dose").map(toOtherDose),
    questionnaires: ofKind("questionnaire").map(toQuestionnaire),
    sideEffectReports: ofKind("side-effect-report").map(toSideEffect),
  };
}
