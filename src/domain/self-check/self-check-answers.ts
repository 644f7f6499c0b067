/**
 * The questions of the public "Is it right for me?" page (issue 9 §5) and their possible answers.
 * Every question can be answered "not sure": an honest answer is better than a guessed one.
 */

/** Has a doctor diagnosed chronic migraine? */
export const DIAGNOSIS_ANSWERS = ["yes", "no", "not-sure"] as const;
/** On how many days a month is there a headache? (chronic migraine: 15 or more, pathway-rules §3) */
export const HEADACHE_DAY_ANSWERS = ["under-8", "8-to-14", "15-or-more", "not-sure"] as const;
/** On most headache days, does it last 4 hours or more? (the label's "≥4 h a day", clinical-facts §3) */
export const LONG_HEADACHE_ANSWERS = ["yes", "no", "not-sure"] as const;
/** For how long has it been like this? (ICHD-3 1.3: more than 3 months) */
export const DURATION_ANSWERS = ["under-3-months", "over-3-months", "not-sure"] as const;
/** How many other preventive treatments were tried? (payers ask for 2 or 3, pathway-rules §5) */
export const PREVENTIVE_ANSWERS = ["none", "one", "two-or-more", "not-sure"] as const;
/** On how many days a month are painkillers or triptans taken? (overuse from 10 or 15, pathway-rules §4) */
export const MEDICATION_DAY_ANSWERS = ["under-10", "10-or-more", "not-sure"] as const;
/** Is the person 18 or older? (the treatment is licensed for adults, pathway-rules §5) */
export const ADULT_ANSWERS = ["yes", "no"] as const;

export type DiagnosisAnswer = (typeof DIAGNOSIS_ANSWERS)[number];
export type HeadacheDayAnswer = (typeof HEADACHE_DAY_ANSWERS)[number];
export type LongHeadacheAnswer = (typeof LONG_HEADACHE_ANSWERS)[number];
export type DurationAnswer = (typeof DURATION_ANSWERS)[number];
export type PreventiveAnswer = (typeof PREVENTIVE_ANSWERS)[number];
export type MedicationDayAnswer = (typeof MEDICATION_DAY_ANSWERS)[number];
export type AdultAnswer = (typeof ADULT_ANSWERS)[number];

/** The answers given so far; a question not answered yet is undefined. */
export interface SelfCheckAnswers {
  readonly adult?: AdultAnswer | undefined;
  readonly diagnosis?: DiagnosisAnswer | undefined;
  readonly headacheDays?: HeadacheDayAnswer | undefined;
  readonly longHeadaches?: LongHeadacheAnswer | undefined;
  readonly duration?: DurationAnswer | undefined;
  readonly preventives?: PreventiveAnswer | undefined;
  readonly medicationDays?: MedicationDayAnswer | undefined;
}

/** The questions in the order they are asked. */
export const SELF_CHECK_QUESTIONS = ["adult", "diagnosis", "headacheDays", "longHeadaches", "duration", "preventives", "medicationDays"] as const;
export type SelfCheckQuestion = (typeof SELF_CHECK_QUESTIONS)[number];

/** The possible answers of each question, in the order they are offered. */
export const SELF_CHECK_CHOICES: { readonly [Q in SelfCheckQuestion]: readonly NonNullable<SelfCheckAnswers[Q]>[] } = {
  adult: ADULT_ANSWERS,
  diagnosis: DIAGNOSIS_ANSWERS,
  headacheDays: HEADACHE_DAY_ANSWERS,
  longHeadaches: LONG_HEADACHE_ANSWERS,
  duration: DURATION_ANSWERS,
  preventives: PREVENTIVE_ANSWERS,
  medicationDays: MEDICATION_DAY_ANSWERS,
};
