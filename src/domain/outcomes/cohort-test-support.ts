/**
 * Small patient records for the cohort's tests, built so each figure can be worked out by hand:
 * a diary of `headacheDays` migraine days then headache-free days in each 28-day stretch, PREEMPT's
 * 31 fixed sites per session. Test support only; nothing clinical is decided here.
 */
import { addDays, daysBetween, plainDate, type PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay, Injection, PatientRecord, SideEffectReport, SymptomCode } from "../shared/record.ts";
import { headacheFreeDay, migraineDay } from "../diary/diary-builders.ts";
import { preemptFixedInjections } from "../injections/preempt-protocol.ts";

/** A 28-day stretch from `start` with `headacheDays` migraine days first, the rest headache-free. */
export function stretch(start: string, headacheDays: number): DiaryDay[] {
  return Array.from({ length: 28 }, (_, i) => {
    const date = addDays(plainDate(start), i);
    return i < headacheDays ? migraineDay(date) : headacheFreeDay(date);
  });
}

/** Every day from `start` through `end`, headache-free. */
export function freeDays(start: string, end: string): DiaryDay[] {
  const first = plainDate(start);
  return Array.from({ length: daysBetween(first, plainDate(end)) + 1 }, (_, i) => headacheFreeDay(addDays(first, i)));
}

/** Follow-the-pain sites (5 U each) on the temporalis, occipitalis and trapezius: up to 8, 40 U. */
export function followThePain(sites: number): Injection[] {
  const muscles = ["temporalis", "temporalis", "occipitalis", "occipitalis", "trapezius", "trapezius", "trapezius", "trapezius"] as const;
  return muscles.slice(0, sites).map((muscle, i) => ({ muscle, side: i % 2 === 0 ? "left" : "right", units: 5, followThePain: true }));
}

export interface TestPatient {
  readonly id: string;
  readonly diary?: readonly DiaryDay[];
  /** Session dates; `extraSites` adds follow-the-pain sites to the session of that date. */
  readonly sessions: readonly string[];
  readonly extraSites?: Readonly<Record<string, number>>;
  readonly reports?: readonly { readonly date: string; readonly symptoms: readonly SymptomCode[] }[];
}

/** A patient record from a test patient. */
export function testRecord(patient: TestPatient): PatientRecord {
  return {
    patient: { id: patient.id, birthDate: plainDate("1980-01-01") },
    diary: patient.diary ?? [],
    treatments: patient.sessions.map((date) => ({ date: plainDate(date), injections: [...preemptFixedInjections(), ...followThePain(patient.extraSites?.[date] ?? 0)] })),
    otherToxinDoses: [],
    questionnaires: [],
    sideEffectReports: (patient.reports ?? []).map((report): SideEffectReport => ({ date: plainDate(report.date), symptoms: report.symptoms })),
  };
}

export const d = (value: string): PlainDate => plainDate(value);
