/**
 * The patient record as the clinical core reads it: the current view of one patient
 * (assess-contract.md, "Input"), after validation at the boundary (`src/contracts`).
 * Absent optional values are `undefined`; defaults (followThePain false, a preventive's end
 * defaulting to the assessment date) are applied by the rules, not here.
 */
import type { PlainDate } from "./plain-date.ts";

/** Acute medication classes (pathway-rules §2). The input alias `nsaid` is mapped to `simple-analgesic` at the boundary. */
export const ACUTE_MEDICATION_CLASSES = [
  "triptan",
  "ergot",
  "simple-analgesic",
  "opioid",
  "combination-analgesic",
  "gepant",
  "ditan",
  "other",
] as const;
export type AcuteMedicationClass = (typeof ACUTE_MEDICATION_CLASSES)[number];

/** Headache features of a diary day (pathway-rules §2); an absent feature counts as false. */
export const HEADACHE_FEATURES = [
  "unilateral",
  "pulsating",
  "aggravatedByActivity",
  "nausea",
  "vomiting",
  "photophobia",
  "phonophobia",
  "aura",
] as const;
export type HeadacheFeature = (typeof HEADACHE_FEATURES)[number];
export type HeadacheFeatures = { readonly [K in HeadacheFeature]?: boolean };

/**
 * The duration bands a patient chooses from (issue 9; docs/clinical/diary.md, "Duration bands").
 * Their edges fall on the rules' thresholds (2 h: ICHD-3 B under 18; 4 h: headache day and B),
 * so a band counts the same as any hours inside it. `src/domain/diary/duration-bands.ts` maps them.
 */
export const DURATION_BANDS = ["under-2h", "2-4h", "4-8h", "over-8h", "all-day"] as const;
export type DurationBand = (typeof DURATION_BANDS)[number];

/** Pain severity: 0 none, 1 mild, 2 moderate, 3 severe (PREEMPT's 4-point scale). */
export type Severity = 0 | 1 | 2 | 3;

export interface AcuteMedicationTaken {
  readonly name?: string | undefined;
  readonly class: AcuteMedicationClass;
  /** Only `true` counts as relief. */
  readonly relief?: boolean | undefined;
}

/** The answers of one diary day, without its date: what a patient records. */
export interface DiaryAnswers {
  readonly headache: boolean;
  /** Longest continuous headache that day, 0-24; required when `headache` is true. */
  readonly hours?: number | undefined;
  /** The band the patient chose, kept as chosen and shown to the clinician; `hours` holds the hours it counts as. */
  readonly duration?: DurationBand | undefined;
  readonly severity?: Severity | undefined;
  readonly features?: HeadacheFeatures | undefined;
  readonly medications?: readonly AcuteMedicationTaken[] | undefined;
  /** The patient's own words about the day, for the clinician; the rules never read it. */
  readonly note?: string | undefined;
}

/** One recorded diary day. A date without a record is not recorded (unknown), never headache-free. */
export interface DiaryDay extends DiaryAnswers {
  readonly date: PlainDate;
}

export const SEXES = ["female", "male", "other", "unknown"] as const;
export type Sex = (typeof SEXES)[number];

export interface PatientFacts {
  readonly id: string;
  readonly birthDate?: PlainDate | undefined;
  readonly sex?: Sex | undefined;
}

export interface PatientHistory {
  readonly chronicMigraineSince?: PlainDate | undefined;
  readonly botulinumHypersensitivity?: boolean | undefined;
  readonly injectionSiteInfection?: boolean | undefined;
  readonly overuseManaged?: boolean | undefined;
}

export const PREVENTIVE_CLASSES = [
  "antiepileptic",
  "beta-blocker",
  "antidepressant",
  "arb-ace",
  "calcium-channel-blocker",
  "cgrp-antibody",
  "gepant",
  "other",
] as const;
export type PreventiveClass = (typeof PREVENTIVE_CLASSES)[number];

export const PREVENTIVE_OUTCOMES = ["ineffective", "not-tolerated", "contraindicated", "effective", "ongoing"] as const;
export type PreventiveOutcome = (typeof PREVENTIVE_OUTCOMES)[number];

