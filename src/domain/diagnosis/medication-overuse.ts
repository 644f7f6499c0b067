/**
 * Suspected medication overuse (ICHD-3 8.2) judged on W1-W3 (pathway-rules §4;
 * docs/clinical/diagnosis.md).
 */
import type { PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay } from "../shared/record.ts";
import type { DayClassification } from "../diary/classify-day.ts";
import type { DiaryContext } from "../diary/diary-context.ts";
import { countDays, countMatchingDays } from "../diary/window-counts.ts";
import type { WindowCounts } from "../diary/window-counts.ts";
import { windowRange } from "../diary/windows.ts";
import type { PathwaySettings } from "../shared/settings.ts";

export const MEDICATION_OVERUSE_STATUSES = ["suspected", "not-suspected", "insufficient-data"] as const;
export type MedicationOveruseStatus = (typeof MEDICATION_OVERUSE_STATUSES)[number];

/** The names an overuse rule can carry (pathway-rules §4): the judged classes, then ICHD-3 8.2.6. */
export const JUDGED_CLASS_NAMES = ["triptan", "ergot", "opioid", "combination-analgesic", "simple-analgesic"] as const;
export type JudgedClassName = (typeof JUDGED_CLASS_NAMES)[number];
export const OVERUSE_RULE_NAMES = [...JUDGED_CLASS_NAMES, "multiple-classes"] as const;
export type OveruseRuleName = (typeof OVERUSE_RULE_NAMES)[number];

type JudgedCount = "triptanDays" | "ergotDays" | "opioidDays" | "combinationAnalgesicDays" | "simpleAnalgesicDays";
type JudgedFlag = "triptan" | "ergot" | "opioid" | "combinationAnalgesic" | "simpleAnalgesic";

/**
 * ICHD-3 8.2.1-8.2.5 thresholds, days per 28-day window, for the judged classes. Gepants, ditans
 * and `other` have no ICHD-3 threshold: counted and reported, not judged.
 */
export const OVERUSE_CLASS_RULES: readonly { readonly name: JudgedClassName; readonly count: JudgedCount; readonly flag: JudgedFlag; readonly minDays: number }[] =
  Object.freeze([
    { name: "triptan", count: "triptanDays", flag: "triptan", minDays: 10 },
    { name: "ergot", count: "ergotDays", flag: "ergot", minDays: 10 },
    { name: "opioid", count: "opioidDays", flag: "opioid", minDays: 10 },
    { name: "combination-analgesic", count: "combinationAnalgesicDays", flag: "combinationAnalgesic", minDays: 10 },
    { name: "simple-analgesic", count: "simpleAnalgesicDays", flag: "simpleAnalgesic", minDays: 15 },
  ]);

/** ICHD-3 8.2 A: headache on at least 15 days a month. */
export const OVERUSE_MIN_HEADACHE_DAYS = 15;

/** ICHD-3 8.2.6: days with any judged class, when two or more are used and none is overused alone. */
export const MULTIPLE_CLASSES_MIN_DAYS = 10;

/** One judged class's days in a window against its ICHD-3 8.2 threshold. */
export interface OveruseClassCount {
  readonly name: JudgedClassName;
  readonly days: number;
  readonly minDays: number;
  readonly reaches: boolean;
}

export interface OveruseWindowJudgement {
  readonly start: PlainDate;
  readonly end: PlainDate;
  readonly daysRecorded: number;
  readonly complete: boolean;
  /** Recorded days still needed for the window to be complete (config `minRecordedDays`). */
  readonly daysNeeded: number;
  readonly anyHeadacheDays: number;
  /** ICHD-3 8.2 A's figure: days with any headache the window needs (15). */
  readonly minAnyHeadacheDays: number;
  /** Each judged class's days against its own threshold, in the rules' order. */
  readonly classCounts: readonly OveruseClassCount[];
  /** Days with at least one judged class taken. */
  readonly judgedClassDays: number;
  /** The rule names holding in this window. */
  readonly rules: readonly OveruseRuleName[];
}

