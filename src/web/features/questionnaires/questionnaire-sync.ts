/**
 * One sending round of the questionnaires this phone filled in: each by its own id, so a repeat is
 * harmless (POST /api/me/questionnaires is idempotent by id), with its patient's id, so another
 * patient's session is refused (`account_mismatch`). Which entries go and when, and what a failure
 * means, are the diary outbox's rules (`planSync`, `sendOutcome`); the store and the sender are
 * parameters, so the tests run it on memory and a fake server.
 */
import type { MyQuestionnaireBody, ScoredQuestionnaireView } from "#contracts/api/questionnaires.ts";
import { sendOutboxRound, sentLongAgo } from "#web/offline/outbox-round.ts";
import type { SyncConditions } from "#web/offline/sync-plan.ts";
import type { QuestionnaireEntry, QuestionnaireStore } from "./questionnaire-outbox.ts";

export interface QuestionnaireSyncDeps {
  readonly store: QuestionnaireStore;
  readonly send: (body: MyQuestionnaireBody) => Promise<ScoredQuestionnaireView>;
  readonly now: () => Date;
  /** Told after each change to the store. */
  readonly changed?: () => void;
}

/** The body of POST /api/me/questionnaires for an entry (the phone's own `recordedAt` stays on the phone). */
export function questionnaireBody(entry: QuestionnaireEntry): MyQuestionnaireBody {
  const { recordedAt: _kept, ...answers } = entry.payload;
  return { ...answers, id: entry.id, patientId: entry.patientId };
}

const OTHER_ACCOUNT = "This browser is now signed in as someone else. It is sent once the person who filled it in signs in again.";

/**
 * Entries the phone no longer needs: acknowledged more than `keepDays` ago (the server's history
 * has them). Never one unsent or refused: the person must see it.
 * @example questionnaireEntriesToPrune([sentLongAgo, pending], now).length // 1
 */
export const questionnaireEntriesToPrune: (entries: readonly QuestionnaireEntry[], now: Date, keepDays?: number) => string[] = sentLongAgo;

/** Sends what the plan allows, oldest first; stops at the first failure that would repeat. Returns how many were sent. */
export async function syncQuestionnaires(patientId: string, deps: QuestionnaireSyncDeps, conditions: Omit<SyncConditions, "now">): Promise<number> {
  const { store, send } = deps;
  const report = await sendOutboxRound<QuestionnaireEntry, ScoredQuestionnaireView>(
    patientId,
    {
      list: (id) => store.list(id),
      send: (entry) => send(questionnaireBody(entry)),
      recordSent: (entry, result, sentAt) => store.recordSent(entry.id, result, sentAt),
      recordFailure: (entryId, change) => store.recordFailure(entryId, change),
      remove: (entryIds) => store.remove(entryIds),
      toPrune: (entries, now) => questionnaireEntriesToPrune(entries, now),
      now: deps.now,
      changed: deps.changed,
      otherAccountMessage: OTHER_ACCOUNT,
    },
    conditions,
  );
  return report.sent;
}
