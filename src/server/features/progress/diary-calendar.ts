/**
 * The diary as a calendar for the clinician's chart: each recorded day of a range with what the
 * clinical core counts it as (pathway-rules §2), the session dates, and each calendar month's
 * counts over its dates in the range. Unrecorded dates are simply absent: the calendar shows
 * them as "no entry", never as headache-free (§1).
 */
import { MAX_CALENDAR_DAYS, type DiaryCalendar } from "#contracts/api/progress.ts";
import { classifyDay } from "#domain/diary/classify-day.ts";
import { countDays } from "#domain/diary/window-counts.ts";
import { addDays, addDaysWithinRange, dateParts, daysBetween, daysInMonth, formatDate, maxDate, minDate, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { ACUTE_MEDICATION_CLASSES, type AcuteMedicationClass } from "#domain/shared/record.ts";
import { invalidField } from "../../app-error.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { currentRecords } from "../../shared/records/repository.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { toDiaryDay } from "../diary/diary-view.ts";
import { currentDays } from "../diary/repository.ts";
import { PROGRESS_SETTINGS } from "./progress-windows.ts";

/** The earliest date an answer derives (input dates start in year 1; see plain-date.ts). */
const FIRST_DATE = plainDate("0001-01-01");

/** The first of the month `back` months before the month of `date`, never before year 1. */
function monthStart(date: PlainDate, back = 0): PlainDate {
  const { year, month } = dateParts(date);
  const index = year * 12 + (month - 1) - back;
  const year0 = Math.floor(index / 12);
  return year0 < 1 ? FIRST_DATE : formatDate(year0, (index % 12) + 1, 1);
}

/** The calendar months `[from, to]` touches, each clipped to the range. */
function monthsOf(from: PlainDate, to: PlainDate): { month: string; start: PlainDate; end: PlainDate }[] {
  const months: { month: string; start: PlainDate; end: PlainDate }[] = [];
  let start = monthStart(from);
  for (;;) {
    const { year, month } = dateParts(start);
    const last = formatDate(year, month, daysInMonth(year, month));
    months.push({ month: start.slice(0, 7), start: maxDate(start, from), end: minDate(last, to) });
    if (last >= to) return months;
    start = addDays(last, 1);
  }
}

const isMedicationClass = (value: string): value is AcuteMedicationClass => (ACUTE_MEDICATION_CLASSES as readonly string[]).includes(value);

/**
 * The calendar of `[from, to]` (default: the first of the month two months back to the
 * patient's today), at most MAX_CALENDAR_DAYS days.
 */
export async function diaryCalendar(
  deps: ServiceDeps,
  target: { clinicId: string; patientId: string },
  query: { from?: PlainDate | undefined; to?: PlainDate | undefined },
): Promise<DiaryCalendar> {
  return readSnapshot(deps.db, async (tx) => {
    const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    const today = localDateAt(deps.clock(), patient.time_zone);
    // Only `from` sent: up to MAX_CALENDAR_DAYS from it, not past today (but never before it).
    const to = query.to ?? (query.from === undefined ? today : maxDate(query.from, minDate(addDaysWithinRange(query.from, MAX_CALENDAR_DAYS - 1), today)));
    const from = query.from ?? monthStart(to, 2);
    if (to < from) throw invalidField("to", "must be on or after from");
    if (daysBetween(from, to) >= MAX_CALENDAR_DAYS) throw invalidField("to", `must be less than ${MAX_CALENDAR_DAYS} days after from`);

    const rows = await currentDays(tx, target.clinicId, target.patientId, { from, to });
    const sessions = await currentRecords(tx, { ...target, kinds: ["injection-session"], from, to });
    const context = { birthDate: plainDate(patient.birth_date), settings: PROGRESS_SETTINGS };
    const diary = rows.map(toDiaryDay).reverse();
    const days = [...rows].reverse().map((row, index) => {
      const day = diary[index] as (typeof diary)[number];
      const counted = classifyDay(day, context);
      return {
        date: row.date,
        headache: day.headache,
        hours: day.headache ? (day.hours ?? null) : null,
        duration: day.headache ? (day.duration ?? null) : null,
        severity: day.headache ? (day.severity ?? null) : null,
        migraine: counted.migraine,
        headacheDay: counted.headacheDay,
        medications: (day.medications ?? []).map((m) => ({ class: isMedicationClass(m.class) ? m.class : "other", name: m.name ?? null })),
        late: row.late,
        enteredBy: row.entered_by,
        source: row.source,
      } as const;
    });
    return {
      patientId: patient.id,
      today,
      from,
      to,
      days,
      sessionDates: sessions.map((row) => row.effective_date),
      months: monthsOf(from, to).map((m) => {
        const counts = countDays(diary, m, context);
        return { ...m, daysRecorded: counts.daysRecorded, headacheDays: counts.headacheDays, migraineDays: counts.migraineDays, acuteMedicationDays: counts.acuteMedicationDays };
      }),
    };
  });
}
