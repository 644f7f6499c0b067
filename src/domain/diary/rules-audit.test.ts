/**
 * An independent audit of pathway-rules §1-§2 (windows, what a diary day counts as), sentence by
 * sentence, on the boundaries the module's own tests leave implicit.
 */
import { describe, expect, it } from "vitest";
import { addDays, plainDate } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { AcuteMedicationTaken, DiaryAnswers, DiaryDay } from "../shared/record.ts";
import { DEFAULT_SETTINGS, resolveSettings } from "../shared/settings.ts";
import { classifyDay } from "./classify-day.ts";
import { consecutiveDays, headacheFreeDay } from "./diary-builders.ts";
import { countDays } from "./window-counts.ts";
import { windowRange, windowsAsOf } from "./windows.ts";

const A = plainDate("2026-07-20");
const adult = { settings: DEFAULT_SETTINGS };
const strict = { settings: resolveSettings({ migraineDayRule: "ichd-strict" }) };
const at = (date: string | PlainDate, answers: DiaryAnswers): DiaryDay => ({ date: plainDate(date), ...answers });
const onA = (answers: DiaryAnswers): DiaryDay => at(A, answers);

describe("pathway-rules §1 audit: windows as of A", () => {
  it("numbers W1 = [A-27, A], W2 = [A-55, A-28], W3 = [A-83, A-56], W4 = [A-111, A-84]", () => {
    const expected = [[-27, 0], [-55, -28], [-83, -56], [-111, -84]];
    expected.forEach(([start, end], index) => {
      expect(windowRange(A, index + 1)).toEqual({ start: addDays(A, start as number), end: addDays(A, end as number) });
    });
  });

  it.each([
    ["only A itself", [0], 3],
    ["the first day of W3 (A-83)", [-83], 3],
    ["the last day of W4 (A-84)", [-84], 4],
    ["the first day of W4 (A-111)", [-111], 4],
    ["the last day of W5 (A-112)", [-112], 5],
    ["a day of W7 and days of W1", [-180, -3, 0], 7],
  ])("lists windows down to the one holding the earliest diary date on or before A: %s gives %i", (_, offsets, count) => {
    const diary = offsets.map((offset) => headacheFreeDay(addDays(A, offset)));
    const windows = windowsAsOf(diary, A, adult);
    expect(windows).toHaveLength(count);
    // Every day on or before A lands in a listed window, and the last listed window is the earliest one's.
    expect(windows.reduce((sum, w) => sum + w.daysRecorded, 0)).toBe(offsets.length);
    const earliest = addDays(A, Math.min(...offsets));
    expect(count === 3 || (windows.at(-1)!.start <= earliest && earliest <= windows.at(-1)!.end)).toBe(true);
  });

  it("lists W1-W3 only when every diary date is after A, counting none of them", () => {
    const diary = [1, 2, 300].map((offset) => at(addDays(A, offset), { headache: true, hours: 8, severity: 3 }));
    const windows = windowsAsOf(diary, A, adult);
    expect(windows).toHaveLength(3);
    expect(windows.map((w) => w.daysRecorded)).toEqual([0, 0, 0]);
  });

  it("counts a day dated A in W1 and ignores one dated A+1", () => {
    const diary = [onA({ headache: true, hours: 5, severity: 2 }), at(addDays(A, 1), { headache: true, hours: 5, severity: 2 })];
    const [w1] = windowsAsOf(diary, A, adult);
    expect(w1).toMatchObject({ daysRecorded: 1, anyHeadacheDays: 1, headacheDays: 1 });
  });

  it("leaves the windows as they were when days after A are added (nothing after A moves a figure)", () => {
    const before = consecutiveDays(addDays(A, -100), 101, (date, i) => (i % 2 === 0 ? at(date, { headache: true, hours: 6, severity: 2 }) : headacheFreeDay(date)));
    const after = consecutiveDays(addDays(A, 1), 60, (date) => at(date, { headache: true, hours: 6, severity: 3, medications: [{ class: "triptan", relief: true }] }));
    expect(windowsAsOf([...before, ...after], A, adult)).toEqual(windowsAsOf(before, A, adult));
  });

  it.each([
    [19, false],
    [20, true],
  ])("calls a window with %i recorded days complete: %s (minRecordedDays 20)", (recorded, complete) => {
    const diary = consecutiveDays(windowRange(A, 1).start, recorded, (date) => headacheFreeDay(date));
    expect(windowsAsOf(diary, A, adult)[0]?.complete).toBe(complete);
  });

  it("applies a configured minRecordedDays to every window", () => {
    const diary = consecutiveDays(windowRange(A, 2).start, 25, (date) => headacheFreeDay(date));
    const settings = resolveSettings({ minRecordedDays: 26 });
    expect(windowsAsOf(diary, A, { settings })[1]?.complete).toBe(false);
    expect(windowsAsOf(diary, A, { settings: resolveSettings({ minRecordedDays: 25 }) })[1]?.complete).toBe(true);
  });

  it("counts raw days over recorded days, never rescaled: 20 recorded with 15 headaches is 15, not 21", () => {
    const diary = consecutiveDays(windowRange(A, 1).start, 20, (date, i) => (i < 15 ? at(date, { headache: true, hours: 6, severity: 2 }) : headacheFreeDay(date)));
    expect(windowsAsOf(diary, A, adult)[0]).toMatchObject({ daysRecorded: 20, anyHeadacheDays: 15, headacheDays: 15 });
  });

  it("treats an unrecorded date as unknown: a window with no record has 0 recorded days, not 28 headache-free days", () => {
    expect(windowsAsOf([], A, adult)[0]).toMatchObject({ daysRecorded: 0, complete: false, anyHeadacheDays: 0 });
  });
});