export interface PreventiveTrial {
  readonly name: string;
  readonly class: PreventiveClass;
  readonly start: PlainDate;
  readonly end?: PlainDate | undefined;
  readonly outcome: PreventiveOutcome;
  /** The dose in the clinician's words ("topiramate 100 mg daily"); shown on the authorization packet, never read by the rules. */
  readonly dose?: string | undefined;
}

/** Muscles of the PREEMPT paradigm (pathway-rules §6). */
export const MUSCLES = [
  "corrugator",
  "procerus",
  "frontalis",
  "temporalis",
  "occipitalis",
  "cervical-paraspinal",
  "trapezius",
] as const;
export type Muscle = (typeof MUSCLES)[number];

export const SIDES = ["left", "right", "midline"] as const;
export type Side = (typeof SIDES)[number];

/** One injection site. */
export interface Injection {
  readonly muscle: Muscle;
  readonly side: Side;
  readonly units: number;
  readonly followThePain?: boolean | undefined;
}

export interface TreatmentSession {
  readonly date: PlainDate;
  readonly overrideReason?: string | null | undefined;
  readonly injections: readonly Injection[];
  /** The lot number of the vials given, and its expiry (issue 10 §4); the rules never read them. */
  readonly lot?: string | undefined;
  readonly expiry?: PlainDate | undefined;
}

/** A botulinum toxin dose for another indication (counts toward the cumulative limit, §6). */
export interface OtherToxinDose {
  readonly date: PlainDate;
  readonly units: number;
  readonly indication?: string | undefined;
}

export const INSTRUMENTS = ["HIT-6", "MIDAS"] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export interface QuestionnaireAnswers {
  readonly instrument: Instrument;
  readonly date: PlainDate;
  readonly responses: readonly number[];
  /**
   * HIT-6 only: the total of a clinic's licensed paper form entered without its answers (then
   * `responses` is empty; pathway-rules §9: a score-entry form). With answers, it must be their total.
   */
  readonly score?: number | undefined;
  /** MIDAS item A: headache days in 3 months, 0-90 (stored, not scored). */
  readonly a?: number | undefined;
  /** MIDAS item B: pain 0-10 (stored, not scored). */
  readonly b?: number | undefined;
}

/** Side-effect symptom codes (pathway-rules §10). */
export const RED_SYMPTOMS = [
  "difficulty-swallowing",
  "difficulty-breathing",
  "difficulty-speaking",
  "voice-change",
  "generalized-weakness",
  "double-vision",
  "loss-of-bladder-control",
  "allergic-reaction",
] as const;
export const AMBER_SYMPTOMS = [
  "eyelid-droop",
  "brow-droop",
  "facial-weakness",
  "neck-weakness",
  "headache-worse-over-3-days",
  "injection-site-infection",
  "high-blood-pressure",
] as const;
export const GREEN_SYMPTOMS = [
  "injection-site-pain",
  "bruising",
  "neck-pain",
  "neck-stiffness",
  "headache-flare",
  "muscle-weakness-local",
] as const;
export const SYMPTOM_CODES = [...RED_SYMPTOMS, ...AMBER_SYMPTOMS, ...GREEN_SYMPTOMS] as const;
export type SymptomCode = (typeof SYMPTOM_CODES)[number];

export interface SideEffectReport {
  readonly date: PlainDate;
  readonly symptoms: readonly SymptomCode[];
}

export const POLICIES = ["us-label", "us-payer", "nice-ta260", "ehf-2018"] as const;
export type PolicyId = (typeof POLICIES)[number];

/** The whole record the clinical core assesses. */
export interface PatientRecord {
  readonly patient: PatientFacts;
  readonly history?: PatientHistory | undefined;
  readonly diary: readonly DiaryDay[];
  /** `undefined` means no preventive history was given (criterion unknown); `[]` means none were tried. */
  readonly preventives?: readonly PreventiveTrial[] | undefined;
  readonly treatments: readonly TreatmentSession[];
  readonly otherToxinDoses: readonly OtherToxinDose[];
  readonly questionnaires: readonly QuestionnaireAnswers[];
  readonly sideEffectReports: readonly SideEffectReport[];
}
