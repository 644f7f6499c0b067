/**
 * Where a proposed visit date falls against the treatment window (pathway-rules §7): before the
 * earliest date (S+77), in the window up to the late date (S+91), or after it. Booking outside
 * the window needs a written reason; the first session has no window.
 */
import { daysBetween, type PlainDate } from "../shared/plain-date.ts";
import type { TreatmentSchedule } from "./treatment-schedule.ts";

/** Where a date falls: no window yet (before the first session), before it, inside it, after it. */
export const BOOKING_TIMINGS = ["first-session", "early", "in-window", "late"] as const;
export type BookingTiming = (typeof BOOKING_TIMINGS)[number];

export interface BookingWindowCheck {
  readonly timing: BookingTiming;
  /** True outside the window: the booking needs a written reason. */
  readonly needsReason: boolean;
  readonly window: { readonly earliest: PlainDate; readonly due: PlainDate; readonly late: PlainDate } | null;
  /** Days from the due date (negative before it); null for a first session. */
  readonly daysFromDue: number | null;
}

/**
 * Judges a proposed date against the schedule after the last session.
 * @example bookingWindow(plainDate("2026-07-19"), schedule).timing // "in-window"
 * @example bookingWindow(plainDate("2026-07-01"), schedule).needsReason // true
 */
export function bookingWindow(date: PlainDate, schedule: Pick<TreatmentSchedule, "nextEarliest" | "nextDue" | "nextLate"> | null): BookingWindowCheck {
  if (schedule === null) return { timing: "first-session", needsReason: false, window: null, daysFromDue: null };
  const window = { earliest: schedule.nextEarliest, due: schedule.nextDue, late: schedule.nextLate };
  const timing: BookingTiming = date < window.earliest ? "early" : date > window.late ? "late" : "in-window";
  return { timing, needsReason: timing !== "in-window", window, daysFromDue: daysBetween(window.due, date) };
}
