import { describe, expect, it } from "vitest";
import { addDays, plainDate } from "../shared/plain-date.ts";
import type { Injection, TreatmentSession } from "../shared/record.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import { checkSessions } from "./check-sessions.ts";
import { preemptFixedInjections } from "./preempt-protocol.ts";

const S = plainDate("2026-02-01");
const ftp = (muscle: Injection["muscle"], count: number): Injection[] =>
  Array.from({ length: count }, () => ({ muscle, side: "left", units: 5, followThePain: true }));
const maximal = (): Injection[] => [...preemptFixedInjections(), ...ftp("temporalis", 2), ...ftp("occipitalis", 2), ...ftp("trapezius", 4)];
const at = (offset: number, injections: Injection[] = preemptFixedInjections()): TreatmentSession => ({ date: addDays(S, offset), injections });

describe("the assessment's injection checks (assess-contract.md)", () => {
  it("lists one check per session on or before the assessment date, in date order", () => {
    const checks = checkSessions({ treatments: [at(84), at(0), at(200)], otherToxinDoses: [] }, addDays(S, 84), DEFAULT_SETTINGS);
    expect(checks.map((c) => [c.date, c.valid])).toEqual([[S, true], [addDays(S, 84), true]]);
  });

  it("keeps input order among equal dates", () => {
    const first = at(0, maximal());
    const second = at(0);
    const checks = checkSessions({ treatments: [first, second], otherToxinDoses: [] }, S, DEFAULT_SETTINGS);
    expect(checks.map((c) => c.totalUnits)).toEqual([195, 155]);
  });

  it("checks each session against the earlier ones: interval and cumulative dose", () => {
    const checks = checkSessions(
      { treatments: [at(0, maximal()), at(76, maximal())], otherToxinDoses: [{ date: addDays(S, 70), units: 20 }] },
      addDays(S, 100),
      DEFAULT_SETTINGS,
    );
    expect(checks[0]?.problems).toEqual([]);
    expect(checks[1]?.problems.map((p) => p.code)).toEqual(["cumulative_dose_exceeded", "interval_too_short"]);
  });

  it("ignores other doses and sessions after the assessment date", () => {
    const checks = checkSessions(
      { treatments: [at(0, maximal()), at(40, maximal())], otherToxinDoses: [{ date: addDays(S, 10), units: 300 }] },
      addDays(S, 5),
      DEFAULT_SETTINGS,
    );
    expect(checks).toHaveLength(1);
    expect(checks[0]?.valid).toBe(true);
  });

  it("is empty without sessions", () => {
    expect(checkSessions({ treatments: [], otherToxinDoses: [] }, S, DEFAULT_SETTINGS)).toEqual([]);
  });
});
