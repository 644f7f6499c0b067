/**
 * An independent audit of pathway-rules §6 (injections), row by row of both tables: the
 * PREEMPT site table and the problem table, with the cumulative dose, interval and override rules.
 */
import { describe, expect, it } from "vitest";
import { addDays, plainDate } from "../shared/plain-date.ts";
import type { PlainDate } from "../shared/plain-date.ts";
import type { Injection, Muscle, OtherToxinDose, Side, TreatmentSession } from "../shared/record.ts";
import { DEFAULT_SETTINGS, resolveSettings } from "../shared/settings.ts";
import { sessionBilling } from "./billing.ts";
import { checkSessions } from "./check-sessions.ts";
import { validateSession } from "./validate-session.ts";
import type { SessionHistory } from "./validate-session.ts";
import { unitsPerMl, volumeMl } from "./vials.ts";
import type { VialSize } from "./vials.ts";

const D = plainDate("2026-05-01");

/** The PREEMPT table of pathway-rules §6, written out independently of the code's table. */
const TABLE: readonly [Muscle, number, number, number, number][] = [
  ["corrugator", 1, 1, 0, 0],
  ["procerus", 0, 0, 1, 0],
  ["frontalis", 2, 2, 0, 0],
  ["temporalis", 4, 4, 0, 2],
  ["occipitalis", 3, 3, 0, 2],
  ["cervical-paraspinal", 2, 2, 0, 0],
  ["trapezius", 3, 3, 0, 4],
];
const site = (muscle: Muscle, side: Side, units = 5, followThePain?: boolean): Injection =>
  ({ muscle, side, units, ...(followThePain === undefined ? {} : { followThePain }) });
const fixedSites = (): Injection[] =>
  TABLE.flatMap(([muscle, left, right, midline]) => [
    ...Array.from({ length: left }, () => site(muscle, "left")),
    ...Array.from({ length: right }, () => site(muscle, "right")),
    ...Array.from({ length: midline }, () => site(muscle, "midline")),
  ]);
const ftpSites = (muscle: Muscle, left: number, right = 0): Injection[] => [
  ...Array.from({ length: left }, () => site(muscle, "left", 5, true)),
  ...Array.from({ length: right }, () => site(muscle, "right", 5, true)),
];
const fullFollowThePain = (): Injection[] => [...ftpSites("temporalis", 1, 1), ...ftpSites("occipitalis", 1, 1), ...ftpSites("trapezius", 2, 2)];
const session = (injections: Injection[], date: PlainDate = D, overrideReason?: string | null): TreatmentSession => ({ date, injections, overrideReason });
const noHistory: SessionHistory = { otherSessions: [], otherToxinDoses: [] };
const check = (s: TreatmentSession, history: SessionHistory = noHistory, settings = DEFAULT_SETTINGS) => validateSession(s, history, settings);
const codes = (s: TreatmentSession, history: SessionHistory = noHistory, settings = DEFAULT_SETTINGS) => check(s, history, settings).problems.map((p) => p.code).sort();

describe("pathway-rules §6 audit: the PREEMPT table", () => {
  it("gives 31 fixed sites of 5 U (155 U) with no problem, and 39 sites / 195 U with every follow-the-pain site allowed", () => {
    expect(check(session(fixedSites()))).toMatchObject({ totalUnits: 155, sites: 31, valid: true, problems: [] });
    expect(check(session([...fixedSites(), ...fullFollowThePain()]))).toMatchObject({ totalUnits: 195, sites: 39, valid: true, problems: [] });
  });

  describe.each(TABLE)("%s: %i left, %i right, %i midline fixed; %i follow-the-pain", (muscle, left, right, midline, ftpMax) => {
    const without = (side: Side) => {
      const sites = fixedSites();
      const index = sites.findIndex((s) => s.muscle === muscle && s.side === side);
      return sites.filter((_, i) => i !== index);
    };
    it.each<[Side, number]>([["left", left], ["right", right], ["midline", midline]])("counts %s fixed sites against %i", (side, expected) => {
      if (expected > 0) expect(codes(session(without(side)))).toEqual(["fixed_site_missing"]);
      const extra = codes(session([...fixedSites(), site(muscle, side)]));
      expect(extra).toContain("fixed_site_extra");
    });

    it(ftpMax === 0 ? "allows no follow-the-pain site (not-allowed warning, never the limit one)" : `allows ${ftpMax} follow-the-pain sites, both sides together`, () => {
      if (ftpMax === 0) {
        const side: Side = muscle === "procerus" ? "midline" : "left";
        expect(codes(session([...fixedSites(), site(muscle, side, 5, true)]))).toEqual(["follow_the_pain_not_allowed"]);
        return;
      }
      const half = Math.ceil(ftpMax / 2);
      expect(codes(session([...fixedSites(), ...ftpSites(muscle, half, ftpMax - half)]))).toEqual([]);
      expect(codes(session([...fixedSites(), ...ftpSites(muscle, ftpMax, 0)]))).toEqual([]);
      expect(codes(session([...fixedSites(), ...ftpSites(muscle, half, ftpMax - half + 1)]))).toEqual(["follow_the_pain_limit"]);
    });
  });

  it("treats a site without followThePain as a fixed site", () => {
    const sites = [...fixedSites(), { muscle: "temporalis" as const, side: "left" as const, units: 5 }];
    expect(codes(session(sites))).toEqual(["fixed_site_extra"]);
  });

  it("does not let follow-the-pain sites make up for a missing fixed site", () => {
    const sites = fixedSites();
    const index = sites.findIndex((s) => s.muscle === "occipitalis" && s.side === "right");
    const withFtp = [...sites.filter((_, i) => i !== index), ...ftpSites("occipitalis", 0, 1)];
    expect(codes(session(withFtp))).toEqual(["fixed_site_missing"]);
  });
});

