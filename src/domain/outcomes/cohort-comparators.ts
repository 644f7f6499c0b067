/**
 * The published figures a clinic's outcomes are shown beside (issue 10 §3), as data, each with
 * its source line in clinical-facts.md. `verified` is false for figures the facts file tags [R]
 * (recalled, no source read): the report marks them unverified, as the facts file asks (§5.1:
 * "verify against the current DailyMed label before displaying"; §10 items 2 and 4).
 */
import type { SymptomCode } from "../shared/record.ts";

export interface PublishedFigure {
  /** Who and when, e.g. "PREEMPT pooled, onabotulinumtoxinA". */
  readonly label: string;
  /** Percent (0-100) for rates; days per 28 days for changes. */
  readonly value: number;
  /** Patients in the arm, when the facts file gives it. */
  readonly n: number | null;
  readonly arm: "treatment" | "placebo" | "real-world";
  /** [V] in clinical-facts.md: read in the source named. */
  readonly verified: boolean;
  /** The facts file's section and the source it names. */
  readonly source: string;
}

/** PREEMPT pooled change in headache days per 28 days at week 24 (two cycles). */
export const PUBLISHED_CHANGE_IN_HEADACHE_DAYS: readonly PublishedFigure[] = [
  { label: "PREEMPT pooled, onabotulinumtoxinA", value: -8.4, n: 688, arm: "treatment", verified: true, source: "clinical-facts.md §6.1: Dodick 2010 (via droracle) [V, secondary]" },
  { label: "PREEMPT pooled, placebo", value: -6.6, n: 696, arm: "placebo", verified: true, source: "clinical-facts.md §6.1: Dodick 2010 (via droracle) [V, secondary]" },
];

/** PREEMPT pooled baseline headache days per 28 days, for reading the change. */
export const PUBLISHED_BASELINE_HEADACHE_DAYS: readonly PublishedFigure[] = [
  { label: "PREEMPT pooled baseline, onabotulinumtoxinA", value: 19.9, n: 688, arm: "treatment", verified: true, source: "clinical-facts.md §6.1: pooled baseline, JNNP table [V]" },
  { label: "PREEMPT pooled baseline, placebo", value: 19.8, n: 696, arm: "placebo", verified: true, source: "clinical-facts.md §6.1: pooled baseline, JNNP table [V]" },
];

/** At least 50% fewer headache days at week 24; two analyses that differ (clinical-facts.md §10 item 2). */
export const PUBLISHED_RESPONDER_50: readonly PublishedFigure[] = [
  { label: "PREEMPT pooled, onabotulinumtoxinA (Diener 2020)", value: 44.8, n: 688, arm: "treatment", verified: true, source: "clinical-facts.md §6.1: Diener 2020 Pain Ther post hoc [V]" },
  { label: "PREEMPT pooled, placebo (Diener 2020)", value: 34.2, n: 696, arm: "placebo", verified: true, source: "clinical-facts.md §6.1: Diener 2020 Pain Ther post hoc [V]" },
  { label: "PREEMPT pooled, onabotulinumtoxinA (Dodick 2010)", value: 47.1, n: 688, arm: "treatment", verified: false, source: "clinical-facts.md §6.1: Dodick 2010 [R]" },
  { label: "PREEMPT pooled, placebo (Dodick 2010)", value: 35.1, n: 696, arm: "placebo", verified: false, source: "clinical-facts.md §6.1: Dodick 2010 [R]" },
];

/** The facts file gives no PREEMPT rate at 30%; it names the threshold only (NICE and EHF stop below it). */
export const PUBLISHED_RESPONDER_30: readonly PublishedFigure[] = [];
export const RESPONDER_30_NOTE = "No PREEMPT rate at ≥ 30% is in clinical-facts.md; 30% is NICE TA260's and EHF 2018's threshold for stopping (§7).";

/** REPOSE, 24 months of routine care in 7 European countries: patients with at least one gap over 13 weeks (91 days). */
export const PUBLISHED_LATE_INTERVAL_PATIENTS: readonly PublishedFigure[] = [
  { label: "REPOSE, patients with a gap over 13 weeks (24 months)", value: 79.1, n: 633, arm: "real-world", verified: true, source: "clinical-facts.md §6.3 and §9.1: Ahmed 2019 JHP 20:26 [V]" },
];

