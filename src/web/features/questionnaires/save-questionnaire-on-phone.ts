/**
 * Saving a filled-in questionnaire on this phone, the first step (like a diary day, ADR 0006):
 * checked against the same contract as the server's (pathway-rules §9's ranges, each field
 * named), then written to the outbox. A storage failure is returned in words, never swallowed.
 */
import { myQuestionnaireBodySchema } from "#contracts/api/questionnaires.ts";
import type { Instrument } from "#domain/shared/record.ts";
import type { ApiError } from "#web/app/api-error.ts";
import { validate } from "#web/app/validate.ts";
import { storageFailureReason } from "#web/offline/save-on-phone.ts";
import type { QuestionnaireEntry, QuestionnaireStore } from "./questionnaire-outbox.ts";

/** What the form collected. */
export interface QuestionnaireDraft {
  readonly instrument: Instrument;
  readonly responses: readonly number[];
  readonly score?: number | null | undefined;
  readonly a?: number | null | undefined;
  readonly b?: number | null | undefined;
}

export type SavedQuestionnaire =
  | { readonly ok: true; readonly entry: QuestionnaireEntry }
  | { readonly ok: false; readonly kind: "invalid"; readonly error: ApiError }
  | { readonly ok: false; readonly kind: "not-stored"; readonly reason: string };

/** Checks and stores one questionnaire, dated `date` (the patient's today), with the id and time made by the caller. */
export async function saveQuestionnaireOnPhone(
  store: Pick<QuestionnaireStore, "add">,
  patientId: string,
  date: string,
  draft: QuestionnaireDraft,
  made: { readonly id: string; readonly at: Date },
): Promise<SavedQuestionnaire> {
  const checked = validate(myQuestionnaireBodySchema, { id: made.id, patientId, date, instrument: draft.instrument, responses: [...draft.responses], score: draft.score ?? null, a: draft.a ?? null, b: draft.b ?? null });
  if (!checked.ok) return { ok: false, kind: "invalid", error: checked.error };
  const { id, patientId: _owner, ...answers } = checked.value;
  const entry: QuestionnaireEntry = { id, patientId, payload: { ...answers, recordedAt: made.at.toISOString() }, state: "pending", attempts: 0, problem: null, sentAt: null, failures: 0, retryAt: null, result: null };
  try {
    await store.add(entry);
  } catch (error) {
    return { ok: false, kind: "not-stored", reason: storageFailureReason(error) };
  }
  return { ok: true, entry };
}
