/**
 * One sending round of the questionnaires this phone filled in: each by its own id, so a repeat is
 * harmless (POST /api/me/questionnaires is idempotent by id), with its patient's id, so another
 * patient's session is refused (`account_mismatch`). Which entries go and when, and what a failure
 * means, are the diary outbox's rules (`planSync`, `sendOutcome`); the store and the sender are
 * parameters, so the tests run it on memory and a fake server.
 */
import type { MyQuestionnaireBody, ScoredQuestionnaireView } from "#contracts/api/questionnaires.ts";
import { toApiError } from "#web/app/api-error.ts";
import { sendOutcome } from "#web/offline/send-outcome.ts";
import { planSync, type SyncConditions } from "#web/offline/sync-plan.ts";
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
export function questionnaireEntriesToPrune(entries: readonly QuestionnaireEntry[], now: Date, keepDays = 30): string[] {
  const cutoff = now.getTime() - keepDays * 86_400_000;
  return entries.filter((entry) => entry.state === "sent" && entry.sentAt !== null && Date.parse(entry.sentAt) < cutoff).map((entry) => entry.id);
}

/** Sends what the plan allows, oldest first; stops at the first failure that would repeat. Returns how many were sent. */
export async function syncQuestionnaires(patientId: string, deps: QuestionnaireSyncDeps, conditions: Omit<SyncConditions, "now">): Promise<number> {
  const { store, send, now, changed = () => undefined } = deps;
  const plan = planSync(await store.list(patientId), { ...conditions, now: now() });
  let sent = 0;
  if (plan.kind === "send") {
    for (const entry of plan.entries) {
      let result: ScoredQuestionnaireView;
      try {
        result = await send(questionnaireBody(entry));
      } catch (error) {
        const outcome = sendOutcome(toApiError(error), entry, now());
        const change = outcome.change.problem.kind === "other-account" ? { ...outcome.change, problem: { ...outcome.change.problem, message: OTHER_ACCOUNT } } : outcome.change;
        await store.recordFailure(entry.id, change);
        changed();
        if (outcome.stopSending) break;
        continue;
      }
      await store.recordSent(entry.id, result, now().toISOString());
      sent += 1;
      changed();
    }
  }
  const prune = questionnaireEntriesToPrune(await store.list(patientId), now());
  if (prune.length > 0) {
    await store.remove(prune);
    changed();
  }
  return sent;
}
