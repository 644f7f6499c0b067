/**
 * The session check as the injector works: the domain's `checkSessionRecord` (the one the server
 * runs when signing) over the draft and the context the server sent. Nothing here decides a rule.
 */
import type { SessionContext } from "#contracts/api/sessions.ts";
import { toSessionRecord, type SessionContentLike } from "#contracts/records/session-record-of.ts";
import { checkSessionRecord, type SessionRecordCheck, type SessionRecordContext } from "#domain/injections/session-record.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import { resolveSettings } from "#domain/shared/settings.ts";

/**
 * The domain's check context from the server's session context; `excludeSessionId` leaves out the
 * session being amended (it is not its own "previous session").
 * @example checkContextFrom(context, null).otherSessions.length // the patient's signed sessions
 */
export function checkContextFrom(context: SessionContext, excludeSessionId: string | null): SessionRecordContext {
  return {
    otherSessions: context.otherSessions
      .filter((session) => session.id !== excludeSessionId)
      .map((session) => ({ date: session.date as PlainDate, overrideReason: session.overrideReason, injections: session.injections })),
    otherToxinDoses: context.otherToxinDoses.map((dose) => ({ date: dose.date as PlainDate, units: dose.units, ...(dose.indication === null ? {} : { indication: dose.indication }) })),
    settings: resolveSettings(context.settings),
    operations: context.operations,
  };
}

/**
 * Checks a draft (or an amendment) against the context.
 * @example checkDraft({ date: "2026-12-03", injections: preemptFixedInjections() }, context, null).canSign // false: no vials yet
 */
export function checkDraft(content: SessionContentLike, context: SessionContext, excludeSessionId: string | null): SessionRecordCheck {
  return checkSessionRecord(toSessionRecord(content, context.today), checkContextFrom(context, excludeSessionId));
}
