/**
 * A clinic's questionnaire settings: how many days before a visit HIT-6 and MIDAS are due (an
 * operational setting, default 7), and the licensed HIT-6 wording an administrator pastes when the
 * clinic holds a licence (clinical-facts §8). Changes write an audit row (ids and verbs only).
 */
import type { QuestionnaireSettings, UpdateQuestionnaireSettingsBody } from "#contracts/api/questionnaires.ts";
import { AppError } from "../../app-error.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { clinicOperations } from "../clinic-settings/clinic-settings.ts";
import { findHit6Wording, removeHit6Wording, saveHit6Wording, setOperation } from "./settings-repository.ts";

async function settingsOf(db: Executor, clinicId: string): Promise<QuestionnaireSettings> {
  const [operations, wording] = await Promise.all([clinicOperations(db, clinicId), findHit6Wording(db, clinicId)]);
  return { questionnaireDueDays: operations.questionnaireDueDays, hit6: wording ?? null };
}

export function questionnaireSettings(deps: ServiceDeps, clinicId: string): Promise<QuestionnaireSettings> {
  return settingsOf(deps.db, clinicId);
}

export async function updateQuestionnaireSettings(deps: ServiceDeps, clinicId: string, actorUserId: string, input: UpdateQuestionnaireSettingsBody): Promise<QuestionnaireSettings> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    if (!(await setOperation(tx, clinicId, "questionnaireDueDays", input.questionnaireDueDays))) throw new AppError("not_found", "No such clinic.");
    if (input.hit6 === null) await removeHit6Wording(tx, clinicId);
    else await saveHit6Wording(tx, clinicId, input.hit6, actorUserId, now);
    await audit(tx, now, { clinicId, actorUserId, action: "clinic.questionnaire_settings_updated", entity: "clinic", entityId: clinicId });
    return settingsOf(tx, clinicId);
  });
}
