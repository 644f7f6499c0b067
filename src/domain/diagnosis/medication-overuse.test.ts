import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { AcuteMedicationClass, DiaryDay } from "../shared/record.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import { daysInWindow, headacheFreeDay, migraineDay, windowCountsOf } from "../diary/diary-builders.ts";
import { windowRange } from "../diary/windows.ts";
import { assessMedicationOveruse, overuseRulesIn } from "./medication-overuse.ts";

const A = plainDate("2026-07-20");
const context = { settings: DEFAULT_SETTINGS };

/** One window's diary: `headacheDays` headache days first, then headache-free days; medication plan by day index. */
interface WindowPlan {
  readonly headacheDays?: number;
  readonly recorded?: number;
  readonly medications?: readonly (readonly [AcuteMedicationClass, number])[]; // class taken on the first N days
}
function windowDiary(n: number, plan: WindowPlan): DiaryDay[] {
  const headacheDays = plan.headacheDays ?? 15;
  return daysInWindow(A, n, (date: PlainDate, i: number) => {
    const medications = (plan.medications ?? []).filter(([, days]) => i < days).map(([medicationClass]) => ({ class: medicationClass }));
    return i < headacheDays ? migraineDay(date, { medications }) : headacheFreeDay(date, { medications });
  }, plan.recorded ?? 28);
}
const diaryOf = (...plans: WindowPlan[]): DiaryDay[] => plans.flatMap((plan, i) => windowDiary(i + 1, plan));
const same = (plan: WindowPlan): DiaryDay[] => diaryOf(plan, plan, plan);