describe("pathway-rules §6 audit: the problem table", () => {
  it.each([
    [0, "site_units_invalid"],
    [-5, "site_units_invalid"],
    [2.5, "site_units_not_standard"],
    [10, "site_units_not_standard"],
  ])("flags a site of %d U with %s, and only that", (units, code) => {
    const sites = fixedSites();
    sites[0] = { ...sites[0]!, units };
    expect(codes(session(sites))).toEqual([code]);
  });

  it("leaves zero and negative sites out of totalUnits (total sums the positive sites)", () => {
    const sites = fixedSites();
    sites[0] = { ...sites[0]!, units: -5 };
    sites[1] = { ...sites[1]!, units: 0 };
    sites[2] = { ...sites[2]!, units: 7.5 };
    expect(check(session(sites))).toMatchObject({ totalUnits: 155 - 15 + 7.5, sites: 31, valid: false });
  });

  it.each<[Muscle, Side, boolean]>([
    ["procerus", "midline", false],
    ["procerus", "left", true],
    ["procerus", "right", true],
    ["corrugator", "midline", true],
    ["frontalis", "midline", true],
    ["trapezius", "midline", true],
  ])("flags %s on the %s with midline_not_allowed: %s (an error)", (muscle, side, flagged) => {
    const result = check(session([site(muscle, side)]));
    const problem = result.problems.find((p) => p.code === "midline_not_allowed");
    expect(problem !== undefined).toBe(flagged);
    if (problem) expect(problem.severity).toBe("error");
    expect(result.valid).toBe(!flagged);
  });

  it("flags a follow-the-pain site on the midline of a muscle other than procerus", () => {
    expect(codes(session([...fixedSites(), site("temporalis", "midline", 5, true)]))).toContain("midline_not_allowed");
  });

  it.each([
    [195, false],
    [200, true],
  ])("flags a session total of %i U above 195: %s", (total, flagged) => {
    const sites = [...fixedSites(), ...fullFollowThePain()];
    if (total === 200) sites.push(site("trapezius", "right", 5, true));
    const result = check(session(sites));
    expect(result.totalUnits).toBe(total);
    expect(result.problems.some((p) => p.code === "total_above_max" && p.severity === "error")).toBe(flagged);
  });

  it("judges total_above_max on positive units only: a negative site cannot bring 200 U under the maximum", () => {
    const sites = [...fixedSites(), ...fullFollowThePain(), site("trapezius", "right", 5, true), site("frontalis", "left", -10)];
    expect(codes(session(sites))).toContain("total_above_max");
  });

  it("uses a configured maxSessionUnits", () => {
    expect(codes(session(fixedSites()), noHistory, resolveSettings({ maxSessionUnits: 150 }))).toEqual(["total_above_max"]);
  });

  it("is valid with warnings only, and invalid with any error", () => {
    const warningsOnly = [...fixedSites(), site("corrugator", "left", 5, true), site("frontalis", "right", 7)];
    expect(check(session(warningsOnly)).valid).toBe(true);
    expect(check(session([...warningsOnly, site("frontalis", "right", 0)])).valid).toBe(false);
  });

  it("gives every problem the severity of its row", () => {
    const severities = {
      site_units_invalid: "error", midline_not_allowed: "error", total_above_max: "error", cumulative_dose_exceeded: "error",
      interval_too_short: "error", site_units_not_standard: "warning", fixed_site_missing: "warning", fixed_site_extra: "warning",
      follow_the_pain_not_allowed: "warning", follow_the_pain_limit: "warning",
    } as const;
    const sites = [...fixedSites().slice(1), ...ftpSites("temporalis", 3), site("procerus", "left", 0), site("corrugator", "left", 7, true), ...Array.from({ length: 40 }, () => site("trapezius", "left", 5))];
    const previous = session(fixedSites(), addDays(D, -10));
    const result = check(session(sites), { otherSessions: [previous], otherToxinDoses: [{ date: addDays(D, -1), units: 300 }] });
    const seen = new Set(result.problems.map((p) => p.code));
    expect([...seen].sort()).toEqual(Object.keys(severities).sort());
    for (const p of result.problems) expect(p.severity).toBe(severities[p.code]);
  });
});

