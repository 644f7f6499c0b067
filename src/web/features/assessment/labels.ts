/**
 * Plain clinical words for the assessment (design.md, "Plain words"; pathway-rules §3-5): every
 * status, policy, criterion and reason code the card shows, in one place so the card and its
 * tests say the same thing.
 */
import { CHRONIC_MIN_ANY_HEADACHE_DAYS, CHRONIC_MIN_MIGRAINE_DAYS, type CHRONIC_MIGRAINE_REASONS, type ChronicMigraineStatus } from "#domain/diagnosis/chronic-migraine.ts";
import { OVERUSE_MIN_HEADACHE_DAYS, type MedicationOveruseStatus as OveruseStatus, type OveruseRuleName as OveruseClass } from "#domain/diagnosis/medication-overuse.ts";
import type { CriterionId, CriterionStatus, EligibilityStatus } from "#domain/eligibility/criterion.ts";
import { MIN_AGE_YEARS, MIN_HEADACHE_DAYS } from "#domain/eligibility/patient-criteria.ts";
import type { PolicyId } from "#domain/shared/record.ts";
import { formatPlainDate } from "#web/ui/format.ts";

/* The code lists come from src/domain, so a new status, rule or criterion fails the typecheck here until it has words. */
export type { ChronicMigraineStatus, CriterionStatus, EligibilityStatus, OveruseClass, OveruseStatus };

/**
 * Which kind a verdict is; the badge shows it by icon and word as well as colour (design.md):
 * positive (a tick), negative (a cross), attention (an exclamation mark: a finding to act on),
 * unknown (a question mark).
 */
export type Verdict = "positive" | "negative" | "attention" | "unknown";

/** The policies in the order a clinic chooses between them (pathway-rules §5 table). */
export const POLICY_ORDER: readonly PolicyId[] = ["us-label", "us-payer", "nice-ta260", "ehf-2018"];

/** Each policy named in full, as clinicians know it. */
export const POLICY_LABELS: { readonly [P in PolicyId]: string } = {
  "us-label": "US label",
  "us-payer": "US payer (2 failed preventive classes)",
  "nice-ta260": "NICE TA260",
  "ehf-2018": "EHF 2018",
};

/** What each policy asks beyond the label, in one line (pathway-rules §5 table). */
export const POLICY_SUMMARIES: { readonly [P in PolicyId]: string } = {
  "us-label": `Age ${MIN_AGE_YEARS} or older, chronic migraine, ${MIN_HEADACHE_DAYS} or more headache days in the last 28 days, no contraindication.`,
  "us-payer": "The US label, and preventives of 2 distinct classes failed (typical US prior authorisation).",
  "nice-ta260": "The US label, preventives of 3 distinct drugs failed, and medication overuse managed.",
  "ehf-2018": "The US label, and 2 distinct preventive drugs failed (European Headache Federation 2018).",
};

/**
 * Whether a string names one of the policies.
 * @example isPolicyId("nice-ta260") // true
 */
export function isPolicyId(value: string | null | undefined): value is PolicyId {
  return value !== null && value !== undefined && (POLICY_ORDER as readonly string[]).includes(value);
}

/**
 * A policy's full name; an unknown id is shown as given rather than hidden.
 * @example policyLabel("us-payer") // "US payer (2 failed preventive classes)"
 */
export function policyLabel(policy: string): string {
  return isPolicyId(policy) ? POLICY_LABELS[policy] : policy;
}

interface VerdictText {
  readonly verdict: Verdict;
  /** The status in a word or two, as a badge says it. */
  readonly short: string;
  /** The status as a sentence heading. */
  readonly long: string;
}

export const CHRONIC_MIGRAINE_TEXT: { readonly [S in ChronicMigraineStatus]: VerdictText } = {
  met: { verdict: "positive", short: "Met", long: "Chronic migraine: criteria met" },
  "not-met": { verdict: "negative", short: "Not met", long: "Chronic migraine: criteria not met" },
  "insufficient-data": { verdict: "unknown", short: "Insufficient data", long: "Chronic migraine: not enough diary data to judge" },
};

export const OVERUSE_TEXT: { readonly [S in OveruseStatus]: VerdictText } = {
  // Suspected overuse is a finding to act on, not a failed criterion: shown as "attention".
  suspected: { verdict: "attention", short: "Suspected", long: "Medication overuse suspected" },
  "not-suspected": { verdict: "positive", short: "Not suspected", long: "Medication overuse not suspected" },
  "insufficient-data": { verdict: "unknown", short: "Insufficient data", long: "Medication overuse: not enough diary data to judge" },
};

