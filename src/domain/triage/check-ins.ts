/**
 * The check-ins after a session (issue 8): on days 1, 7, 14 and 28 after each injection the app
 * asks "Any problems since your injections?". The patient is shown the check-ins whose day has
 * come: the last session's (at most four), and any left unanswered of the session before, so a
 * missed question is still asked once the next session has been given. Older ones are dropped.
 */
import { addDays, type PlainDate } from "../shared/plain-date.ts";

/** The days after a session on which the app asks about side effects. */
export const CHECK_IN_DAYS = [1, 7, 14, 28] as const;
export type CheckInDay = (typeof CHECK_IN_DAYS)[number];

/** How a check-in was answered: one tap for "no problems", or a side-effect report naming it. */
export type CheckInAnswer = "no-problems" | "reported";

export interface CheckInSession {
  readonly id: string;
  readonly date: PlainDate;
}

export interface DueCheckIn {
  readonly sessionId: string;
  readonly sessionDate: PlainDate;
  readonly day: CheckInDay;
  readonly dueOn: PlainDate;
  readonly answered: CheckInAnswer | null;
}

/**
 * The key of one check-in in the answers' map.
 * @example checkInKey("s1", 7) // "s1:7"
 */
export function checkInKey(sessionId: string, day: CheckInDay): string {
  return `${sessionId}:${day}`;
}

/**
 * Whether a number is one of the check-in days.
 * @example isCheckInDay(7) // true
 * @example isCheckInDay(3) // false
 */
export function isCheckInDay(value: unknown): value is CheckInDay {
  return (CHECK_IN_DAYS as readonly unknown[]).includes(value);
}

/**
 * The check-ins due by `today`, newest first: every one of the last session (on or before today)
 * whose day has come, and the unanswered ones of the session before it. `answers` holds each
 * answered check-in by `checkInKey`; a report beats a "no problems" tap for the same check-in.
 * @example dueCheckIns([{ id: "s1", date: plainDate("2026-07-01") }], new Map(), plainDate("2026-07-08")).map((c) => c.day) // [7, 1]
 */
export function dueCheckIns(sessions: readonly CheckInSession[], answers: ReadonlyMap<string, CheckInAnswer>, today: PlainDate): DueCheckIn[] {
  const given = sessions.filter((session) => session.date <= today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const last = given.at(-1);
  const before = given.at(-2);
  const due = (session: CheckInSession): DueCheckIn[] =>
    CHECK_IN_DAYS.map((day) => ({ sessionId: session.id, sessionDate: session.date, day, dueOn: addDays(session.date, day), answered: answers.get(checkInKey(session.id, day)) ?? null })).filter(
      (checkIn) => checkIn.dueOn <= today,
    );
  const checkIns = [...(last === undefined ? [] : due(last)), ...(before === undefined ? [] : due(before).filter((checkIn) => checkIn.answered === null))];
  return checkIns.sort((a, b) => (a.dueOn === b.dueOn ? (a.sessionDate < b.sessionDate ? 1 : -1) : a.dueOn < b.dueOn ? 1 : -1));
}