export interface MedicationOveruseDecision {
  readonly status: MedicationOveruseStatus;
  /** Names whose rule holds in all three windows, or `["multiple-classes"]`; empty unless suspected. */
  readonly classes: readonly OveruseRuleName[];
  /** W1-W3 as judged (extra detail for people; the contract needs only status and classes). */
  readonly windows: readonly OveruseWindowJudgement[];
}

/**
 * The overuse rules holding in one window (pathway-rules §4): each class at its own threshold;
 * `multiple-classes` when two or more judged classes were used, none meets its own rule, and the
 * days with any judged class reach 10.
 * @example overuseRulesIn({ triptanDays: 10, ... }, 10) // ["triptan"]
 */
export function overuseRulesIn(counts: Pick<WindowCounts, JudgedCount>, judgedClassDays: number): OveruseRuleName[] {
  const classRules = OVERUSE_CLASS_RULES.filter((rule) => counts[rule.count] >= rule.minDays).map((rule) => rule.name);
  if (classRules.length > 0) return classRules;
  const classesUsed = OVERUSE_CLASS_RULES.filter((rule) => counts[rule.count] > 0).length;
  return classesUsed >= 2 && judgedClassDays >= MULTIPLE_CLASSES_MIN_DAYS ? ["multiple-classes"] : [];
}

const tookJudgedClass = (day: DayClassification): boolean => OVERUSE_CLASS_RULES.some((rule) => day[rule.flag]);

/**
 * One window's counts judged against ICHD-3 8.2: each class against its threshold, the rules
 * holding, and the recorded days still needed for the window to be complete.
 * @example judgeOveruseWindow(windowCountsOf(range, { triptanDays: 12 }), 12, DEFAULT_SETTINGS).rules // ["triptan"]
 */
export function judgeOveruseWindow(counts: WindowCounts, judgedClassDays: number, settings: Pick<PathwaySettings, "minRecordedDays">): OveruseWindowJudgement {
  return {
    start: counts.start,
    end: counts.end,
    daysRecorded: counts.daysRecorded,
    complete: counts.complete,
    daysNeeded: Math.max(0, settings.minRecordedDays - counts.daysRecorded),
    anyHeadacheDays: counts.anyHeadacheDays,
    minAnyHeadacheDays: OVERUSE_MIN_HEADACHE_DAYS,
    classCounts: OVERUSE_CLASS_RULES.map((rule) => ({ name: rule.name, days: counts[rule.count], minDays: rule.minDays, reaches: counts[rule.count] >= rule.minDays })),
    judgedClassDays,
    rules: overuseRulesIn(counts, judgedClassDays),
  };
}

/**
 * Judges medication overuse on W1-W3 as of `A` (pathway-rules §4): insufficient-data unless all
 * three windows are complete; suspected when each window has at least 15 days with any headache
 * and at least one rule holding (not necessarily the same one: overuse that moves between classes
 * is still overuse); else not-suspected.
 * @example assessMedicationOveruse(diary, plainDate("2026-07-20"), { settings: DEFAULT_SETTINGS })
 *   // { status: "suspected", classes: ["triptan"], windows: [...] }
 */
export function assessMedicationOveruse(diary: readonly DiaryDay[], asOf: PlainDate, context: DiaryContext): MedicationOveruseDecision {
  const windows = [1, 2, 3].map((n): OveruseWindowJudgement => {
    const range = windowRange(asOf, n);
    return judgeOveruseWindow(countDays(diary, range, context), countMatchingDays(diary, range, context, tookJudgedClass), context.settings);
  });
  if (!windows.every((w) => w.complete)) return { status: "insufficient-data", classes: [], windows };
  const suspected = windows.every((w) => w.anyHeadacheDays >= OVERUSE_MIN_HEADACHE_DAYS && w.rules.length > 0);
  if (!suspected) return { status: "not-suspected", classes: [], windows };
  const everyWindow = OVERUSE_CLASS_RULES.map((rule) => rule.name).filter((name) => windows.every((w) => w.rules.includes(name)));
  return { status: "suspected", classes: everyWindow.length > 0 ? everyWindow : ["multiple-classes"], windows };
}
