/**
 * Which check-in the Today screen asks about ("Any problems since your injections?", issue 8),
 * from the server's list (cached on the phone) and the answers saved on this phone but maybe
 * not sent yet. One question at most (design.md: one decision per screen): the newest check-in
 * that is due, unanswered, and still within its own days, from its day until the next check-in's
 * day (day 28: two weeks). A check-in missed for longer is not asked late; "Report a problem" is
 * always one tap away.
 */
import type { MySideEffects } from "#contracts/api/side-effects.ts";
import { addDays, plainDate } from "#domain/shared/plain-date.ts";
import { checkInKey, type CheckInDay } from "#domain/triage/check-ins.ts";
import type { SideEffectsEntry } from "#web/offline/side-effects-outbox-entry.ts";

export type ServerCheckIn = MySideEffects["checkIns"][number];

/** How many days each check-in is asked for: until the next one's day; the last one for two weeks. */
const ASKED_FOR_DAYS: Readonly<Record<CheckInDay, number>> = { 1: 6, 7: 7, 14: 14, 28: 14 };

/**
 * The last day a check-in is asked on.
 * @example lastDayAsked({ dueOn: "2026-07-08", day: 7 }) // "2026-07-14"
 */
export function lastDayAsked(checkIn: Pick<ServerCheckIn, "dueOn" | "day">): string {
  return addDays(plainDate(checkIn.dueOn), ASKED_FOR_DAYS[checkIn.day] - 1);
}

/**
 * The check-ins answered on this phone: a "no problems" tap, or a report naming the check-in,
 * sent or not yet.
 * @example answeredOnPhone([noProblems("s1", 7)]) // Set { "s1:7" }
 */
export function answeredOnPhone(entries: readonly SideEffectsEntry[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const entry of entries) {
    if (entry.kind === "check-in") keys.add(checkInKey(entry.payload.sessionId, entry.payload.day));
    else if (entry.payload.checkIn) keys.add(checkInKey(entry.payload.checkIn.sessionId, entry.payload.checkIn.day));
  }
  return keys;
}

/**
 * The check-in to ask about today, or null.
 * @example checkInToAsk([{ sessionId: "s1", sessionDate: "2026-07-01", day: 7, dueOn: "2026-07-08", answered: null }], new Set(), "2026-07-09")?.day // 7
 */
export function checkInToAsk(checkIns: readonly ServerCheckIn[], answered: ReadonlySet<string>, today: string): ServerCheckIn | null {
  const open = checkIns.filter(
    (checkIn) => checkIn.answered === null && !answered.has(checkInKey(checkIn.sessionId, checkIn.day)) && checkIn.dueOn <= today && today <= lastDayAsked(checkIn),
  );
  return open.reduce<ServerCheckIn | null>((newest, checkIn) => (newest === null || checkIn.dueOn > newest.dueOn ? checkIn : newest), null);
}

/**
 * The date of the injections to name to the emergency services: the latest session on or before
 * the onset (the one the report follows), from the check-ins the phone knows; null if none.
 * @example injectionDateBefore([{ sessionDate: "2026-07-01" }, { sessionDate: "2026-04-08" }], "2026-07-03") // "2026-07-01"
 */
export function injectionDateBefore(checkIns: readonly Pick<ServerCheckIn, "sessionDate">[], onsetDate: string): string | null {
  return checkIns.map((checkIn) => checkIn.sessionDate).reduce<string | null>((latest, date) => (date <= onsetDate && (latest === null || date > latest) ? date : latest), null);
}
