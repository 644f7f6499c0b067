/**
 * An independent audit of pathway-rules §3 (chronic migraine) and §4 (medication overuse),
 * sentence by sentence, each boundary on both sides.
 */
import { describe, expect, it } from "vitest";
import { addDays, plainDate } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { AcuteMedicationClass, DiaryDay } from "../shared/record.ts";
import { DEFAULT_SETTINGS, resolveSettings } from "../shared/settings.ts";
import { daysInWindow, headacheFreeDay, windowCountsOf } from "../diary/diary-builders.ts";
import type { WindowCounts } from "../diary/window-counts.ts";
import { windowRange, windowsAsOf } from "../diary/windows.ts";
import { assessChronicMigraine } from "./chronic-migraine.ts";
import { assessMedicationOveruse } from "./medication-overuse.ts";

const A = plainDate("2026-07-20");
const context = { settings: DEFAULT_SETTINGS };

describe("pathway-rules §3 audit: chronic migraine", () => {
  type W = Partial<WindowCounts>;
  const meeting: W = { anyHeadacheDays: 15, migraineDays: 8 };
  const judge = (windows: readonly W[], since?: string, settings = DEFAULT_SETTINGS) =>
    assessChronicMigraine({
      windows: windows.map((w, i) => windowCountsOf(windowRange(A, i + 1), w)),
      asOf: A,
      history: since === undefined ? {} : { chronicMigraineSince: plainDate(since) },
      settings,
    }).status;
  const incomplete: W = { daysRecorded: 19, complete: false };

  it.each<[string, W[], string]>([
    ["15 and 8 in each of W1-W3", [meeting, meeting, meeting], "met"],
    ["14 any-headache days in W3", [meeting, meeting, { anyHeadacheDays: 14, migraineDays: 14 }], "not-met"],
    ["7 migraine days in W2", [meeting, { anyHeadacheDays: 28, migraineDays: 7 }, meeting], "not-met"],
    ["W3 incomplete though meeting", [meeting, meeting, { ...meeting, ...incomplete }], "insufficient-data"],
    ["W1 incomplete and a complete W2 missing", [{ ...meeting, ...incomplete }, { anyHeadacheDays: 3 }, meeting], "not-met"],
    ["an incomplete window that misses (it does not count as missing)", [meeting, meeting, { anyHeadacheDays: 0, ...incomplete }], "insufficient-data"],
    ["all three incomplete", [incomplete, incomplete, incomplete], "insufficient-data"],
    ["W4 missing both thresholds (windows beyond W3 are not judged)", [meeting, meeting, meeting, { anyHeadacheDays: 0 }], "met"],
  ])("without attestation, %s: %s", (_, windows, expected) => {
    expect(judge(windows)).toBe(expected);
  });

  describe("attested history (config attestedHistoryMinDays, default 90)", () => {
    const onlyW1: W[] = [meeting, incomplete, incomplete];
    it.each([
      ["A-90", "2026-04-21", "met"],
      ["A-89", "2026-04-22", "insufficient-data"],
      ["A-1000", "2023-10-24", "met"],
    ])("with W1 complete and meeting, attested since %s: %s", (_, since, expected) => {
      expect(addDays(A, -90)).toBe("2026-04-21");
      expect(judge(onlyW1, since)).toBe(expected);
    });

    it("is not met with an old attestation when a complete W1 misses (14 any-headache days)", () => {
      expect(judge([{ anyHeadacheDays: 14, migraineDays: 14 }, incomplete, incomplete], "2020-01-01")).toBe("not-met");
    });

    it("is insufficient-data with an old attestation when W1 is incomplete, even though W2 and W3 meet", () => {
      expect(judge([{ ...meeting, ...incomplete }, meeting, meeting], "2020-01-01")).toBe("insufficient-data");
    });

    it("is not-met with an old attestation when W1 is incomplete and a complete W2 misses", () => {
      expect(judge([{ ...meeting, ...incomplete }, { anyHeadacheDays: 2 }, meeting], "2020-01-01")).toBe("not-met");
    });

    it("uses a configured attestedHistoryMinDays (30: A-30 attests, A-29 does not)", () => {
      const settings = resolveSettings({ attestedHistoryMinDays: 30 });
      expect(judge(onlyW1, addDays(A, -30), settings)).toBe("met");
      expect(judge(onlyW1, addDays(A, -29), settings)).toBe("insufficient-data");
    });
  });

  it("counts any headache of any duration towards the 15 days, and migraine days by the diary rules", () => {
    // 15 headaches per window: 8 migraine days (C and D on 1 hour) and 7 one-hour plain headaches.
    const diary = [1, 2, 3].flatMap((n) => daysInWindow(A, n, (date, i) => {
      if (i < 8) return { date, headache: true, hours: 1, severity: 2, features: { unilateral: true, nausea: true } };
      if (i < 15) return { date, headache: true, hours: 1, severity: 1 };
      return headacheFreeDay(date);
    }));
    const windows = windowsAsOf(diary, A, context);
    expect(windows.slice(0, 3).map((w) => [w.anyHeadacheDays, w.headacheDays, w.migraineDays])).toEqual([[15, 0, 8], [15, 0, 8], [15, 0, 8]]);
    expect(assessChronicMigraine({ windows, asOf: A, settings: DEFAULT_SETTINGS }).status).toBe("met");
    // Under ichd-strict, C and D still count: the same diary stays met.
    const strict = resolveSettings({ migraineDayRule: "ichd-strict" });
    expect(assessChronicMigraine({ windows: windowsAsOf(diary, A, { settings: strict }), asOf: A, settings: strict }).status).toBe("met");
  });

  it("is not met under ichd-strict when the migraine days are probable only (B and C without D)", () => {
    const diary = [1, 2, 3].flatMap((n) => daysInWindow(A, n, (date, i) =>
      i < 15 ? { date, headache: true, hours: 5, severity: 2, features: { unilateral: true } } : headacheFreeDay(date)));
    const strict = resolveSettings({ migraineDayRule: "ichd-strict" });
    expect(assessChronicMigraine({ windows: windowsAsOf(diary, A, context), asOf: A, settings: DEFAULT_SETTINGS }).status).toBe("met");
    expect(assessChronicMigraine({ windows: windowsAsOf(diary, A, { settings: strict }), asOf: A, settings: strict }).status).toBe("not-met");
  });
});

