import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, plainDate, type PlainDate } from "../shared/plain-date.ts";
import { MUSCLES, SIDES, type Injection, type Muscle, type OtherToxinDose, type TreatmentSession } from "../shared/record.ts";
import { DEFAULT_SETTINGS, resolveSettings } from "../shared/settings.ts";
import { INJECTION_PROBLEM_CODES, INJECTION_PROBLEM_SEVERITY } from "./injection-problem.ts";
import { preemptFixedInjections } from "./preempt-protocol.ts";
import { hasOverrideReason, validateSession, type SessionHistory } from "./validate-session.ts";

const D = plainDate("2026-04-26");
const ftp = (muscle: Muscle, count: number): Injection[] =>
  Array.from({ length: count }, (_, i) => ({ muscle, side: i % 2 === 0 ? "left" : "right", units: 5, followThePain: true }));
const standard = (): Injection[] => preemptFixedInjections();
const maximal = (): Injection[] => [...standard(), ...ftp("temporalis", 2), ...ftp("occipitalis", 2), ...ftp("trapezius", 4)];
const session = (injections: Injection[], date: PlainDate = D, overrideReason: string | null = null): TreatmentSession => ({ date, injections, overrideReason });
const history = (otherSessions: TreatmentSession[] = [], otherToxinDoses: OtherToxinDose[] = []): SessionHistory => ({ otherSessions, otherToxinDoses });
const codes = (s: TreatmentSession, h: SessionHistory = history(), settings = DEFAULT_SETTINGS) => validateSession(s, h, settings).problems.map((p) => p.code);