describe("pathway-rules §6 audit: cumulative dose [D-91, D], above 400 U", () => {
  const s155 = (date: PlainDate) => session(fixedSites(), date);
  const dose = (offset: number, units: number): OtherToxinDose => ({ date: addDays(D, offset), units });
  const exceeded = (history: SessionHistory, settings = DEFAULT_SETTINGS) => codes(s155(D), history, settings).includes("cumulative_dose_exceeded");

  it.each([
    ["155 here, 155 on D-91 (an earlier session), 90 other on D-30: 400", [s155(addDays(D, -91))], [dose(-30, 90)], false],
    ["155 here, 155 on D-91, 91 other on D-30: 401", [s155(addDays(D, -91))], [dose(-30, 91)], true],
    ["155 here, 155 on D-92 (outside), 200 other on D-1: 355", [s155(addDays(D, -92))], [dose(-1, 200)], false],
    ["155 here, 246 other on D (same day counts): 401", [], [dose(0, 246)], true],
    ["155 here, 246 other on D+1 (after D): 155", [], [dose(1, 246)], false],
    ["155 here, 246 other on D-91: 401", [], [dose(-91, 246)], true],
    ["155 here, 246 other on D-92: 155", [], [dose(-92, 246)], false],
    ["155 here, a later session on D+30 (not earlier): 155 + 100 other", [s155(addDays(D, 30))], [dose(-5, 100)], false],
    ["155 here, two earlier sessions in the window: 465", [s155(addDays(D, -90)), s155(addDays(D, -45))], [], true],
  ])("%s -> exceeded %s", (_, otherSessions, otherToxinDoses, expected) => {
    expect(exceeded({ otherSessions, otherToxinDoses })).toBe(expected);
  });

  it("counts an earlier session by its positive units only", () => {
    const earlier = session([...fixedSites(), site("frontalis", "left", -100)], addDays(D, -80));
    expect(exceeded({ otherSessions: [earlier], otherToxinDoses: [dose(-1, 90)] })).toBe(false); // 155 + 155 + 90
    expect(exceeded({ otherSessions: [earlier], otherToxinDoses: [dose(-1, 91)] })).toBe(true);
  });

  it("uses configured cumulativeDoseWindowDays (84: D-83 counts, D-84 does not) and cumulativeDoseMaxUnits", () => {
    const settings = resolveSettings({ cumulativeDoseWindowDays: 84 });
    expect(exceeded({ otherSessions: [], otherToxinDoses: [dose(-83, 246)] }, settings)).toBe(true);
    expect(exceeded({ otherSessions: [], otherToxinDoses: [dose(-84, 246)] }, settings)).toBe(false);
    expect(exceeded({ otherSessions: [], otherToxinDoses: [] }, resolveSettings({ cumulativeDoseMaxUnits: 154 }))).toBe(true);
  });

  it("in checkSessions, judges each session only on what came on or before its date", () => {
    const first = s155(D);
    const second = s155(addDays(D, 80));
    const checks = checkSessions({ treatments: [second, first], otherToxinDoses: [dose(10, 100)] }, addDays(D, 80), DEFAULT_SETTINGS);
    expect(checks.map((c) => [c.date, c.problems.some((p) => p.code === "cumulative_dose_exceeded")])).toEqual([
      [D, false], // 155: the dose on D+10 and the session on D+80 are later
      [addDays(D, 80), true], // 155 + 155 + 100 = 410
    ]);
  });

  it("in checkSessions, ignores doses after A", () => {
    const checks = checkSessions({ treatments: [s155(D)], otherToxinDoses: [dose(0, 100), dose(1, 400)] }, D, DEFAULT_SETTINGS);
    expect(checks[0]?.problems.map((p) => p.code)).not.toContain("cumulative_dose_exceeded");
  });
});

