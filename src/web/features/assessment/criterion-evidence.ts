/**
 * A criterion's evidence (the facts the rule used: counts, dates, drugs; pathway-rules §5) as
 * labelled lines and, for preventives, one row per trial. Known keys of each criterion are said in
 * clinical words; any other key the server adds is still shown, generically, never dropped.
 */
import { formatPlainDate } from "#web/ui/format.ts";

export interface EvidenceFact {
  readonly label: string;
  readonly value: string;
}

export interface TrialRow {
  readonly name: string;
  readonly drugClass: string;
  readonly dates: string;
  readonly days: string;
  readonly outcome: string;
  /** "Yes", or "No" with the reason. */
  readonly countsAsFailed: string;
}

export interface EvidenceView {
  readonly facts: readonly EvidenceFact[];
  /** The preventive trials as judged; null when the criterion has none to show. */
  readonly trials: readonly TrialRow[] | null;
}

type Evidence = Readonly<Record<string, unknown>>;

/** Preventive classes in words (lower case, for use inside a sentence). */
export const PREVENTIVE_CLASS_LABELS: Readonly<Record<string, string>> = {
  antiepileptic: "antiepileptic",
  "beta-blocker": "beta-blocker",
  antidepressant: "antidepressant",
  "arb-ace": "ARB or ACE inhibitor",
  "calcium-channel-blocker": "calcium channel blocker",
  "cgrp-antibody": "CGRP antibody",
  gepant: "gepant",
  other: "other",
};

/** Preventive trial outcomes in words (lower case). */
export const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  ineffective: "ineffective",
  "not-tolerated": "not tolerated",
  contraindicated: "contraindicated",
  effective: "effective",
  ongoing: "ongoing",
};