describe("validation of a treatment session (pathway-rules §6)", () => {
  it("finds a standard 155 U session of 31 fixed sites valid with no problems", () => {
    expect(validateSession(session(standard()), history(), DEFAULT_SETTINGS)).toEqual({
      date: D, totalUnits: 155, sites: 31, valid: true, problems: [], intervalOverridden: false,
    });
  });

  it("finds a 195 U session with 8 follow-the-pain sites valid with no problems", () => {
    expect(validateSession(session(maximal()), history(), DEFAULT_SETTINGS)).toMatchObject({ totalUnits: 195, sites: 39, valid: true, problems: [] });
  });

  it("finds 195 U within the session maximum and 200 U above it", () => {
    const at195 = [...standard(), ...ftp("trapezius", 4), ...ftp("temporalis", 4)]; // 195 U, temporalis over its limit
    expect(codes(session(at195))).not.toContain("total_above_max");
    const at200 = [...maximal(), { muscle: "trapezius", side: "left", units: 5, followThePain: true } as const];
    const check = validateSession(session(at200), history(), DEFAULT_SETTINGS);
    expect(check.totalUnits).toBe(200);
    expect(check.valid).toBe(false);
    expect(check.problems).toContainEqual({ code: "total_above_max", severity: "error", message: "session total 200 U is above the maximum of 195 U per session" });
  });

  it("uses the clinic's session maximum", () => {
    expect(codes(session(standard()), history(), resolveSettings({ maxSessionUnits: 150 }))).toEqual(["total_above_max"]);
  });

  it("accepts procerus on the midline and rejects it with a side", () => {
    expect(codes(session(standard()))).not.toContain("midline_not_allowed");
    const sided = standard().map((s): Injection => (s.muscle === "procerus" ? { ...s, side: "right" } : s));
    const check = validateSession(session(sided), history(), DEFAULT_SETTINGS);
    expect(check.valid).toBe(false);
    expect(check.problems.map((p) => p.code)).toEqual(["midline_not_allowed", "fixed_site_extra", "fixed_site_missing"]);
  });

  it("rejects a zero-unit site and leaves it out of the total", () => {
    const sites = standard();
    sites[0] = { ...sites[0]!, units: 0 };
    const check = validateSession(session(sites), history(), DEFAULT_SETTINGS);
    expect(check).toMatchObject({ totalUnits: 150, sites: 31, valid: false });
    expect(check.problems.map((p) => p.code)).toEqual(["site_units_invalid"]);
  });

  describe("cumulative dose over 92 days (config cumulativeDoseWindowDays, cumulativeDoseMaxUnits)", () => {
    it("counts a dose for another indication on D-91", () => {
      const check = validateSession(session(standard()), history([], [{ date: addDays(D, -91), units: 246 }]), DEFAULT_SETTINGS);
      expect(check.valid).toBe(false);
      expect(check.problems).toEqual([{
        code: "cumulative_dose_exceeded",
        severity: "error",
        message: "401 U of botulinum toxin from 2026-01-25 to 2026-04-26, 92 days (this session 155 U, earlier sessions 0 U, other indications 246 U); the limit is 400 U",
      }]);
    });

    it("does not count a dose on D-92", () => {
      expect(codes(session(standard()), history([], [{ date: addDays(D, -92), units: 246 }]))).toEqual([]);
    });

    it("allows exactly 400 U and flags 401 U", () => {
      expect(codes(session(standard()), history([], [{ date: D, units: 245 }]))).toEqual([]);
      expect(codes(session(standard()), history([], [{ date: D, units: 246 }]))).toEqual(["cumulative_dose_exceeded"]);
    });

    it("counts earlier sessions and ignores doses after the session", () => {
      const earlier = session(maximal(), addDays(D, -80));
      const later = session(maximal(), addDays(D, 1));
      const h = history([earlier, later], [{ date: addDays(D, -10), units: 15 }, { date: addDays(D, 5), units: 300 }]);
      const check = validateSession(session(maximal()), h, DEFAULT_SETTINGS);
      expect(check.problems.map((p) => p.message)).toEqual([
        "405 U of botulinum toxin from 2026-01-25 to 2026-04-26, 92 days (this session 195 U, earlier sessions 195 U, other indications 15 U); the limit is 400 U",
      ]);
    });

    it("follows a clinic's 84-day window", () => {
      const h = history([], [{ date: addDays(D, -84), units: 300 }]);
      expect(codes(session(standard()), h, resolveSettings({ cumulativeDoseWindowDays: 84 }))).toEqual([]);
      expect(codes(session(standard()), h)).toEqual(["cumulative_dose_exceeded"]);
    });
  });

  describe("interval since the previous session (config minIntervalDays)", () => {
    const previous = session(standard(), addDays(D, -76));

    it("rejects a session 76 days after the previous one", () => {
      const check = validateSession(session(standard()), history([previous]), DEFAULT_SETTINGS);
      expect(check.valid).toBe(false);
      expect(check.problems).toEqual([{
        code: "interval_too_short",
        severity: "error",
        message: "76 days since the previous session on 2026-02-09; the minimum is 77 days unless an override reason is recorded",
      }]);
    });

    it("accepts a session 77 days after the previous one", () => {
      expect(codes(session(standard()), history([session(standard(), addDays(D, -77))]))).toEqual([]);
    });

    it.each([
      [null, false],
      ["", false],
      ["   \t ", false],
      ["travelling abroad for 3 months", true],
    ])("with override reason %j clears the short interval: %s", (reason, cleared) => {
      const check = validateSession(session(standard(), D, reason), history([previous]), DEFAULT_SETTINGS);
      expect(check.valid).toBe(cleared);
      expect(check.intervalOverridden).toBe(cleared);
      expect(check.problems.some((p) => p.code === "interval_too_short")).toBe(!cleared);
    });

    it("does not let an override clear any other problem", () => {
      const over = [...maximal(), { muscle: "frontalis", side: "midline", units: 5 } as const];
      const check = validateSession(session(over, D, "patient request"), history([previous], [{ date: D, units: 300 }]), DEFAULT_SETTINGS);
      expect(check.problems.map((p) => p.code).sort()).toEqual(["cumulative_dose_exceeded", "fixed_site_extra", "midline_not_allowed", "total_above_max"]);
      expect(check.valid).toBe(false);
      expect(check.intervalOverridden).toBe(true);
    });

    it("does not mark an override when the interval was long enough", () => {
      const check = validateSession(session(standard(), D, "not needed"), history([session(standard(), addDays(D, -84))]), DEFAULT_SETTINGS);
      expect(check.intervalOverridden).toBe(false);
    });

    it("reads only a non-blank string as an override reason", () => {
      expect(hasOverrideReason(session([], D, " x "))).toBe(true);
      expect(hasOverrideReason({ date: D, injections: [] })).toBe(false);
    });
  });

  it("raises every problem code of §6 with its severity", () => {
    const sites: Injection[] = [
      ...standard().filter((s) => !(s.muscle === "temporalis" && s.side === "left")).slice(1), // no corrugator left, 3 fewer temporalis left
      { muscle: "temporalis", side: "left", units: 0 }, // site_units_invalid
      { muscle: "temporalis", side: "left", units: 10 }, // site_units_not_standard
      { muscle: "temporalis", side: "left", units: 5 },
      { muscle: "frontalis", side: "midline", units: 5 }, // midline_not_allowed, fixed_site_extra
      ...ftp("cervical-paraspinal", 1), // follow_the_pain_not_allowed
      ...ftp("trapezius", 5), // follow_the_pain_limit
      ...ftp("temporalis", 2),
      ...ftp("occipitalis", 2),
    ];
    const h = history([session(standard(), addDays(D, -70))], [{ date: addDays(D, -3), units: 100 }]);
    const problems = validateSession(session(sites), h, DEFAULT_SETTINGS).problems;
    for (const code of INJECTION_PROBLEM_CODES) {
      expect(problems.filter((p) => p.code === code).map((p) => p.severity), code).toContain(INJECTION_PROBLEM_SEVERITY[code]);
    }
    expect(problems.filter((p) => p.code === "fixed_site_missing").map((p) => p.message)).toEqual([
      "corrugator left: 0 fixed sites, PREEMPT has 1",
      "temporalis left: 3 fixed sites, PREEMPT has 4",
    ]);
  });

  const site = fc.record({
    muscle: fc.constantFrom(...MUSCLES),
    side: fc.constantFrom(...SIDES),
    units: fc.oneof(fc.constant(5), fc.integer({ min: -10, max: 60 }), fc.double({ min: -10, max: 60, noNaN: true })),
    followThePain: fc.boolean(),
  });

  it("totals exactly the positive site units and counts every record as a site (property)", () => {
    fc.assert(
      fc.property(fc.array(site, { maxLength: 50 }), (injections) => {
        const check = validateSession(session(injections), history(), DEFAULT_SETTINGS);
        const expected = injections.filter((s) => s.units > 0).reduce((sum, s) => sum + s.units, 0);
        return check.totalUnits === expected && check.sites === injections.length;
      }),
    );
  });

  it("is valid exactly when no problem is an error, and every severity matches its code (property)", () => {
    fc.assert(
      fc.property(
        fc.array(site, { maxLength: 50 }),
        fc.integer({ min: -200, max: 0 }),
        fc.integer({ min: 0, max: 400 }),
        fc.option(fc.constantFrom("", " ", "reason")),
        (injections, offset, otherUnits, reason) => {
          const h = history([session(standard(), addDays(D, offset))], otherUnits > 0 ? [{ date: addDays(D, offset), units: otherUnits }] : []);
          const check = validateSession(session(injections, D, reason), h, DEFAULT_SETTINGS);
          const severitiesMatch = check.problems.every((p) => p.severity === INJECTION_PROBLEM_SEVERITY[p.code]);
          return severitiesMatch && check.valid === !check.problems.some((p) => p.severity === "error");
        },
      ),
    );
  });
});