describe("pathway-rules §6 audit: interval and override", () => {
  const at = (offset: number, overrideReason?: string | null) => session(fixedSites(), addDays(D, offset), overrideReason);

  it.each([
    [76, true],
    [77, false],
  ])("flags %i days since the previous session: %s", (days, flagged) => {
    expect(codes(at(days), { otherSessions: [at(0)], otherToxinDoses: [] }).includes("interval_too_short")).toBe(flagged);
  });

  it("compares only with the previous session: a session followed 10 days later by another is not flagged itself", () => {
    const checks = checkSessions({ treatments: [at(0), at(100), at(110)], otherToxinDoses: [] }, addDays(D, 200), DEFAULT_SETTINGS);
    expect(checks.map((c) => c.problems.some((p) => p.code === "interval_too_short"))).toEqual([false, false, true]);
  });

  it("measures from the latest earlier session, not the first one", () => {
    // 150 days after the first but 50 after the second: too short.
    expect(codes(at(150), { otherSessions: [at(0), at(100)], otherToxinDoses: [] })).toContain("interval_too_short");
  });

  it.each([
    ["a reason", "patient travelling", false],
    ["blank spaces", "   ", true],
    ["an empty string", "", true],
    ["null", null, true],
    ["no reason", undefined, true],
  ])("with %s as override, a 40-day interval is flagged: %s", (_, reason, flagged) => {
    const result = check(at(40, reason), { otherSessions: [at(0)], otherToxinDoses: [] });
    expect(result.problems.some((p) => p.code === "interval_too_short")).toBe(flagged);
    expect(result.valid).toBe(!flagged);
  });

  it("clears only interval_too_short: the cumulative dose and every other problem stay", () => {
    const sites = [...fixedSites(), ...fullFollowThePain(), site("trapezius", "left", 5, true), site("procerus", "left", 0)];
    // 200 U here + 155 U on D + 50 U other on D+20 = 405 U in the window.
    const result = check(session(sites, addDays(D, 40), "urgent"), { otherSessions: [at(0)], otherToxinDoses: [{ date: addDays(D, 20), units: 50 }] });
    expect(result.intervalOverridden).toBe(true);
    expect(result.problems.map((p) => p.code).sort()).toEqual(
      ["cumulative_dose_exceeded", "fixed_site_extra", "follow_the_pain_limit", "midline_not_allowed", "site_units_invalid", "total_above_max"].sort(),
    );
    expect(result.valid).toBe(false);
  });

  it("uses a configured minIntervalDays", () => {
    const settings = resolveSettings({ minIntervalDays: 84 });
    expect(codes(at(83), { otherSessions: [at(0)], otherToxinDoses: [] }, settings)).toContain("interval_too_short");
    expect(codes(at(84), { otherSessions: [at(0)], otherToxinDoses: [] }, settings)).not.toContain("interval_too_short");
  });

  it("in checkSessions, ignores sessions after A and lists the rest in date order", () => {
    const checks = checkSessions({ treatments: [at(100), at(0), at(110)], otherToxinDoses: [] }, addDays(D, 105), DEFAULT_SETTINGS);
    expect(checks.map((c) => c.date)).toEqual([D, addDays(D, 100)]);
    expect(checks.every((c) => c.valid)).toBe(true);
  });
});

describe("pathway-rules §6 audit: vials and billing", () => {
  it("dilutes 100 U in 2 mL and 200 U in 4 mL to 5 U in 0.1 mL", () => {
    expect(volumeMl(5, unitsPerMl(100, 2))).toBe(0.1);
    expect(volumeMl(5, unitsPerMl(200, 4))).toBe(0.1);
  });

  it.each<[string, Injection[], VialSize[], number, [string, string, number][]]>([
    ["155 U from one 200 U vial", fixedSites(), [200], 45, [["64615", "", 1], ["J0585", "", 155], ["J0585", "JW", 45]]],
    ["195 U from two 100 U vials", [...fixedSites(), ...fullFollowThePain()], [100, 100], 5, [["64615", "", 1], ["J0585", "", 195], ["J0585", "JW", 5]]],
    ["200 U from two 100 U vials", [...fixedSites(), ...fullFollowThePain(), site("trapezius", "left", 5, true)], [100, 100], 0, [["64615", "", 1], ["J0585", "JZ", 200]]],
    ["155 U with a 0 U site, from a 200 U vial (units given are the positive ones)", [...fixedSites(), site("frontalis", "left", 0)], [200], 45, [["64615", "", 1], ["J0585", "", 155], ["J0585", "JW", 45]]],
  ])("bills %s: waste %i", (_, injections, vials, waste, lines) => {
    const billing = sessionBilling(injections, vials);
    expect(billing.usage.unitsWasted).toBe(waste);
    expect(billing.lines?.map((l) => [l.code, l.modifiers.join(), l.quantity])).toEqual(lines);
  });
});
