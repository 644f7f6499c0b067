/**
 * What one recorded diary day counts as (pathway-rules §2; docs/clinical/diary.md).
 */
import { ageOn } from "../shared/plain-date.ts";
import type { DiaryDay } from "../shared/record.ts";
import type { DiaryContext } from "./diary-context.ts";
import type { MedicationFlag } from "./medication-classes.ts";

/**
 * ICHD-3 1.1 criterion B durations: 4 hours, 2 for patients under 18 (pathway-rules §2). They are
 * fixed by ICHD-3 and independent of the configurable `headacheDayMinHours`.
 */
export const ICHD_MIN_HOURS_ADULT = 4;
export const ICHD_MIN_HOURS_UNDER_18 = 2;

/** Severity from which a headache is moderate or severe (0 none, 1 mild, 2 moderate, 3 severe). */
export const MODERATE_SEVERITY = 2;

/** Which ICHD-3 criteria a headache day meets; all false on a day without headache. */
export interface MigraineCriteria {
  /** B: lasted at least 4 hours (2 under 18). */
  readonly b: boolean;
  /** C: at least 2 of one-sided, pulsating, moderate or severe, aggravated by activity. */
  readonly c: boolean;
  /** D: nausea or vomiting, or photophobia and phonophobia together. */
  readonly d: boolean;
  readonly aura: boolean;
  /** A triptan or an ergot was taken and the patient recorded relief. */
  readonly triptanOrErgotRelief: boolean;
}

/** The flags of one day, each answering "does this day count toward that figure?". */
export type DayClassification = {
  /** Any headache, of any duration (`anyHeadacheDays`). */
  readonly anyHeadache: boolean;
  /** Headache of at least `headacheDayMinHours` hours (`headacheDays`). */
  readonly headacheDay: boolean;
  /** A headache day of moderate or severe pain (`moderateSevereDays`). */
  readonly moderateSevere: boolean;
  /** A migraine day under the configured `migraineDayRule` (`migraineDays`). */
  readonly migraine: boolean;
  /** At least one acute medication of any class (`acuteMedicationDays`). */
  readonly acuteMedication: boolean;
  readonly criteria: MigraineCriteria;
} & { readonly [K in MedicationFlag]: boolean };

/**
 * The ICHD-3 criterion B duration that applies on a date: 2 hours when the patient is under 18
 * on that date, else 4; the adult value when the birth date is not known.
 * @example ichdMinHoursOn(plainDate("2026-07-20"), plainDate("2010-01-01")) // 2
 * @example ichdMinHoursOn(plainDate("2026-07-20"), undefined) // 4
 */
export function ichdMinHoursOn(date: DiaryDay["date"], birthDate: DiaryContext["birthDate"]): number {
  if (birthDate === undefined) return ICHD_MIN_HOURS_ADULT;
  return ageOn(birthDate, date) < 18 ? ICHD_MIN_HOURS_UNDER_18 : ICHD_MIN_HOURS_ADULT;
}

const NO_CRITERIA: MigraineCriteria = Object.freeze({ b: false, c: false, d: false, aura: false, triptanOrErgotRelief: false });

/**
 * Classifies one recorded diary day (pathway-rules §2). Absent features count as false; hours and
 * severity are ignored on a day without headache; only `relief: true` counts as relief.
 * @example classifyDay({ date: plainDate("2026-01-01"), headache: true, hours: 3, severity: 2,
 *   features: { pulsating: true, nausea: true } }, { settings: DEFAULT_SETTINGS })
 *   // { anyHeadache: true, headacheDay: false, moderateSevere: false, migraine: true, acuteMedication: false, ... }
 */
export function classifyDay(day: DiaryDay, context: DiaryContext): DayClassification {
  const { settings } = context;
  const medications = day.medications ?? [];
  const taken = (medicationClass: string): boolean => medications.some((m) => m.class === medicationClass);
  const medicationFlags: { readonly [K in MedicationFlag]: boolean } = {
    triptan: taken("triptan"),
    ergot: taken("ergot"),
    simpleAnalgesic: taken("simple-analgesic"),
    opioid: taken("opioid"),
    combinationAnalgesic: taken("combination-analgesic"),
    gepant: taken("gepant"),
    ditan: taken("ditan"),
    otherAcute: taken("other"),
  };
  const acuteMedication = medications.length > 0;

  if (!day.headache) {
    return { anyHeadache: false, headacheDay: false, moderateSevere: false, migraine: false, acuteMedication, criteria: NO_CRITERIA, ...medicationFlags };
  }

  const hours = day.hours ?? 0;
  const severity = day.severity ?? 0;
  const f = day.features ?? {};
  const headacheDay = hours >= settings.headacheDayMinHours;
  const moderateSevere = headacheDay && severity >= MODERATE_SEVERITY;

  const painFeatures = [f.unilateral === true, f.pulsating === true, severity >= MODERATE_SEVERITY, f.aggravatedByActivity === true];
  const criteria: MigraineCriteria = {
    b: hours >= ichdMinHoursOn(day.date, context.birthDate),
    c: painFeatures.filter(Boolean).length >= 2,
    d: f.nausea === true || f.vomiting === true || (f.photophobia === true && f.phonophobia === true),
    aura: f.aura === true,
    // The diary has no "believed it was migraine" answer: triptan or ergot relief stands for it (§2).
    triptanOrErgotRelief: medications.some((m) => (m.class === "triptan" || m.class === "ergot") && m.relief === true),
  };
  return { anyHeadache: true, headacheDay, moderateSevere, migraine: countsAsMigraine(criteria, settings.migraineDayRule), acuteMedication, criteria, ...medicationFlags };
}

/**
 * Whether a headache day's criteria make it a migraine day under a counting rule (pathway-rules §2):
 * `probable-counts` takes two of B, C, D (probable migraine counts, ICHD-3 1.5 and PREEMPT);
 * `ichd-strict` takes C and D (ICHD-3 1.3 criterion C1). Aura and triptan or ergot relief count under both.
 * @example countsAsMigraine({ b: true, c: true, d: false, aura: false, triptanOrErgotRelief: false }, "probable-counts") // true
 * @example countsAsMigraine({ b: true, c: true, d: false, aura: false, triptanOrErgotRelief: false }, "ichd-strict") // false
 */
export function countsAsMigraine(criteria: MigraineCriteria, rule: DiaryContext["settings"]["migraineDayRule"]): boolean {
  if (criteria.aura || criteria.triptanOrErgotRelief) return true;
  if (rule === "ichd-strict") return criteria.c && criteria.d;
  return [criteria.b, criteria.c, criteria.d].filter(Boolean).length >= 2;
}
