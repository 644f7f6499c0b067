/**
 * A patient's questionnaires for the clinic: every one scored with grade and change, the answers
 * it came from and who entered it (the patient's app, a paper form entered by staff, an import),
 * which are due; and entering a paper form (HIT-6 answer by answer or its total; MIDAS with A and B).
 */
import type { PaperQuestionnaireBody, PatientQuestionnaires } from "#contracts/api/questionnaires.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { PatientRow } from "../../db/schema.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { questionnaireState, scoredView, type ScoredRecord } from "./questionnaire-state.ts";
import { saveQuestionnaire } from "./save-questionnaire.ts";
import { withdrawnQuestionnaires } from "./withdrawn-questionnaires.ts";
import { findHit6Wording } from "./settings-repository.ts";

type Target = { readonly clinicId: string; readonly patientId: string };

function enteredBy(record: ScoredRecord, patient: PatientRow): "patient" | "staff" | "import" {
  if (record.row.source === "import") return "import";
  return patient.user_id !== null && record.row.recorded_by === patient.user_id ? "patient" : "staff";
}

/** The patient's list as staff see it: the counted ones scored, the withdrawn ones apart, what is due. */
export async function listView(tx: Executor, patient: PatientRow, now: Date): Promise<PatientQuestionnaires> {
  const [state, wording, withdrawn] = await Promise.all([questionnaireState(tx, patient, now), findHit6Wording(tx, patient.clinic_id), withdrawnQuestionnaires(tx, patient)]);
  return {
    today: state.today,
    dueDays: state.dueDays,
    spans: [...state.spans],
    questionnaires: state.scored
      .map((record) => ({
        ...scoredView(record),
        responses: record.content.responses,
        a: record.content.a,
        b: record.content.b,
        enteredBy: enteredBy(record, patient),
        recordedAt: record.row.recorded_at,
        recordedBy: { userId: record.row.recorded_by, name: record.row.recorded_by_name },
        revision: record.row.revision,
      }))
      .reverse(),
    withdrawn,
    hit6Licensed: wording !== undefined,
  };
}

export async function readPatientQuestionnaires(deps: ServiceDeps, target: Target): Promise<PatientQuestionnaires> {
  const now = deps.clock();
  return readSnapshot(deps.db, async (tx) => listView(tx, await loadPatientOrNotFound(tx, target.clinicId, target.patientId), now));
}

export async function enterPaperQuestionnaire(deps: ServiceDeps, target: Target, actorUserId: string, body: PaperQuestionnaireBody & { date: PlainDate }): Promise<PatientQuestionnaires> {
  const input = { id: body.id, instrument: body.instrument, date: body.date, responses: body.responses ?? [], score: body.score ?? null, a: body.a ?? null, b: body.b ?? null };
  return saveQuestionnaire(deps, target, actorUserId, input, listView);
}
