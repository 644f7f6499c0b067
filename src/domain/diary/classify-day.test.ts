import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay } from "../shared/record.ts";
import { DEFAULT_SETTINGS, resolveSettings } from "../shared/settings.ts";
import { classifyDay, countsAsMigraine, ichdMinHoursOn } from "./classify-day.ts";

const D = plainDate("2026-03-10");
const adult = { birthDate: plainDate("1980-05-05"), settings: DEFAULT_SETTINGS };
const strict = { birthDate: plainDate("1980-05-05"), settings: resolveSettings({ migraineDayRule: "ichd-strict" }) };
const day = (answers: Omit<DiaryDay, "date">, date: PlainDate = D): DiaryDay => ({ date, ...answers });

describe("what a diary day counts as (pathway-rules §2)", () => {
  describe("headache days and moderate/severe days", () => {
    it.each([
      [3.99, false],
      [4, true],
      [24, true],
    ])("counts a %s-hour headache as a headache day: %s", (hours, expected) => {
      expect(classifyDay(day({ headache: true, hours, severity: 1 }), adult).headacheDay).toBe(expected);
    });

    it("counts a 3-hour headache as any-headache but not as a headache day", () => {
      const c = classifyDay(day({ headache: true, hours: 3, severity: 3 }), adult);
      expect(c).toMatchObject({ anyHeadache: true, headacheDay: false, moderateSevere: false });
    });

    it("counts a 0-hour headache as any-headache (any duration)", () => {
      expect(classifyDay(day({ headache: true, hours: 0, severity: 1 }), adult).anyHeadache).toBe(true);
    });

    it("uses the configured headacheDayMinHours for headache days", () => {
      const settings = resolveSettings({ headacheDayMinHours: 2 });
      expect(classifyDay(day({ headache: true, hours: 2, severity: 1 }), { settings }).headacheDay).toBe(true);
      expect(classifyDay(day({ headache: true, hours: 1.5, severity: 1 }), { settings }).headacheDay).toBe(false);
    });

    it.each([
      [1, false],
      [2, true],
      [3, true],
    ] as const)("counts a 4-hour headache of severity %s as moderate/severe: %s", (severity, expected) => {
      expect(classifyDay(day({ headache: true, hours: 4, severity }), adult).moderateSevere).toBe(expected);
    });

    it("never counts a day without headache, whatever its hours and severity say", () => {
      const c = classifyDay(day({ headache: false, hours: 8, severity: 3, features: { aura: true, nausea: true, pulsating: true, unilateral: true } }), adult);
      expect(c).toMatchObject({ anyHeadache: false, headacheDay: false, moderateSevere: false, migraine: false });
    });
  });

  describe("migraine days (ICHD-3 B, C, D)", () => {
    it("counts a 3-hour day with nausea and pulsating, moderate pain as a migraine day (C and D: probable migraine)", () => {
      const c = classifyDay(day({ headache: true, hours: 3, severity: 2, features: { pulsating: true, nausea: true } }), adult);
      expect(c.criteria).toMatchObject({ b: false, c: true, d: true });
      expect(c.migraine).toBe(true);
    });

    it.each([
      ["B and C", { hours: 4, severity: 2 as const, features: { unilateral: true } }, true],
      ["B and D", { hours: 4, severity: 1 as const, features: { vomiting: true } }, true],
      ["C and D", { hours: 1, severity: 3 as const, features: { aggravatedByActivity: true, nausea: true } }, true],
      ["B, C and D", { hours: 6, severity: 2 as const, features: { pulsating: true, nausea: true } }, true],
      ["B only", { hours: 8, severity: 1 as const, features: { unilateral: true } }, false],
      ["C only", { hours: 2, severity: 2 as const, features: { pulsating: true } }, false],
      ["D only", { hours: 2, severity: 1 as const, features: { nausea: true } }, false],
      ["none", { hours: 1, severity: 1 as const, features: {} }, false],
    ])("under probable-counts, a day meeting %s is a migraine day: %s", (_label, answers, expected) => {
      expect(classifyDay(day({ headache: true, ...answers }), adult).migraine).toBe(expected);
    });

    it.each([
      ["B and C", { hours: 4, severity: 2 as const, features: { unilateral: true } }, false],
      ["B and D", { hours: 4, severity: 1 as const, features: { vomiting: true } }, false],
      ["C and D", { hours: 1, severity: 3 as const, features: { aggravatedByActivity: true, nausea: true } }, true],
      ["B, C and D", { hours: 6, severity: 2 as const, features: { pulsating: true, nausea: true } }, true],
    ])("under ichd-strict, a day meeting %s is a migraine day: %s", (_label, answers, expected) => {
      expect(classifyDay(day({ headache: true, ...answers }), strict).migraine).toBe(expected);
    });

    it.each([
      [{ unilateral: true, pulsating: true }, 1, true],
      [{ unilateral: true }, 2, true],
      [{ aggravatedByActivity: true }, 3, true],
      [{ unilateral: true }, 1, false],
      [{}, 3, false],
    ] as const)("criterion C: features %j with severity %s holds: %s", (features, severity, expected) => {
      expect(classifyDay(day({ headache: true, hours: 1, severity, features }), adult).criteria.c).toBe(expected);
    });

    it.each([
      [{ nausea: true }, true],
      [{ vomiting: true }, true],
      [{ photophobia: true, phonophobia: true }, true],
      [{ photophobia: true }, false],
      [{ phonophobia: true }, false],
      [{ nausea: false, photophobia: true, phonophobia: false }, false],
    ])("criterion D: features %j holds: %s", (features, expected) => {
      expect(classifyDay(day({ headache: true, hours: 1, severity: 1, features }), adult).criteria.d).toBe(expected);
    });

    it("counts an aura day with headache as a migraine day under both rules", () => {
      const answers = { headache: true, hours: 1, severity: 1 as const, features: { aura: true } };
      expect(classifyDay(day(answers), adult).migraine).toBe(true);
      expect(classifyDay(day(answers), strict).migraine).toBe(true);
    });

    it.each([
      ["triptan", true, true],
      ["ergot", true, true],
      ["triptan", false, false],
      ["triptan", undefined, false],
      ["simple-analgesic", true, false],
      ["gepant", true, false],
    ] as const)("counts a short featureless headache treated with a %s (relief %s) as a migraine day: %s", (medicationClass, relief, expected) => {
      const answers = { headache: true, hours: 1, severity: 1 as const, medications: [{ class: medicationClass, relief }] };
      expect(classifyDay(day(answers), adult).migraine).toBe(expected);
      expect(classifyDay(day(answers), strict).migraine).toBe(expected);
    });

    it("does not count triptan relief on a day without headache as a migraine day", () => {
      const c = classifyDay(day({ headache: false, medications: [{ class: "triptan", relief: true }] }), adult);
      expect(c.migraine).toBe(false);
      expect(c.triptan).toBe(true);
    });
  });

  describe("criterion B: 4 hours, 2 under 18 (ICHD-3, independent of headacheDayMinHours)", () => {
    // A 3-hour day with B and D but not C: a migraine day exactly when B holds.
    const threeHoursWithNausea = { headache: true, hours: 3, severity: 1 as const, features: { nausea: true } };
    const twoHoursWithNausea = { ...threeHoursWithNausea, hours: 2 };
    const birthDate = plainDate("2008-07-20"); // 18 on 2026-07-20

    it("applies the 2-hour rule to a patient who is 17 on that date", () => {
      expect(classifyDay(day(twoHoursWithNausea, plainDate("2026-07-19")), { birthDate, settings: DEFAULT_SETTINGS }).migraine).toBe(true);
    });

    it("applies the 4-hour rule from the 18th birthday", () => {
      expect(classifyDay(day(threeHoursWithNausea, plainDate("2026-07-20")), { birthDate, settings: DEFAULT_SETTINGS }).migraine).toBe(false);
    });

    it("holds B under 18 at 2 hours but not at 1.9", () => {
      const ctx = { birthDate, settings: DEFAULT_SETTINGS };
      expect(classifyDay(day({ ...twoHoursWithNausea, hours: 1.9 }, plainDate("2026-01-01")), ctx).criteria.b).toBe(false);
      expect(classifyDay(day(twoHoursWithNausea, plainDate("2026-01-01")), ctx).criteria.b).toBe(true);
    });

    it("uses the adult value when the birth date is not known", () => {
      expect(classifyDay(day(twoHoursWithNausea), { settings: DEFAULT_SETTINGS }).criteria.b).toBe(false);
      expect(ichdMinHoursOn(D, undefined)).toBe(4);
    });

    it.each([
      ["2026-02-28", 2],
      ["2026-03-01", 4],
    ])("for a child born 29 February 2008, uses %s's ICHD duration of %s hours (18 on 1 March in common years)", (date, hours) => {
      expect(ichdMinHoursOn(plainDate(date), plainDate("2008-02-29"))).toBe(hours);
    });

    it("does not change the headache day count for children (headacheDayMinHours stays 4)", () => {
      const c = classifyDay(day(twoHoursWithNausea, plainDate("2026-01-01")), { birthDate, settings: DEFAULT_SETTINGS });
      expect(c.headacheDay).toBe(false);
    });
  });

  describe("acute medication days", () => {
    it.each([
      ["triptan", "triptan"],
      ["ergot", "ergot"],
      ["simple-analgesic", "simpleAnalgesic"],
      ["opioid", "opioid"],
      ["combination-analgesic", "combinationAnalgesic"],
      ["gepant", "gepant"],
      ["ditan", "ditan"],
      ["other", "otherAcute"],
    ] as const)("flags a day with a %s taken as a %s day and an acute-medication day", (medicationClass, flag) => {
      const c = classifyDay(day({ headache: false, medications: [{ class: medicationClass }] }), adult);
      expect(c[flag]).toBe(true);
      expect(c.acuteMedication).toBe(true);
      const others = (["triptan", "ergot", "simpleAnalgesic", "opioid", "combinationAnalgesic", "gepant", "ditan", "otherAcute"] as const).filter((f) => f !== flag);
      for (const other of others) expect(c[other]).toBe(false);
    });

    it("flags no medication on a day without medications, and an empty list the same", () => {
      expect(classifyDay(day({ headache: true, hours: 5, severity: 2 }), adult).acuteMedication).toBe(false);
      expect(classifyDay(day({ headache: true, hours: 5, severity: 2, medications: [] }), adult).acuteMedication).toBe(false);
    });

    it("flags each class once however many doses of it were taken", () => {
      const c = classifyDay(day({ headache: true, hours: 5, severity: 2, medications: [{ class: "triptan" }, { class: "triptan" }, { class: "opioid" }] }), adult);
      expect(c).toMatchObject({ triptan: true, opioid: true, simpleAnalgesic: false, acuteMedication: true });
    });
  });

  it("treats missing hours and severity on a headache day as 0 (validation requires them at the boundary)", () => {
    expect(classifyDay(day({ headache: true }), adult)).toMatchObject({ anyHeadache: true, headacheDay: false, migraine: false });
  });

  it("decides the counting rule on the criteria alone", () => {
    const bc = { b: true, c: true, d: false, aura: false, triptanOrErgotRelief: false };
    expect(countsAsMigraine(bc, "probable-counts")).toBe(true);
    expect(countsAsMigraine(bc, "ichd-strict")).toBe(false);
  });
});