describe("medication overuse (pathway-rules §4, ICHD-3 8.2)", () => {
  describe("rules within one window", () => {
    const counts = (overrides: object) => windowCountsOf(windowRange(A, 1), overrides);
    it.each([
      ["triptanDays", 10, ["triptan"]],
      ["triptanDays", 9, []],
      ["ergotDays", 10, ["ergot"]],
      ["opioidDays", 10, ["opioid"]],
      ["combinationAnalgesicDays", 10, ["combination-analgesic"]],
      ["combinationAnalgesicDays", 9, []],
      ["simpleAnalgesicDays", 15, ["simple-analgesic"]],
      ["simpleAnalgesicDays", 14, []],
      ["gepantDays", 28, []],
      ["ditanDays", 28, []],
      ["otherAcuteDays", 28, []],
    ])("with %s = %s the rules holding are %j", (count, days, expected) => {
      expect(overuseRulesIn(counts({ [count]: days }), days)).toEqual(expected);
    });

    it("names multiple-classes when two judged classes are used on 10 days together and neither alone reaches its rule", () => {
      expect(overuseRulesIn(counts({ triptanDays: 5, simpleAnalgesicDays: 5 }), 10)).toEqual(["multiple-classes"]);
    });

    it("does not name multiple-classes on 9 days with two judged classes", () => {
      expect(overuseRulesIn(counts({ triptanDays: 5, simpleAnalgesicDays: 5 }), 9)).toEqual([]);
    });

    it("does not name multiple-classes for one judged class plus unjudged gepants", () => {
      expect(overuseRulesIn(counts({ triptanDays: 9, gepantDays: 9 }), 12)).toEqual([]);
    });

    it("does not name multiple-classes when a class meets its own rule", () => {
      expect(overuseRulesIn(counts({ triptanDays: 10, simpleAnalgesicDays: 5 }), 12)).toEqual(["triptan"]);
    });

    it("names every class meeting its own rule", () => {
      expect(overuseRulesIn(counts({ triptanDays: 10, simpleAnalgesicDays: 15 }), 15)).toEqual(["triptan", "simple-analgesic"]);
    });
  });

  it("is suspected with 15 headache days and triptans on 10 days in each of W1-W3, naming triptan", () => {
    const decision = assessMedicationOveruse(same({ headacheDays: 15, medications: [["triptan", 10]] }), A, context);
    expect(decision).toMatchObject({ status: "suspected", classes: ["triptan"] });
    expect(decision.windows.map((w) => w.judgedClassDays)).toEqual([10, 10, 10]);
  });

  it("is not suspected with 14 headache days in one window, whatever the medication", () => {
    const plan = { headacheDays: 15, medications: [["triptan", 12]] } as const;
    const decision = assessMedicationOveruse(diaryOf(plan, { ...plan, headacheDays: 14 }, plan), A, context);
    expect(decision).toMatchObject({ status: "not-suspected", classes: [] });
  });

  it("is not suspected with triptans on 9 days", () => {
    expect(assessMedicationOveruse(same({ medications: [["triptan", 9]] }), A, context).status).toBe("not-suspected");
  });

  it("is insufficient-data when one of W1-W3 has 19 recorded days", () => {
    const plan = { medications: [["triptan", 12]] } as const;
    const decision = assessMedicationOveruse(diaryOf(plan, plan, { ...plan, recorded: 19 }), A, context);
    expect(decision).toMatchObject({ status: "insufficient-data", classes: [] });
  });

  it("is judged with 20 recorded days in each window", () => {
    expect(assessMedicationOveruse(same({ recorded: 20, medications: [["opioid", 10]] }), A, context).status).toBe("suspected");
  });

  it("names multiple-classes when triptan and simple analgesics are used on 10 judged days without either overused alone", () => {
    const decision = assessMedicationOveruse(same({ medications: [["triptan", 6], ["simple-analgesic", 10]] }), A, context);
    expect(decision).toMatchObject({ status: "suspected", classes: ["multiple-classes"] });
  });

  it("names multiple-classes when overuse moves from one class to another between windows", () => {
    const decision = assessMedicationOveruse(
      diaryOf({ medications: [["triptan", 10]] }, { medications: [["simple-analgesic", 15]] }, { medications: [["opioid", 10]] }),
      A, context,
    );
    expect(decision).toMatchObject({ status: "suspected", classes: ["multiple-classes"] });
  });

  it("names only the classes whose rule holds in all three windows", () => {
    const decision = assessMedicationOveruse(
      diaryOf({ medications: [["triptan", 10], ["simple-analgesic", 15]] }, { medications: [["triptan", 10]] }, { medications: [["triptan", 11], ["simple-analgesic", 15]] }),
      A, context,
    );
    expect(decision).toMatchObject({ status: "suspected", classes: ["triptan"] });
  });

  it("names each class whose rule holds in all three windows (ICHD-3 allows several 8.2.x codes)", () => {
    const decision = assessMedicationOveruse(same({ medications: [["ergot", 10], ["combination-analgesic", 10]] }), A, context);
    expect(decision.classes).toEqual(["ergot", "combination-analgesic"]);
  });

  it("does not judge gepants, ditans or other medication (no ICHD-3 threshold)", () => {
    expect(assessMedicationOveruse(same({ medications: [["gepant", 28], ["ditan", 28], ["other", 28]] }), A, context).status).toBe("not-suspected");
  });

  it("ignores diary days after the assessment date", () => {
    const diary = [...same({ medications: [["triptan", 9]] }), ...daysInWindow(plainDate("2026-08-17"), 1, (date) => migraineDay(date, { medications: [{ class: "triptan" }] }))];
    expect(assessMedicationOveruse(diary, A, context).status).toBe("not-suspected");
  });

  it("carries each window's counts against their thresholds and the days still needed", () => {
    const decision = assessMedicationOveruse(same({ medications: [["triptan", 10], ["simple-analgesic", 14]] }), A, context);
    const [w1] = decision.windows;
    expect(w1?.minAnyHeadacheDays).toBe(15);
    expect(w1?.daysNeeded).toBe(0);
    expect(w1?.classCounts.map((c) => [c.name, c.days, c.minDays, c.reaches])).toEqual([
      ["triptan", 10, 10, true],
      ["ergot", 0, 10, false],
      ["opioid", 0, 10, false],
      ["combination-analgesic", 0, 10, false],
      ["simple-analgesic", 14, 15, false],
    ]);
    expect(assessMedicationOveruse([], A, context).windows.map((w) => w.daysNeeded)).toEqual([20, 20, 20]);
  });
});