const DIARY_STATUS_LABELS: Readonly<Record<string, string>> = {
  met: "met",
  "not-met": "not met",
  "insufficient-data": "not enough diary data",
  suspected: "suspected",
  "not-suspected": "not suspected",
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isRecord = (value: unknown): value is Evidence => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Any evidence value in words: dates readable, booleans yes or no, null as "not recorded", lists
 * joined, small objects as "key: value" pairs.
 * @example formatEvidenceValue("2026-07-20") // "20 Jul 2026"
 */
export function formatEvidenceValue(value: unknown): string {
  if (value === null || value === undefined) return "not recorded";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return ISO_DATE.test(value) ? formatPlainDate(value) : value;
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map(formatEvidenceValue).join(", ");
  if (isRecord(value)) {
    if (typeof value.start === "string" && typeof value.end === "string" && Object.keys(value).length === 2) return dateRange(value.start, value.end);
    return Object.entries(value)
      .map(([key, inner]) => `${humanizeKey(key)}: ${formatEvidenceValue(inner)}`)
      .join("; ");
  }
  return String(value);
}

/**
 * A camelCase evidence key as words, for keys this page does not know yet.
 * @example humanizeKey("minTrialDays") // "Min trial days"
 */
export function humanizeKey(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Two dates as a range: "1 Jan 2025 – 2 Mar 2025". */
export const dateRange = (start: string, end: string): string => `${formatPlainDate(start)} – ${formatPlainDate(end)}`;

const answer = (value: unknown) => (value === true ? "yes" : value === false ? "no" : "not recorded");

const num = (value: unknown): number | null => (typeof value === "number" ? value : null);

/** One criterion's known keys: the facts, and which keys they used up. */
type KnownFacts = (evidence: Evidence) => readonly (EvidenceFact | null)[];

const KNOWN: Readonly<Record<string, { readonly keys: readonly string[]; readonly facts: KnownFacts }>> = {
  age: {
    keys: ["birthDate", "asOf", "age", "minAge"],
    facts: (e) => [
      { label: "Birth date", value: formatEvidenceValue(e.birthDate) },
      num(e.age) !== null ? { label: `Age on ${formatEvidenceValue(e.asOf)}`, value: `${num(e.age)} years` } : { label: "Assessed on", value: formatEvidenceValue(e.asOf) },
      num(e.minAge) !== null ? { label: "Minimum age", value: `${num(e.minAge)} years` } : null,
    ],
  },
  "chronic-migraine": {
    keys: ["chronicMigraine"],
    facts: (e) => [{ label: "Chronic migraine from the diary", value: `${DIARY_STATUS_LABELS[String(e.chronicMigraine)] ?? formatEvidenceValue(e.chronicMigraine)} (the windows are under Chronic migraine above)` }],
  },
  "headache-days": {
    keys: ["window", "daysRecorded", "complete", "headacheDays", "minHeadacheDays", "headacheDayMinHours"],
    facts: (e) => [
      { label: "Window", value: formatEvidenceValue(e.window) },
      { label: "Days recorded", value: `${formatEvidenceValue(e.daysRecorded)} of 28 (${e.complete === true ? "complete" : e.complete === false ? "incomplete" : "completeness not given"})` },
      {
        label: `Headache days of ${formatEvidenceValue(e.headacheDayMinHours)} h or more`,
        value: `${formatEvidenceValue(e.headacheDays)}${num(e.minHeadacheDays) !== null ? ` (needs ${num(e.minHeadacheDays)})` : ""}`,
      },
    ],
  },
  "no-contraindication": {
    keys: ["botulinumHypersensitivity", "injectionSiteInfection"],
    facts: (e) => [
      { label: "Hypersensitivity to a botulinum toxin", value: answer(e.botulinumHypersensitivity) },
      { label: "Infection at the injection sites", value: answer(e.injectionSiteInfection) },
    ],
  },
  "preventives-failed": {
    keys: ["needed", "distinctBy", "minTrialDays", "distinct", "trials"],
    facts: (e) => {
      const unit = e.distinctBy === "class" ? "classes" : "drugs";
      const distinct = Array.isArray(e.distinct) ? e.distinct.map(String) : null;
      return [
        { label: "Needed", value: `${formatEvidenceValue(e.needed)} distinct ${unit} failed` },
        distinct === null
          ? { label: "Failed", value: "no preventive history given" }
          : { label: `Distinct ${unit} failed`, value: distinct.length === 0 ? "none" : `${distinct.length}: ${distinct.map((d) => PREVENTIVE_CLASS_LABELS[d] ?? d).join(", ")}` },
        { label: "An ineffective trial counts after", value: `${formatEvidenceValue(e.minTrialDays)} days` },
      ];
    },
  },
  "overuse-managed": {
    keys: ["medicationOveruse", "overuseManaged"],
    facts: (e) => [
      { label: "Medication overuse from the diary", value: DIARY_STATUS_LABELS[String(e.medicationOveruse)] ?? formatEvidenceValue(e.medicationOveruse) },
      { label: "Overuse recorded as managed", value: answer(e.overuseManaged) },
    ],
  },
};

/**
 * One judged preventive trial as a table row, saying why it does or does not count as failed.
 * @example trialRow({ name: "topiramate", class: "antiepileptic", start: "2024-01-01", end: "2024-02-01",
 *   trialDays: 31, outcome: "ineffective", failed: false }, 60).countsAsFailed // "No: ineffective after 31 days (needs 60)"
 */
export function trialRow(trial: Evidence, minTrialDays: number | null): TrialRow {
  const outcome = String(trial.outcome ?? "");
  const days = num(trial.trialDays);
  let countsAsFailed: string;
  if (trial.failed === true) countsAsFailed = "Yes";
  else if (outcome === "ineffective" && days !== null && minTrialDays !== null && days < minTrialDays) countsAsFailed = `No: ineffective after ${days} days (needs ${minTrialDays})`;
  else if (outcome === "effective" || outcome === "ongoing") countsAsFailed = `No: ${OUTCOME_LABELS[outcome]}`;
  else countsAsFailed = "No";
  const start = typeof trial.start === "string" ? trial.start : null;
  const end = typeof trial.end === "string" ? trial.end : null;
  return {
    name: String(trial.name ?? ""),
    drugClass: PREVENTIVE_CLASS_LABELS[String(trial.class)] ?? String(trial.class ?? ""),
    dates: start !== null && end !== null ? dateRange(start, end) : formatEvidenceValue(start),
    days: days === null ? "" : String(days),
    outcome: OUTCOME_LABELS[outcome] ?? outcome,
    countsAsFailed,
  };
}

/**
 * A criterion's evidence for people: its known facts first, then any other key, generically; the
 * preventive trials as rows.
 * @example criterionEvidence("age", { birthDate: "1984-02-29", asOf: "2026-07-20", age: 42, minAge: 18 }).facts[1]
 *   // { label: "Age on 20 Jul 2026", value: "42 years" }
 */
export function criterionEvidence(id: string, evidence: Evidence | null | undefined): EvidenceView {
  if (!evidence) return { facts: [], trials: null };
  const known = KNOWN[id];
  const used = new Set(known?.keys ?? []);
  const facts = [
    ...(known ? known.facts(evidence).filter((fact): fact is EvidenceFact => fact !== null) : []),
    ...Object.entries(evidence)
      .filter(([key]) => !used.has(key))
      .map(([key, value]) => ({ label: humanizeKey(key), value: formatEvidenceValue(value) })),
  ];
  const trials = id === "preventives-failed" && Array.isArray(evidence.trials)
    ? evidence.trials.filter(isRecord).map((trial) => trialRow(trial, num(evidence.minTrialDays)))
    : null;
  return { facts, trials };
}
