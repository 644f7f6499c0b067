/**
 * What an initial authorization packet lacks (issue 10 §2): each criterion of the policy
 * (pathway-rules §5) that is unknown or not met, turned into the gaps that would settle it, with
 * each window's dates; then the HIT-6 and MIDAS the packet shows (docs/reports.md).
 */
import type { Assessment } from "../assess/assessment.ts";
import { CHRONIC_MIN_ANY_HEADACHE_DAYS, CHRONIC_MIN_MIGRAINE_DAYS } from "../diagnosis/chronic-migraine.ts";
import type { Criterion } from "../eligibility/criterion.ts";
import { MIN_AGE_YEARS, MIN_HEADACHE_DAYS } from "../eligibility/patient-criteria.ts";
import { ELIGIBILITY_POLICIES } from "../eligibility/policies.ts";
import { distinctKey, judgeTrials } from "../eligibility/preventives-failed.ts";
import type { PatientRecord } from "../shared/record.ts";
import { ordinal, uniqueGaps, windowGap, type PacketGap } from "./packet-gap.ts";
import { questionnaireGaps } from "./questionnaire-gaps.ts";

type Gaps = (criterion: Criterion, assessment: Assessment, record: PatientRecord) => PacketGap[];

/** The incomplete windows among W1-W3 (or W1 only), oldest last as the assessment lists them. */
function incompleteWindows(assessment: Assessment, count: 1 | 3): PacketGap[] {
  const { minRecordedDays } = assessment.settings;
  return assessment.windows.slice(0, count).filter((w) => !w.complete).map((w) => windowGap(w, minRecordedDays, "window"));
}

const age: Gaps = (criterion) => {
  if (criterion.status === "unknown") return [{ kind: "birth-date", text: `the patient's birth date (the label needs age ${MIN_AGE_YEARS} or older)` }];
  return [{ kind: "age", text: `age ${MIN_AGE_YEARS} or older (${criterion.detail})` }];
};

const chronicMigraine: Gaps = (criterion, assessment) => {
  if (criterion.status === "unknown") return incompleteWindows(assessment, 3);
  // ICHD-3 1.3 A and C, each window that is complete and misses one (§3).
  return assessment.chronicMigraine.windows.flatMap((w): PacketGap[] => {
    if (!w.complete) return [];
    return [
      ...(w.anyHeadacheDays.reaches ? [] : [{ kind: "chronic-migraine-days" as const, text: `${CHRONIC_MIN_ANY_HEADACHE_DAYS} days with headache in the window ending ${w.end} (${w.anyHeadacheDays.days} recorded)` }]),
      ...(w.migraineDays.reaches ? [] : [{ kind: "chronic-migraine-days" as const, text: `${CHRONIC_MIN_MIGRAINE_DAYS} migraine days in the window ending ${w.end} (${w.migraineDays.days} recorded)` }]),
    ];
  });
};

const headacheDays: Gaps = (criterion, assessment) => {
  if (criterion.status === "unknown") return incompleteWindows(assessment, 1);
  const w1 = assessment.windows[0];
  if (w1 === undefined) return [];
  const hours = assessment.settings.headacheDayMinHours;
  return [{ kind: "headache-days", text: `${MIN_HEADACHE_DAYS} headache days of ${hours} hours or more in the window ending ${w1.end} (${w1.headacheDays} recorded)` }];
};

const noContraindication: Gaps = (criterion, _assessment, record) => {
  const history = record.history;
  if (criterion.status === "not-met") {
    return [{ kind: "contraindication", text: `no contraindication (${criterion.detail.replace("contraindicated: ", "")} is recorded)` }];
  }
  return [
    ...(history?.botulinumHypersensitivity === undefined ? [{ kind: "contraindication-answer" as const, text: "an answer on hypersensitivity to botulinum toxins" }] : []),
    ...(history?.injectionSiteInfection === undefined ? [{ kind: "contraindication-answer" as const, text: "an answer on infection at the injection sites" }] : []),
  ];
};

const preventivesFailed: Gaps = (criterion, assessment, record) => {
  const needed = ELIGIBILITY_POLICIES[assessment.policy].preventives;
  if (needed === null) return [];
  if (criterion.status === "unknown" || record.preventives === undefined) {
    return [{ kind: "preventive-history", text: "the preventive history (each preventive tried with its dates and outcome, or that none was)" }];
  }
  const unit = needed.distinctBy === "drug" ? "preventive drug" : "preventive class";
  const trials = judgeTrials(record.preventives, assessment.asOf, assessment.settings);
  const counted = [...new Set(trials.filter((t) => t.failed).map((t) => distinctKey(t, needed.distinctBy)))].sort();
  const wanted = Array.from({ length: needed.count - counted.length }, (_, i) => ordinal(counted.length + i + 1));
  const soFar = counted.length === 0 ? "none counted yet" : `${counted.length} counted: ${counted.join(", ")}`;
  // §5: an ineffective trial counts only from minPreventiveTrialDays; say which would count if longer.
  const short = trials.filter((t) => t.outcome === "ineffective" && !t.failed && !counted.includes(distinctKey(t, needed.distinctBy)));
  const shortWords = short.map((t) => `; ${t.name} counts once its trial reaches ${assessment.settings.minPreventiveTrialDays} days (${t.trialDays} recorded)`).join("");
  return [{ kind: "preventives-failed", text: `a ${wanted.join(" and a ")} ${unit} that failed (${soFar}${shortWords})` }];
};

const overuseManaged: Gaps = (criterion, assessment) => {
  if (criterion.status === "unknown") {
    return [...incompleteWindows(assessment, 3), { kind: "overuse-managed", text: "medication overuse judged once W1–W3 are complete, or recorded as managed in the history" }];
  }
  const classes = assessment.medicationOveruse.classes.map((c) => c.replaceAll("-", " ")).join(", ");
  return [{ kind: "overuse-managed", text: `medication overuse managed (suspected: ${classes} in each of W1–W3), recorded in the history once it is` }];
};

const GAPS_OF: { readonly [K in Criterion["id"]]: Gaps } = {
  age,
  "chronic-migraine": chronicMigraine,
  "headache-days": headacheDays,
  "no-contraindication": noContraindication,
  "preventives-failed": preventivesFailed,
  "overuse-managed": overuseManaged,
};

/**
 * The gaps of an initial packet: for each of the policy's criteria that is not met, what would
 * settle it (a window's recorded days, a threshold with the count so far, an answer, a preventive),
 * then a HIT-6 and a MIDAS on or before `A`. Empty when the packet can be sent.
 * @example initialPacketGaps(assess(record, { asOf: plainDate("2026-03-01"), policy: "us-payer", settings }), record)
 *   // [{ kind: "preventives-failed", text: "a second preventive class that failed (1 counted: antiepileptic)" }]
 */
export function initialPacketGaps(assessment: Assessment, record: PatientRecord): PacketGap[] {
  const criteria = assessment.eligibility.criteria.filter((c) => c.status !== "met");
  return uniqueGaps([...criteria.flatMap((c) => GAPS_OF[c.id](c, assessment, record)), ...questionnaireGaps(assessment, null)]);
}
