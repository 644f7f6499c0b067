/**
 * The criteria of pathway-rules §5 other than preventives: age, chronic migraine, headache days,
 * contraindications, overuse managed (docs/clinical/eligibility.md).
 */
import { ageOn } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { PatientHistory } from "../shared/record.ts";
import { DEFAULT_SETTINGS, type PathwaySettings } from "../shared/settings.ts";
import type { WindowCounts } from "../diary/window-counts.ts";
import type { ChronicMigraineStatus } from "../diagnosis/chronic-migraine.ts";
import type { MedicationOveruseStatus } from "../diagnosis/medication-overuse.ts";
import type { Criterion } from "./criterion.ts";

/** The label's minimum age for chronic migraine (adults, 18 and older). */
export const MIN_AGE_YEARS = 18;
/** The label's indication: at least 15 headache days of at least 4 hours a month. */
export const MIN_HEADACHE_DAYS = 15;

/**
 * `age`: 18 or older on `A`; unknown without a birth date.
 * @example ageCriterion(plainDate("1984-02-29"), plainDate("2026-07-20")).detail // "42 years on 2026-07-20"
 */
export function ageCriterion(birthDate: PlainDate | undefined, asOf: PlainDate): Criterion {
  if (birthDate === undefined) {
    return { id: "age", status: "unknown", detail: "birth date not given", evidence: { birthDate: null, asOf }, missing: "patient.birthDate" };
  }
  const age = ageOn(birthDate, asOf);
  return {
    id: "age",
    status: age >= MIN_AGE_YEARS ? "met" : "not-met",
    detail: `${age} years on ${asOf}`,
    evidence: { birthDate, asOf, age, minAge: MIN_AGE_YEARS },
    missing: null,
  };
}

/**
 * `chronic-migraine`: pathway-rules §3 as a criterion (insufficient-data becomes unknown).
 * @example chronicMigraineCriterion("met").status // "met"
 */
export function chronicMigraineCriterion(status: ChronicMigraineStatus, minRecordedDays: number = DEFAULT_SETTINGS.minRecordedDays): Criterion {
  if (status === "insufficient-data") {
    return {
      id: "chronic-migraine", status: "unknown",
      detail: "not enough diary data to judge chronic migraine",
      evidence: { chronicMigraine: status },
      missing: `complete diary windows W1-W3 (at least ${minRecordedDays} recorded days each), or W1 with an attested history`,
    };
  }
  return {
    id: "chronic-migraine", status,
    detail: status === "met" ? "chronic migraine (ICHD-3 1.3) met from the diary" : "chronic migraine (ICHD-3 1.3) not met in a complete window",
    evidence: { chronicMigraine: status },
    missing: null,
  };
}

/**
 * `headache-days`: W1 complete with at least 15 headache days (days of at least `headacheDayMinHours`).
 * @example headacheDaysCriterion(w1, DEFAULT_SETTINGS).status // "met"
 */
export function headacheDaysCriterion(w1: WindowCounts, settings: PathwaySettings): Criterion {
  const evidence = {
    window: { start: w1.start, end: w1.end },
    daysRecorded: w1.daysRecorded,
    complete: w1.complete,
    headacheDays: w1.headacheDays,
    minHeadacheDays: MIN_HEADACHE_DAYS,
    headacheDayMinHours: settings.headacheDayMinHours,
  };
  if (!w1.complete) {
    return {
      id: "headache-days", status: "unknown",
      detail: `W1 ${w1.start}..${w1.end} has ${w1.daysRecorded} recorded days (needs ${settings.minRecordedDays})`,
      evidence,
      missing: `at least ${settings.minRecordedDays} recorded diary days in ${w1.start}..${w1.end}`,
    };
  }
  return {
    id: "headache-days",
    status: w1.headacheDays >= MIN_HEADACHE_DAYS ? "met" : "not-met",
    detail: `${w1.headacheDays} headache days of at least ${settings.headacheDayMinHours} hours in ${w1.start}..${w1.end} (needs ${MIN_HEADACHE_DAYS})`,
    evidence,
    missing: null,
  };
}

/**
 * `no-contraindication`: not-met when hypersensitivity to any botulinum toxin or infection at the
 * injection sites is answered true; met when both are answered false; unknown otherwise.
 * @example noContraindicationCriterion({ botulinumHypersensitivity: false, injectionSiteInfection: false }).status // "met"
 */
export function noContraindicationCriterion(history: PatientHistory | undefined): Criterion {
  const hypersensitivity = history?.botulinumHypersensitivity;
  const infection = history?.injectionSiteInfection;
  const evidence = { botulinumHypersensitivity: hypersensitivity ?? null, injectionSiteInfection: infection ?? null };
  const present = [
    ...(hypersensitivity === true ? ["hypersensitivity to a botulinum toxin"] : []),
    ...(infection === true ? ["infection at the injection sites"] : []),
  ];
  if (present.length > 0) {
    return { id: "no-contraindication", status: "not-met", detail: `contraindicated: ${present.join("; ")}`, evidence, missing: null };
  }
  if (hypersensitivity === false && infection === false) {
    return { id: "no-contraindication", status: "met", detail: "no botulinum toxin hypersensitivity and no injection-site infection", evidence, missing: null };
  }
  const missing = [
    ...(hypersensitivity === undefined ? ["history.botulinumHypersensitivity"] : []),
    ...(infection === undefined ? ["history.injectionSiteInfection"] : []),
  ].join(", ");
  return { id: "no-contraindication", status: "unknown", detail: "contraindications not fully answered", evidence, missing };
}

/**
 * `overuse-managed` (NICE TA260): met when the history says overuse is being managed, or overuse is
 * not suspected; not-met when suspected and not managed; unknown when overuse is insufficient-data.
 * @example overuseManagedCriterion("suspected", { overuseManaged: true }).status // "met"
 */
export function overuseManagedCriterion(overuse: MedicationOveruseStatus, history: PatientHistory | undefined): Criterion {
  const managed = history?.overuseManaged;
  const evidence = { medicationOveruse: overuse, overuseManaged: managed ?? null };
  if (managed === true) {
    return { id: "overuse-managed", status: "met", detail: "medication overuse is being managed (history)", evidence, missing: null };
  }
  if (overuse === "not-suspected") {
    return { id: "overuse-managed", status: "met", detail: "medication overuse not suspected", evidence, missing: null };
  }
  if (overuse === "suspected") {
    return { id: "overuse-managed", status: "not-met", detail: "medication overuse suspected and not recorded as managed", evidence, missing: null };
  }
  return {
    id: "overuse-managed", status: "unknown",
    detail: "medication overuse cannot be judged and is not recorded as managed",
    evidence,
    missing: "complete diary windows W1-W3, or history.overuseManaged",
  };
}
