/**
 * The dates a record about a patient may carry (a diary day, an import, a preventive trial, an
 * attestation): nothing before the patient was born, and nothing past the patient's tomorrow.
 */
import { daysBetween, type PlainDate } from "#domain/shared/plain-date.ts";
import type { PatientRow } from "../db/schema.ts";

/** A device a day ahead of the patient's home zone (travel) may save "tomorrow"; nothing later. */
export const FUTURE_DAYS_ALLOWED = 1;

export const BEFORE_BIRTH_MESSAGE = "must not be before the patient's birth date";

export const BIRTH_DATE_IN_FUTURE_MESSAGE = "must not be after today";

/**
 * Whether a date is before the patient was born: a mistyped year (0001 for 2001) that, once
 * stored, would stretch every assessment of the patient back across centuries.
 */
export function isBeforeBirth(date: PlainDate, patient: Pick<PatientRow, "birth_date">): boolean {
  return date < patient.birth_date;
}

/** Whether a date lies beyond the patient's today plus the travel allowance. */
export function isPastTomorrow(date: PlainDate, today: PlainDate): boolean {
  return daysBetween(today, date) > FUTURE_DAYS_ALLOWED;
}