describe("pathway-rules §4 audit: medication overuse", () => {
  /** One window: headache on the first `headache` days; each class taken on the days its predicate picks. */
  interface Plan {
    readonly headache?: number;
    readonly recorded?: number;
    readonly meds?: readonly (readonly [AcuteMedicationClass, (i: number) => boolean])[];
  }
  const firstN = (n: number) => (i: number) => i < n;
  const lastN = (n: number) => (i: number) => i >= 28 - n;
  const windowDiary = (n: number, plan: Plan): DiaryDay[] =>
    daysInWindow(A, n, (date: PlainDate, i: number) => {
      const medications = (plan.meds ?? []).filter(([, on]) => on(i)).map(([cls]) => ({ class: cls }));
      return i < (plan.headache ?? 15) ? { date, headache: true, hours: 6, severity: 2, medications } : headacheFreeDay(date, { medications });
    }, plan.recorded ?? 28);
  const judge = (...plans: Plan[]) => assessMedicationOveruse(plans.flatMap((p, i) => windowDiary(i + 1, p)), A, context);
  const all = (plan: Plan) => judge(plan, plan, plan);

  it.each<[string, Plan, string, readonly string[]]>([
    ["triptans on 10 days", { meds: [["triptan", firstN(10)]] }, "suspected", ["triptan"]],
    ["triptans on 9 days", { meds: [["triptan", firstN(9)]] }, "not-suspected", []],
    ["ergots on 10 days", { meds: [["ergot", firstN(10)]] }, "suspected", ["ergot"]],
    ["opioids on 10 days", { meds: [["opioid", firstN(10)]] }, "suspected", ["opioid"]],
    ["combination analgesics on 10 days", { meds: [["combination-analgesic", firstN(10)]] }, "suspected", ["combination-analgesic"]],
    ["simple analgesics on 15 days", { meds: [["simple-analgesic", firstN(15)]] }, "suspected", ["simple-analgesic"]],
    ["simple analgesics on 14 days (one judged class)", { meds: [["simple-analgesic", firstN(14)]] }, "not-suspected", []],
    ["simple analgesics on 14 days and a triptan on 1 other day", { meds: [["simple-analgesic", firstN(14)], ["triptan", lastN(1)]] }, "suspected", ["multiple-classes"]],
    ["triptans and opioids on the same 9 days (9 judged days)", { meds: [["triptan", firstN(9)], ["opioid", firstN(9)]] }, "not-suspected", []],
    ["triptans on 5 days and opioids on 5 other days (10 judged days)", { meds: [["triptan", firstN(5)], ["opioid", lastN(5)]] }, "suspected", ["multiple-classes"]],
    ["triptans on 10 days and opioids on 5 other days (triptan meets its own rule)", { meds: [["triptan", firstN(10)], ["opioid", lastN(5)]] }, "suspected", ["triptan"]],
    ["triptans and opioids each on 10 days", { meds: [["triptan", firstN(10)], ["opioid", lastN(10)]] }, "suspected", ["triptan", "opioid"]],
    ["gepants, ditans and other on every day", { meds: [["gepant", () => true], ["ditan", () => true], ["other", () => true]] }, "not-suspected", []],
    ["triptans on 5 days and gepants on 20 other days (one judged class)", { meds: [["triptan", firstN(5)], ["gepant", lastN(20)]] }, "not-suspected", []],
    ["triptans on 10 headache-free days (medication days count whatever the headache)", { headache: 15, meds: [["triptan", lastN(10)]] }, "suspected", ["triptan"]],
    ["triptans on 10 days but only 14 days with headache", { headache: 14, meds: [["triptan", firstN(10)]] }, "not-suspected", []],
  ])("in each of W1-W3, %s: %s %j", (_, plan, status, classes) => {
    const decision = all(plan);
    expect(decision.status).toBe(status);
    expect(decision.classes).toEqual(classes);
  });

  it("counts any headache (a 1-hour headache too) towards the 15 days of §4", () => {
    const diary = [1, 2, 3].flatMap((n) => daysInWindow(A, n, (date, i) =>
      i < 15 ? { date, headache: true, hours: 1, severity: 1, medications: i < 10 ? [{ class: "triptan" as const }] : [] } : headacheFreeDay(date)));
    expect(assessMedicationOveruse(diary, A, context).status).toBe("suspected");
  });

  it("is insufficient-data, classes empty, when one of W1-W3 is incomplete even if the others show overuse", () => {
    const overuse: Plan = { headache: 28, meds: [["triptan", () => true]] };
    const decision = judge(overuse, overuse, { ...overuse, recorded: 19 });
    expect(decision).toMatchObject({ status: "insufficient-data", classes: [] });
  });

  it("does not look at W4 (an incomplete W4 does not make it insufficient)", () => {
    const overuse: Plan = { meds: [["triptan", firstN(10)]] };
    const diary = [...[1, 2, 3].flatMap((n) => windowDiary(n, overuse)), ...windowDiary(4, { recorded: 3 })];
    expect(assessMedicationOveruse(diary, A, context).status).toBe("suspected");
  });

  it("needs a rule in each window, not the same rule: moving from triptan to opioid to triptan is multiple-classes", () => {
    const triptan: Plan = { meds: [["triptan", firstN(10)]] };
    const decision = judge(triptan, { meds: [["opioid", firstN(10)]] }, triptan);
    expect(decision).toMatchObject({ status: "suspected", classes: ["multiple-classes"] });
  });

  it("names only the class holding in all three windows, not one holding in W1 alone", () => {
    const triptan: Plan = { meds: [["triptan", firstN(10)]] };
    const decision = judge({ meds: [["triptan", firstN(10)], ["ergot", lastN(10)]] }, triptan, triptan);
    expect(decision).toMatchObject({ status: "suspected", classes: ["triptan"] });
  });

  it("names multiple-classes when a class holds in two windows and the third holds only multiple-classes", () => {
    const triptan: Plan = { meds: [["triptan", firstN(10)]] };
    const decision = judge(triptan, { meds: [["triptan", firstN(5)], ["opioid", lastN(5)]] }, triptan);
    expect(decision).toMatchObject({ status: "suspected", classes: ["multiple-classes"] });
  });

  it("is not suspected, classes empty, when one window has no rule holding", () => {
    const triptan: Plan = { meds: [["triptan", firstN(10)]] };
    expect(judge(triptan, triptan, { meds: [["triptan", firstN(9)]] })).toMatchObject({ status: "not-suspected", classes: [] });
  });

  it("ignores medication days dated after A", () => {
    const nine: Plan = { meds: [["triptan", firstN(9)]] };
    const diary = [...[1, 2, 3].flatMap((n) => windowDiary(n, nine)), { date: addDays(A, 1), headache: true, hours: 5, severity: 2 as const, medications: [{ class: "triptan" as const }] }];
    // W1 already holds A; a 10th triptan day after A must not tip W1 over.
    expect(assessMedicationOveruse(diary, A, context).windows[0]?.rules).toEqual([]);
  });
});
