/**
 * Saving a day of the self-check diary: checked against the same contract as a clinic diary day
 * (so it can later be added to a record as it is), then kept in this phone's own store. It reuses
 * the patient diary's save path with a store that writes here instead of the outbox.
 */
import type { DiaryAnswers } from "#domain/shared/record.ts";
import { saveOnPhone, type SaveResult } from "#web/offline/save-on-phone.ts";
import { v7 as uuidv7 } from "uuid";
import { keepPhoneDiaryDay } from "./phone-diary-db.ts";

/** Not a patient: the outbox's patient field is unused here. */
const NO_PATIENT = "self-check";

export function keepOnPhone(date: string, answers: DiaryAnswers, keep: typeof keepPhoneDiaryDay = keepPhoneDiaryDay): Promise<SaveResult> {
  const store = { add: (entry: { id: string; date: string; payload: { recordedAt: string } }) => keep({ date: entry.date, id: entry.id, recordedAt: entry.payload.recordedAt, answers }) };
  return saveOnPhone(store, NO_PATIENT, date, answers, { id: uuidv7(), recordedAt: new Date() });
}
