/**
 * A patient's questionnaires as both sides see them: each scored by the domain with its grade and
 * change (pathway-rules §9), and the spans in which HIT-6 and MIDAS are due today
 * (`questionnaireSpans`), from the patient's sessions, booked visits, eligibility and the clinic's
 * `questionnaireDueDays`. Read inside the caller's transaction or snapshot.
 */
import type { RecordContent } from "#contracts/records/kind-contents.ts";
import { questionnaireSpans, type QuestionnaireSpan } from "#domain/questionnaires/questionnaire-due.ts";
import { scoreQuestionnaires, type ScoredQuestionnaire } from "#domain/questionnaires/score-questionnaires.ts";
import { plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { QuestionnaireAnswers } from "#domain/shared/record.ts";
import type { PatientRow } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";
import { currentRecords, type RevisionWithAuthor } from "../../shared/records/repository.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { clinicOperations } from "../clinic-settings/clinic-settings.ts";
import { computePathway } from "../worklist/pathway-projection.ts";

export type QuestionnaireContent = RecordContent<"questionnaire">;

/** A stored questionnaire with its score, grade and change. */
export interface ScoredRecord {
  readonly row: RevisionWithAuthor;
  readonly content: QuestionnaireContent;
  readonly scored: ScoredQuestionnaire;
}

export interface QuestionnaireState {
  readonly today: PlainDate;
  readonly dueDays: number;
  readonly spans: readonly QuestionnaireSpan[];
  /** Oldest first (by date, then as recorded). */
  readonly scored: readonly ScoredRecord[];
}

/** The domain's answers of a stored questionnaire (a HIT-6 total keeps its score). */
export function answersOf(content: QuestionnaireContent): QuestionnaireAnswers {
  return {
    instrument: content.instrument,
    date: plainDate(content.date),
    responses: content.responses,
    ...(content.score === null || content.score === undefined ? {} : { score: content.score }),
    ...(content.a === null ? {} : { a: content.a }),
    ...(content.b === null ? {} : { b: content.b }),
  };
}

/**
 * Scores the stored questionnaires. `currentRecords` answers by date then record id, and the
 * domain keeps the input order among equal dates, so the i-th score is the i-th record's.
 */
export function scoreRecords(rows: readonly RevisionWithAuthor[]): ScoredRecord[] {
  const contents = rows.map((row) => row.content as QuestionnaireContent);
  const scored = scoreQuestionnaires(contents.map(answersOf));
  return rows.map((row, index) => {
    const score = scored[index];
    if (score === undefined || score.date !== contents[index]?.date) throw new Error("questionnaires scored out of their stored order");
    return { row, content: contents[index] as QuestionnaireContent, scored: score };
  });
}

/** Whether the patient is eligible: their pathway row's, or computed when the row is not there yet. */
async function isEligible(tx: Executor, patient: PatientRow, now: Date): Promise<boolean> {
  const row = await tx.selectFrom("patient_pathway").select("eligibility").where("clinic_id", "=", patient.clinic_id).where("patient_id", "=", patient.id).executeTakeFirst();
  const eligibility = row?.eligibility ?? (await computePathway(tx, patient, now)).eligibility;
  return eligibility === "eligible";
}

/** The patient's scored questionnaires and what is due today. */
export async function questionnaireState(tx: Executor, patient: PatientRow, now: Date): Promise<QuestionnaireState> {
  const target = { clinicId: patient.clinic_id, patientId: patient.id };
  const today = localDateAt(now, patient.time_zone);
  const [rows, operations, eligible] = await Promise.all([
    currentRecords(tx, { ...target, kinds: ["questionnaire", "injection-session", "appointment"] }),
    clinicOperations(tx, patient.clinic_id),
    isEligible(tx, patient, now),
  ]);
  const scored = scoreRecords(rows.filter((row) => row.kind === "questionnaire"));
  const firstSession = rows.find((row) => row.kind === "injection-session");
  // A visit counts until it is over, as the patient's own list of visits shows it.
  const visitDates = rows
    .filter((row) => row.kind === "appointment")
    .map((row) => row.content as RecordContent<"appointment">)
    .filter((visit) => Date.parse(visit.startsAt) + visit.minutes * 60_000 > now.getTime())
    .map((visit) => plainDate(visit.localDate));
  const spans = questionnaireSpans({
    today,
    firstSessionDate: firstSession === undefined ? null : plainDate(firstSession.effective_date),
    eligible,
    visitDates,
    recorded: scored.map((s) => ({ instrument: s.scored.instrument, date: s.scored.date })),
    dueDays: operations.questionnaireDueDays,
  });
  return { today, dueDays: operations.questionnaireDueDays, spans, scored };
}

/** The view of one scored questionnaire both sides share. */
export function scoredView(record: ScoredRecord) {
  const { scored, content, row } = record;
  return {
    id: row.record_id,
    instrument: scored.instrument,
    date: scored.date,
    score: scored.score,
    grade: scored.grade,
    change: scored.change,
    meaningfulImprovement: scored.meaningfulImprovement,
    totalOnly: content.responses.length === 0,
  };
}
