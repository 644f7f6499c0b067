/**
 * The patient's own questionnaires, from their app: what is due now (HIT-6 item by item only when
 * the clinic has pasted its licensed wording, else the paper form's total), their scored history,
 * and submitting one. A submission names the patient it was filled in for: when the session now
 * belongs to someone else, nothing is stored (`account_mismatch`, as the diary does).
 */
import type { MyQuestionnaireBody, MyQuestionnaires, ScoredQuestionnaireView } from "#contracts/api/questionnaires.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import { INSTRUMENTS } from "#domain/shared/record.ts";
import { AppError } from "../../app-error.ts";
import type { PatientIdentity } from "../../shared/access.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { questionnaireState, scoredView } from "./questionnaire-state.ts";
import { saveQuestionnaire } from "./save-questionnaire.ts";
import { findHit6Wording } from "./settings-repository.ts";
import { withdrawnQuestionnaires } from "./withdrawn-questionnaires.ts";

export const QUESTIONNAIRE_ACCOUNT_MISMATCH_MESSAGE = "This questionnaire was filled in for another account than the one signed in on this browser. Sign in again.";

export async function readMyQuestionnaires(deps: ServiceDeps, signedInAs: PatientIdentity): Promise<MyQuestionnaires> {
  const now = deps.clock();
  return readSnapshot(deps.db, async (tx) => {
    const patient = await loadPatientOrNotFound(tx, signedInAs.clinicId, signedInAs.patientId);
    const [state, wording] = await Promise.all([questionnaireState(tx, patient, now), findHit6Wording(tx, patient.clinic_id)]);
    const open = state.spans.filter((span) => span.doneOn === null);
    const due = INSTRUMENTS.flatMap((instrument) => {
      // One entry per instrument: the span closest to a visit says why (before a visit over a baseline).
      const spans = open.filter((span) => span.instrument === instrument);
      const span = spans.find((s) => s.reason === "before-visit") ?? spans[0];
      if (span === undefined) return [];
      return [{ instrument, reason: span.reason, visitDate: span.visitDate, form: instrument === "HIT-6" && wording === undefined ? ("total" as const) : ("items" as const) }];
    });
    return {
      patientId: patient.id,
      today: state.today,
      due,
      hit6Wording: wording === undefined ? null : { items: wording.items, options: wording.options },
      history: state.scored.map(scoredView).reverse(),
    };
  });
}

export async function submitMyQuestionnaire(deps: ServiceDeps, signedInAs: PatientIdentity, userId: string, body: MyQuestionnaireBody & { date: PlainDate }): Promise<ScoredQuestionnaireView> {
  if (body.patientId !== signedInAs.patientId) throw new AppError("account_mismatch", QUESTIONNAIRE_ACCOUNT_MISMATCH_MESSAGE);
  const input = { id: body.id, instrument: body.instrument, date: body.date, responses: body.responses ?? [], score: body.score ?? null, a: body.a ?? null, b: body.b ?? null };
  return saveQuestionnaire(deps, signedInAs, userId, input, async (tx, patient, now) => {
    const state = await questionnaireState(tx, patient, now);
    const saved = state.scored.find((record) => record.row.record_id === body.id);
    if (saved !== undefined) return scoredView(saved);
    // A resend (its answer lost) of one the clinic has since withdrawn: the same questionnaire,
    // scored alone as it counts nowhere; the phone's next copy of the history leaves it out.
    const withdrawn = (await withdrawnQuestionnaires(tx, patient)).find((q) => q.id === body.id);
    if (withdrawn === undefined) throw new Error("a saved questionnaire is not in the patient's list");
    return { id: withdrawn.id, instrument: withdrawn.instrument, date: withdrawn.date, score: withdrawn.score, grade: withdrawn.grade, change: null, meaningfulImprovement: null, totalOnly: withdrawn.totalOnly };
  });
}
