/**
 * Scheduling in words, for staff and for the patient: the next visit as a sentence, where a date
 * falls against the treatment window (the domain's bookingWindow), a visit's history line by
 * line, working hours as text, and the date a booking starts from.
 */
import type { PatientVisits, VisitView } from "#contracts/api/scheduling.ts";
import type { BookingTiming } from "#domain/scheduling/booking-window.ts";
import type { TimeRange } from "#domain/scheduling/slots.ts";
import { addDays, maxDate, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { TFunction } from "i18next";
import type { Language } from "#web/i18n/languages.ts";
import { formatDateLong } from "#web/i18n/locale-format.ts";
import { formatLongDate, formatPlainDate } from "#web/ui/format.ts";

/** Each timing in words, and whether it needs a reason (pathway-rules §7). */
export const TIMING_WORDS: { readonly [T in BookingTiming]: string } = {
  "first-session": "First session: no treatment window yet",
  early: "Before the earliest date: a reason is needed",
  "in-window": "Inside the treatment window",
  late: "After the late date: a reason is needed",
};

/** ISO weekdays 1-7 by name. */
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/**
 * The patient's next visit in plain words, in the reader's language.
 * @example nextVisitSentence({ localDate: "2026-12-08", localTime: "10:30", injectorName: "Nurse Kim", clinicName: "Leeds Headache Clinic" }, fixedT("en", "shell"), "en")
 * // "Your next visit: Tuesday 8 December at 10:30 with Nurse Kim at Leeds Headache Clinic"
 */
export function nextVisitSentence(visit: { readonly localDate: string; readonly localTime: string; readonly injectorName: string; readonly clinicName: string }, t: TFunction<"shell">, language: Language): string {
  const withWhom = visit.injectorName === "" ? "" : t("nextVisit.withWhom", { name: visit.injectorName });
  const where = visit.clinicName === "" ? "" : t("nextVisit.where", { clinic: visit.clinicName });
  return `${t("nextVisit.sentence", { date: formatDateLong(visit.localDate, language), time: visit.localTime })}${withWhom}${where}`;
}

/**
 * When the patient's zone is not the clinic's, the visit's time where the patient is (the visit's
 * own time is the clinic's, where it happens); null when both say the same.
 * @example timeAwayNote({ startsAt: "2026-12-08T10:30:00Z", localTime: "10:30" }, "America/Los_Angeles", fixedT("en", "shell")) // "That is 02:30 where you are now."
 */
export function timeAwayNote(visit: { readonly startsAt: string; readonly localTime: string }, timeZone: string, t: TFunction<"shell">): string | null {
  let there: string;
  try {
    there = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(new Date(visit.startsAt));
  } catch {
    return null;
  }
  return there === visit.localTime ? null : t("nextVisit.timeAway", { time: there });
}

/**
 * A visit's date, time and injector for staff.
 * @example visitWhen({ localDate: "2026-12-14", localTime: "10:30", injector: { name: "Nurse Kim" } }) // "Monday 14 December 2026 at 10:30 with Nurse Kim"
 */
export function visitWhen(visit: Pick<VisitView, "localDate" | "localTime"> & { readonly injector: { readonly name: string } }): string {
  return `${formatLongDate(visit.localDate)} ${visit.localDate.slice(0, 4)} at ${visit.localTime} with ${visit.injector.name}`;
}

/**
 * Each revision of a visit as one line: booked, moved (with why), cancelled (with why); who and when.
 * @example historyLines(visit)[1] // "Moved to Wednesday 16 December 2026 at 14:00 with Nurse Kim: Patient asked (by Cy Coordinator, 3 Dec 2026)"
 */
export function historyLines(visit: VisitView): string[] {
  return visit.revisions.map((revision, index) => {
    const when = `${formatLongDate(revision.content.localDate)} ${revision.content.localDate.slice(0, 4)} at ${revision.content.localTime} with ${revision.injectorName}`;
    const by = ` (by ${revision.recordedBy.name}, ${formatPlainDate(revision.recordedAt.slice(0, 10))})`;
    const why = revision.reason === null ? "" : `: ${revision.reason}`;
    if (revision.status === "cancelled") return `Cancelled${why}${by}`;
    if (index === 0) return `Booked for ${when}${revision.content.windowReason ? `, outside the window: ${revision.content.windowReason}` : ""}${by}`;
    return `Moved to ${when}${why}${by}`;
  });
}

/**
 * Working hours as text.
 * @example hoursText([{ start: "09:00", end: "12:00" }, { start: "13:00", end: "15:00" }]) // "09:00–12:00, 13:00–15:00"
 * @example hoursText([]) // "Not working"
 */
export function hoursText(ranges: readonly TimeRange[]): string {
  return ranges.length === 0 ? "Not working" : ranges.map((range) => `${range.start}–${range.end}`).join(", ");
}

/**
 * The date a booking starts from: the due date when it is still ahead, else the earliest date
 * still ahead, else today (overdue, or before the first session).
 * @example startDate({ earliest: "2026-12-10", due: "2026-12-17", late: "2026-12-24", lastSessionDate: "2026-09-24" }, "2026-12-03") // "2026-12-17"
 * @example startDate(null, "2026-12-03") // "2026-12-03"
 */
export function startDate(window: PatientVisits["window"], today: string): PlainDate {
  const now = plainDate(today);
  if (window === null) return now;
  const due = plainDate(window.due);
  if (due >= now) return due;
  return maxDate(plainDate(window.earliest), now);
}

/**
 * The dates from `from`, `days` of them.
 * @example datesFrom("2026-12-30", 3) // ["2026-12-30", "2026-12-31", "2027-01-01"]
 */
export function datesFrom(from: string, days: number): PlainDate[] {
  return Array.from({ length: days }, (_, index) => addDays(plainDate(from), index));
}

/**
 * A field issue from the server ("is required: ...", "has already begun ...") as a sentence
 * beside its field, with the field's subject in front when given.
 * @example issueSentence("is required: say why the visit is moved", "A reason") // "A reason is required: say why the visit is moved."
 * @example issueSentence("overlaps another range of the same day") // "Overlaps another range of the same day."
 */
export function issueSentence(message: string | undefined, subject?: string): string | undefined {
  if (message === undefined) return undefined;
  const text = subject === undefined ? message : `${subject} ${message}`;
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * Whether a failure is only field problems that the form shows beside those fields (so no
 * summary above them is needed).
 * @example onlyFieldIssues({ code: "validation_failed", issues: [{ path: "reason", message: "is required" }] }, ["reason"]) // true
 */
export function onlyFieldIssues(error: { readonly code: string; readonly issues: readonly { readonly path: string }[] } | null, shown: readonly string[]): boolean {
  return error !== null && error.code === "validation_failed" && error.issues.length > 0 && error.issues.every((issue) => shown.includes(issue.path));
}