export const ELIGIBILITY_TEXT: { readonly [S in EligibilityStatus]: VerdictText } = {
  eligible: { verdict: "positive", short: "Eligible", long: "Eligible for onabotulinumtoxinA" },
  "not-eligible": { verdict: "negative", short: "Not eligible", long: "Not eligible for onabotulinumtoxinA" },
  "insufficient-data": { verdict: "unknown", short: "Cannot decide yet", long: "Eligibility cannot be decided yet: information is missing" },
};

export const CRITERION_TEXT: { readonly [S in CriterionStatus]: VerdictText } = {
  met: { verdict: "positive", short: "Met", long: "Met" },
  "not-met": { verdict: "negative", short: "Not met", long: "Not met" },
  unknown: { verdict: "unknown", short: "Unknown", long: "Unknown" },
};

/** Each overuse rule's name (ICHD-3 8.2.1-8.2.6). */
export const OVERUSE_CLASS_LABELS: { readonly [C in OveruseClass]: string } = {
  triptan: "triptans",
  ergot: "ergots",
  opioid: "opioids",
  "combination-analgesic": "combination analgesics",
  "simple-analgesic": "simple analgesics (paracetamol, aspirin, NSAIDs)",
  "multiple-classes": "several classes together (ICHD-3 8.2.6)",
};

/**
 * The overused classes as one phrase.
 * @example overuseClassesText(["triptan", "opioid"]) // "triptans and opioids"
 */
export function overuseClassesText(classes: readonly string[]): string {
  const names = classes.map((name) => OVERUSE_CLASS_LABELS[name as OveruseClass] ?? name);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}

/**
 * The criterion's name as the policy asks it: preventives-failed says how many and of what.
 * @example criterionTitle("preventives-failed", { needed: 3, distinctBy: "drug" }) // "At least 3 preventive drugs failed"
 */
export function criterionTitle(id: string, evidence?: Readonly<Record<string, unknown>> | null): string {
  return isCriterionId(id) ? CRITERION_TITLES[id](evidence ?? null) : id;
}

type Evidence = Readonly<Record<string, unknown>> | null;

/** Each criterion's name, typed over the domain's criterion ids. */
const CRITERION_TITLES: { readonly [C in CriterionId]: (evidence: Evidence) => string } = {
  age: () => `Age ${MIN_AGE_YEARS} or older`,
  "chronic-migraine": () => "Chronic migraine (ICHD-3 1.3)",
  "headache-days": () => `${MIN_HEADACHE_DAYS} or more headache days in the last 28 days`,
  "no-contraindication": () => "No contraindication",
  "preventives-failed": (evidence) => {
    const needed = typeof evidence?.["needed"] === "number" ? evidence["needed"] : null;
    const unit = evidence?.["distinctBy"] === "class" ? "classes" : evidence?.["distinctBy"] === "drug" ? "drugs" : null;
    return needed !== null && unit !== null ? `At least ${needed} preventive ${unit} failed` : "Preventives failed";
  },
  "overuse-managed": () => "Medication overuse managed",
};

const isCriterionId = (id: string): id is CriterionId => id in CRITERION_TITLES;

interface ReasonSettings {
  readonly minRecordedDays: number;
  readonly attestedHistoryMinDays: number;
}

/**
 * A chronic-migraine reason code in plain clinical words (pathway-rules §3); null for a line that
 * is not a code (the per-window lines, shown as a table instead).
 * @example chronicMigraineReasonText("window_incomplete", { minRecordedDays: 20, attestedHistoryMinDays: 90 })
 *   // "At least one of the last three 28-day windows has fewer than 20 recorded days."
 */
export function chronicMigraineReasonText(reason: string, settings: ReasonSettings): string | null {
  const text = CHRONIC_REASON_TEXT[reason as ChronicReasonCode];
  return text === undefined ? null : text(settings);
}

type ChronicReasonCode = (typeof CHRONIC_MIGRAINE_REASONS)[keyof typeof CHRONIC_MIGRAINE_REASONS];

/** Each chronic-migraine reason code in words, typed over the domain's codes. */
const CHRONIC_REASON_TEXT: { readonly [R in ChronicReasonCode]: (settings: ReasonSettings) => string } = {
  three_windows_meet_thresholds: () =>
    `Each of the last three 28-day windows is complete with ${CHRONIC_MIN_ANY_HEADACHE_DAYS} or more headache days and ${CHRONIC_MIN_MIGRAINE_DAYS} or more migraine days.`,
  attested_history_with_w1_meeting_thresholds: (settings) =>
    `Chronic migraine is attested in the history for at least ${settings.attestedHistoryMinDays} days, and the last 28 days meet both thresholds.`,
  window_below_threshold: () => `A complete 28-day window has fewer than ${CHRONIC_MIN_ANY_HEADACHE_DAYS} headache days or fewer than ${CHRONIC_MIN_MIGRAINE_DAYS} migraine days.`,
  window_incomplete: (settings) => `At least one of the last three 28-day windows has fewer than ${settings.minRecordedDays} recorded days.`,
  attested_history_too_recent: (settings) => `The attested history of chronic migraine is shorter than ${settings.attestedHistoryMinDays} days.`,
};

