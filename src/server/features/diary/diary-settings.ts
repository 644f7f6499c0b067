/**
 * The clinic's diary setting (issue 9): how many days back its patients may fill in a missed
 * day (`diaryLateEntryDays`, an operational setting, default 7). Changes write an audit row.
 */
import type { DiarySettings } from "#contracts/api/diary.ts";
import { AppError } from "../../app-error.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { clinicOperations } from "../clinic-settings/clinic-settings.ts";
import { setOperation } from "../questionnaires/settings-repository.ts";

export async function diarySettings(deps: ServiceDeps, clinicId: string): Promise<DiarySettings> {
  const operations = await clinicOperations(deps.db, clinicId);
  return { diaryLateEntryDays: operations.diaryLateEntryDays };
}

export async function updateDiarySettings(deps: ServiceDeps, clinicId: string, actorUserId: string, input: DiarySettings): Promise<DiarySettings> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    if (!(await setOperation(tx, clinicId, "diaryLateEntryDays", input.diaryLateEntryDays))) throw new AppError("not_found", "No such clinic.");
    await audit(tx, now, { clinicId, actorUserId, action: "clinic.diary_settings_updated", entity: "clinic", entityId: clinicId });
    const operations = await clinicOperations(tx, clinicId);
    return { diaryLateEntryDays: operations.diaryLateEntryDays };
  });
}