describe("pathway-rules §2 audit: what a day counts as", () => {
  it("ignores hours and severity when headache is false, while still counting medications that day", () => {
    const c = classifyDay(onA({
      headache: false, hours: 24, severity: 3,
      features: { unilateral: true, pulsating: true, nausea: true, vomiting: true, photophobia: true, phonophobia: true, aura: true, aggravatedByActivity: true },
      medications: [{ class: "triptan", relief: true }, { class: "ergot", relief: true }],
    }), adult);
    expect(c).toMatchObject({ anyHeadache: false, headacheDay: false, moderateSevere: false, migraine: false, acuteMedication: true, triptan: true, ergot: true });
  });

  it("does not count a headache-free day with a relieving triptan as a migraine day (headache is required), in the window counts too", () => {
    const diary = [onA({ headache: false, medications: [{ class: "triptan", relief: true }] })];
    expect(countDays(diary, windowRange(A, 1), adult)).toMatchObject({ migraineDays: 0, anyHeadacheDays: 0, triptanDays: 1, acuteMedicationDays: 1 });
    expect(countDays(diary, windowRange(A, 1), strict)).toMatchObject({ migraineDays: 0 });
  });

  it.each([
    [3.99, false],
    [4, true],
  ])("counts a %s-hour headache as a headache day: %s (headacheDayMinHours 4)", (hours, expected) => {
    expect(classifyDay(onA({ headache: true, hours, severity: 1 }), adult).headacheDay).toBe(expected);
  });

  it.each([
    ["3 h severe (not a headache day)", 3, 3, false],
    ["4 h mild", 4, 1, false],
    ["4 h moderate", 4, 2, true],
    ["4 h severe", 4, 3, true],
  ] as const)("counts moderate/severe only on headache days: %s -> %s", (_, hours, severity, expected) => {
    expect(classifyDay(onA({ headache: true, hours, severity }), adult).moderateSevere).toBe(expected);
  });

  it("ties moderateSevereDays to the configured headacheDayMinHours", () => {
    const settings = resolveSettings({ headacheDayMinHours: 6 });
    expect(classifyDay(onA({ headache: true, hours: 5, severity: 3 }), { settings }).moderateSevere).toBe(false);
    expect(classifyDay(onA({ headache: true, hours: 6, severity: 3 }), { settings }).moderateSevere).toBe(true);
  });

  describe("relief: only true counts", () => {
    const shortPlainHeadache = { headache: true, hours: 1, severity: 1 } as const; // neither B, C nor D
    it.each<[string, AcuteMedicationTaken[], boolean]>([
      ["a triptan with relief true", [{ class: "triptan", relief: true }], true],
      ["an ergot with relief true", [{ class: "ergot", relief: true }], true],
      ["a triptan with relief false", [{ class: "triptan", relief: false }], false],
      ["a triptan with relief absent", [{ class: "triptan" }], false],
      ["a simple analgesic with relief true", [{ class: "simple-analgesic", relief: true }], false],
      ["a gepant with relief true", [{ class: "gepant", relief: true }], false],
      ["a ditan with relief true", [{ class: "ditan", relief: true }], false],
      ["a combination analgesic with relief true", [{ class: "combination-analgesic", relief: true }], false],
      ["a triptan without relief and an ergot with relief", [{ class: "triptan", relief: false }, { class: "ergot", relief: true }], true],
      ["a triptan without relief and an analgesic with relief", [{ class: "triptan" }, { class: "simple-analgesic", relief: true }], false],
    ])("counts a 1-hour mild headache with %s as a migraine day: %s, under both rules", (_, medications, expected) => {
      expect(classifyDay(onA({ ...shortPlainHeadache, medications }), adult).migraine).toBe(expected);
      expect(classifyDay(onA({ ...shortPlainHeadache, medications }), strict).migraine).toBe(expected);
    });
  });

  describe("criterion B: 2 hours under 18 on that date, else 4; the adult value without a birth date", () => {
    // 3 hours with nausea only: D holds, C does not; B decides whether two of B, C, D hold.
    const threeHoursWithNausea = { headache: true, hours: 3, severity: 1, features: { nausea: true } } as const;
    const turns18 = plainDate("2008-07-20");
    it.each([
      ["the day before the 18th birthday (17)", "2026-07-19", true],
      ["the 18th birthday", "2026-07-20", false],
    ])("judges B on %s: migraine %s", (_, date, expected) => {
      const c = classifyDay(at(date, threeHoursWithNausea), { birthDate: turns18, settings: DEFAULT_SETTINGS });
      expect(c.criteria.b).toBe(expected);
      expect(c.migraine).toBe(expected);
    });

    it("uses the age on each diary date, not on A, within one window", () => {
      const diary = [at("2026-07-19", threeHoursWithNausea), at("2026-07-20", threeHoursWithNausea)];
      expect(countDays(diary, windowRange(A, 1), { birthDate: turns18, settings: DEFAULT_SETTINGS }).migraineDays).toBe(1);
    });

    it.each([
      ["2026-02-28", true], // still 17: a 29 February birthday is reached on 1 March in a common year
      ["2026-03-01", false],
    ])("treats someone born on 2008-02-29 as under 18 on %s: %s", (date, under18) => {
      const c = classifyDay(at(date, threeHoursWithNausea), { birthDate: plainDate("2008-02-29"), settings: DEFAULT_SETTINGS });
      expect(c.criteria.b).toBe(under18);
    });

    it.each([
      [1.99, false],
      [2, true],
    ])("holds B for a 15-year-old at %s hours: %s", (hours, expected) => {
      const c = classifyDay(onA({ headache: true, hours, severity: 1 }), { birthDate: plainDate("2011-01-01"), settings: DEFAULT_SETTINGS });
      expect(c.criteria.b).toBe(expected);
    });

    it("uses 4 hours without a birth date", () => {
      const c = classifyDay(onA(threeHoursWithNausea), adult);
      expect(c.criteria.b).toBe(false);
      expect(c.migraine).toBe(false);
    });

    it("keeps B at 4 hours whatever headacheDayMinHours is (2 or 6)", () => {
      const low = classifyDay(onA(threeHoursWithNausea), { settings: resolveSettings({ headacheDayMinHours: 2 }) });
      expect(low).toMatchObject({ headacheDay: true, migraine: false, criteria: { b: false } });
      const high = classifyDay(onA({ headache: true, hours: 5, severity: 1, features: { nausea: true } }), { settings: resolveSettings({ headacheDayMinHours: 6 }) });
      expect(high).toMatchObject({ headacheDay: false, migraine: true, criteria: { b: true, d: true } });
    });
  });

  describe("criteria C and D", () => {
    it.each<[string, DiaryAnswers, boolean]>([
      ["one-sided alone", { headache: true, hours: 1, severity: 1, features: { unilateral: true } }, false],
      ["one-sided and pulsating", { headache: true, hours: 1, severity: 1, features: { unilateral: true, pulsating: true } }, true],
      ["one-sided and moderate", { headache: true, hours: 1, severity: 2, features: { unilateral: true } }, true],
      ["pulsating and mild", { headache: true, hours: 1, severity: 1, features: { pulsating: true } }, false],
      ["aggravated by activity and severe", { headache: true, hours: 1, severity: 3, features: { aggravatedByActivity: true } }, true],
      ["severe alone", { headache: true, hours: 1, severity: 3 }, false],
      ["features given as false", { headache: true, hours: 1, severity: 1, features: { unilateral: false, pulsating: false } }, false],
    ])("C with %s: %s", (_, answers, expected) => {
      expect(classifyDay(onA(answers), adult).criteria.c).toBe(expected);
    });

    it.each<[string, DiaryAnswers["features"], boolean]>([
      ["nausea", { nausea: true }, true],
      ["vomiting", { vomiting: true }, true],
      ["photophobia alone", { photophobia: true }, false],
      ["phonophobia alone", { phonophobia: true }, false],
      ["photophobia and phonophobia", { photophobia: true, phonophobia: true }, true],
      ["no features at all", undefined, false],
    ])("D with %s: %s", (_, features, expected) => {
      expect(classifyDay(onA({ headache: true, hours: 1, severity: 1, features }), adult).criteria.d).toBe(expected);
    });
  });

  describe("migraineDayRule: probable-counts (default) against ichd-strict", () => {
    const B = { hours: 4 } as const;
    const notB = { hours: 1 } as const;
    const C = { severity: 2, features: { unilateral: true } } as const;
    const notC = { severity: 1 } as const;
    it.each<[string, DiaryAnswers, boolean, boolean]>([
      ["B, C and D (ICHD-3 migraine)", { headache: true, ...B, severity: 2, features: { unilateral: true, nausea: true } }, true, true],
      ["B and C without D (probable)", { headache: true, ...B, ...C }, true, false],
      ["B and D without C (probable)", { headache: true, ...B, ...notC, features: { vomiting: true } }, true, false],
      ["C and D without B", { headache: true, ...notB, severity: 2, features: { unilateral: true, photophobia: true, phonophobia: true } }, true, true],
      ["B alone", { headache: true, ...B, ...notC }, false, false],
      ["C alone", { headache: true, ...notB, ...C }, false, false],
      ["D alone", { headache: true, ...notB, ...notC, features: { nausea: true } }, false, false],
      ["aura alone on a 1-hour mild headache", { headache: true, ...notB, ...notC, features: { aura: true } }, true, true],
      ["aura on a day without headache", { headache: false, features: { aura: true } }, false, false],
    ])("%s: probable-counts %s, ichd-strict %s", (_, answers, probable, ichdStrict) => {
      expect(classifyDay(onA(answers), adult).migraine).toBe(probable);
      expect(classifyDay(onA(answers), strict).migraine).toBe(ichdStrict);
    });

    it("does not let the rule change any count but migraineDays", () => {
      const diary = consecutiveDays(windowRange(A, 1).start, 28, (date, i) => at(date, { headache: true, hours: 4 + (i % 3), severity: i % 2 === 0 ? 2 : 1, features: { unilateral: true }, medications: i % 4 === 0 ? [{ class: "triptan" }] : [] }));
      const probable = countDays(diary, windowRange(A, 1), adult);
      const ichdStrict = countDays(diary, windowRange(A, 1), strict);
      expect({ ...ichdStrict, migraineDays: probable.migraineDays }).toEqual(probable);
      expect(ichdStrict.migraineDays).toBeLessThan(probable.migraineDays);
    });
  });

  describe("acute medication days, per class", () => {
    it.each([
      ["triptan", "triptanDays"],
      ["ergot", "ergotDays"],
      ["simple-analgesic", "simpleAnalgesicDays"],
      ["opioid", "opioidDays"],
      ["combination-analgesic", "combinationAnalgesicDays"],
      ["gepant", "gepantDays"],
      ["ditan", "ditanDays"],
      ["other", "otherAcuteDays"],
    ] as const)("counts a day with %s (taken twice) once in %s and once in acuteMedicationDays, whatever the headache", (medicationClass, countName) => {
      const diary = [
        onA({ headache: false, medications: [{ class: medicationClass }, { class: medicationClass }] }),
        at(addDays(A, -1), { headache: true, hours: 2, severity: 1, medications: [{ class: medicationClass }] }),
      ];
      const counts = countDays(diary, windowRange(A, 1), adult);
      expect(counts[countName]).toBe(2);
      expect(counts.acuteMedicationDays).toBe(2);
      const others = Object.entries(counts).filter(([key]) => key.endsWith("Days") && !["acuteMedicationDays", countName, "anyHeadacheDays"].includes(key));
      expect(Object.fromEntries(others)).toEqual(Object.fromEntries(others.map(([key]) => [key, 0])));
    });

    it("counts a day with two classes once in acuteMedicationDays and once in each class", () => {
      const counts = countDays([onA({ headache: true, hours: 6, severity: 2, medications: [{ class: "triptan" }, { class: "simple-analgesic" }] })], windowRange(A, 1), adult);
      expect(counts).toMatchObject({ acuteMedicationDays: 1, triptanDays: 1, simpleAnalgesicDays: 1 });
    });

    it("does not count an empty medication list as an acute medication day", () => {
      expect(classifyDay(onA({ headache: true, hours: 6, severity: 2, medications: [] }), adult).acuteMedication).toBe(false);
    });
  });

  it("counts a 0-hour headache in anyHeadacheDays only", () => {
    const counts = countDays([onA({ headache: true, hours: 0, severity: 0 })], windowRange(A, 1), adult);
    expect(counts).toMatchObject({ anyHeadacheDays: 1, headacheDays: 0, moderateSevereDays: 0, migraineDays: 0 });
  });
});