/** REPOSE's sessions and dose, for reading the clinic's. */
export const REPOSE_SESSIONS = { patients: 633, sessions: 3499, months: 24, meanUnits: 155.1, source: "clinical-facts.md §6.3: Ahmed 2019 JHP 20:26 [V]" } as const;

/** The protocol interval of PREEMPT and COMPEL. */
export const PROTOCOL_INTERVAL_NOTE = "PREEMPT and COMPEL treated every 12 weeks ± 7 days (77-91 days; clinical-facts.md §9.1 [V COMPEL]).";

/**
 * Published side-effect rates per patient by the symptom code that matches them: PREEMPT's
 * pooled double-blind phase (24 weeks) and REPOSE's adverse drug reactions (24 months). The
 * names differ from the codes (e.g. "musculoskeletal stiffness" for neck stiffness); `label` keeps
 * the published name.
 */
export const PUBLISHED_SIDE_EFFECTS: Readonly<Partial<Record<SymptomCode, readonly PublishedFigure[]>>> = {
  "neck-pain": [
    { label: "PREEMPT pooled, neck pain", value: 8.7, n: null, arm: "treatment", verified: true, source: "clinical-facts.md §5.2: Dodick 2010 text [V]" },
    { label: "PREEMPT pooled placebo, neck pain", value: 2.7, n: null, arm: "placebo", verified: true, source: "clinical-facts.md §5.2: Dodick 2010 text [V]" },
    { label: "REPOSE, neck pain (ADR)", value: 2.8, n: 633, arm: "real-world", verified: true, source: "clinical-facts.md §5.3: REPOSE Table 5 [V]" },
  ],
  "eyelid-droop": [
    { label: "PREEMPT pooled, eyelid ptosis", value: 3.6, n: null, arm: "treatment", verified: true, source: "clinical-facts.md §5.2: Dodick 2010 text [V]" },
    { label: "REPOSE, eyelid ptosis (ADR)", value: 5.4, n: 633, arm: "real-world", verified: true, source: "clinical-facts.md §5.3: REPOSE Table 5 [V]" },
  ],
  "neck-stiffness": [
    { label: "Label table, musculoskeletal stiffness", value: 4, n: null, arm: "treatment", verified: false, source: "clinical-facts.md §5.1: label table [R]" },
    { label: "Label table placebo, musculoskeletal stiffness", value: 1, n: null, arm: "placebo", verified: false, source: "clinical-facts.md §5.1: label table [R]" },
    { label: "REPOSE, musculoskeletal stiffness (ADR)", value: 2.7, n: 633, arm: "real-world", verified: true, source: "clinical-facts.md §5.3: REPOSE Table 5 [V]" },
  ],
  "muscle-weakness-local": [
    { label: "Label table, muscular weakness", value: 4, n: null, arm: "treatment", verified: false, source: "clinical-facts.md §5.1: label table [R]" },
    { label: "Label table placebo, muscular weakness", value: 1, n: null, arm: "placebo", verified: false, source: "clinical-facts.md §5.1: label table [R]" },
  ],
  "injection-site-pain": [
    { label: "Label table, injection-site pain", value: 3, n: null, arm: "treatment", verified: false, source: "clinical-facts.md §5.1: label table [R]" },
    { label: "Label table placebo, injection-site pain", value: 2, n: null, arm: "placebo", verified: false, source: "clinical-facts.md §5.1: label table [R]" },
  ],
  "facial-weakness": [
    { label: "Label table, facial paresis", value: 2, n: null, arm: "treatment", verified: false, source: "clinical-facts.md §5.1: label table [R]" },
    { label: "Label table placebo, facial paresis", value: 0, n: null, arm: "placebo", verified: false, source: "clinical-facts.md §5.1: label table [R]" },
  ],
  "high-blood-pressure": [
    { label: "Label table, hypertension", value: 2, n: null, arm: "treatment", verified: false, source: "clinical-facts.md §5.1: label table [R]" },
    { label: "Label table placebo, hypertension", value: 1, n: null, arm: "placebo", verified: false, source: "clinical-facts.md §5.1: label table [R]" },
  ],
};

/**
 * The published treatment-arm figure for a symptom (the first treatment figure listed), or null.
 * @example publishedTreatmentRate("neck-pain")?.value // 8.7
 */
export function publishedTreatmentRate(symptom: SymptomCode): PublishedFigure | null {
  return PUBLISHED_SIDE_EFFECTS[symptom]?.find((figure) => figure.arm === "treatment") ?? null;
}