/** A per-window reason line of the domain ("W1 2026-06-23..2026-07-20: ..."): shown as the windows table. */
export function isWindowLine(reason: string): boolean {
  return /^W\d+ \d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}:/.test(reason);
}

const DATE_RANGE = /(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})/g;
const DATE = /\b(\d{4}-\d{2}-\d{2})\b/g;

/**
 * Dates in a domain sentence as people read them.
 * @example readableDates("16 headache days in 2026-06-23..2026-07-20") // "16 headache days in 23 Jun 2026 – 20 Jul 2026"
 */
export function readableDates(text: string): string {
  return text.replace(DATE_RANGE, (_all, start: string, end: string) => `${formatPlainDate(start)} – ${formatPlainDate(end)}`).replace(DATE, (date: string) => formatPlainDate(date));
}

/**
 * A domain detail line as a sentence: capital first letter, dates readable.
 * @example detailSentence("chronic migraine (ICHD-3 1.3) met from the diary") // "Chronic migraine (ICHD-3 1.3) met from the diary"
 */
export function detailSentence(detail: string): string {
  const text = readableDates(detail);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The record fields the domain names as missing, in words a clinician acts on. */
const MISSING_FIELDS: Readonly<Record<string, string>> = {
  "patient.birthDate": "the patient's birth date",
  "history.botulinumHypersensitivity": "whether the patient is hypersensitive to any botulinum toxin",
  "history.injectionSiteInfection": "whether there is infection at the injection sites",
  "history.overuseManaged": "whether medication overuse is being managed",
  "history.chronicMigraineSince": "since when chronic migraine is attested",
};

/**
 * What an unknown criterion needs, in words: the record's field names are translated, dates made
 * readable, the rest kept as the rule says it.
 * @example describeMissing("history.botulinumHypersensitivity, history.injectionSiteInfection")
 *   // "whether the patient is hypersensitive to any botulinum toxin; whether there is infection at the injection sites"
 */
export function describeMissing(missing: string): string {
  let text = missing;
  const fields = missing.split(/,\s*/);
  if (fields.every((field) => field in MISSING_FIELDS)) text = fields.map((field) => MISSING_FIELDS[field]).join("; ");
  else for (const [field, words] of Object.entries(MISSING_FIELDS)) text = text.replaceAll(field, words);
  text = text.replace(/^preventives \(the list of preventive trials; an empty list if none were tried\)$/, "the preventive history: each preventive tried, its dates and outcome (or that none were tried)");
  return readableDates(text);
}

/**
 * Why medication overuse is (not) suspected, in one sentence (pathway-rules §4).
 * @example overuseReasonText("suspected", ["triptan"])
 *   // "In each of the last three 28-day windows: 15 or more headache days and acute medication at or over an ICHD-3 8.2 threshold. Over the threshold in every window: triptans."
 */
export function overuseReasonText(status: string, classes: readonly string[]): string {
  if (status === "suspected") {
    const rule = `In each of the last three 28-day windows: ${OVERUSE_MIN_HEADACHE_DAYS} or more headache days and acute medication at or over an ICHD-3 8.2 threshold.`;
    return classes.includes("multiple-classes")
      ? `${rule} No single class is over its threshold in every window: several classes together (ICHD-3 8.2.6).`
      : `${rule} Over the threshold in every window: ${overuseClassesText(classes)}.`;
  }
  if (status === "not-suspected") return `The last three 28-day windows are complete, and not every one has ${OVERUSE_MIN_HEADACHE_DAYS} or more headache days with acute medication at or over an ICHD-3 8.2 threshold.`;
  return "Judged only on three complete 28-day windows (W1-W3); at least one is incomplete.";
}

/**
 * How the policy's criteria stand, counted.
 * @example criteriaTally([{ status: "met" }, { status: "unknown" }]) // "1 of 2 criteria met · 1 unknown"
 */
export function criteriaTally(criteria: readonly { readonly status: string }[]): string {
  const count = (status: string) => criteria.filter((c) => c.status === status).length;
  const parts = [`${count("met")} of ${criteria.length} criteria met`];
  if (count("not-met") > 0) parts.push(`${count("not-met")} not met`);
  if (count("unknown") > 0) parts.push(`${count("unknown")} unknown`);
  return parts.join(" · ");
}
