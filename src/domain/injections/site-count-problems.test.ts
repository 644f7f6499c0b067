import { describe, expect, it } from "vitest";
import type { Injection, Muscle, Side } from "../shared/record.ts";
import { preemptFixedInjections } from "./preempt-protocol.ts";
import { countSites, siteCountProblems } from "./site-count-problems.ts";

const ftp = (muscle: Muscle, side: Side, count = 1): Injection[] =>
  Array.from({ length: count }, () => ({ muscle, side, units: 5, followThePain: true }));
const fixed = (muscle: Muscle, side: Side): Injection => ({ muscle, side, units: 5 });

/** The standard fixed sites less one site of a muscle and side. */
function without(muscle: Muscle, side: Side): Injection[] {
  const sites = preemptFixedInjections();
  sites.splice(sites.findIndex((s) => s.muscle === muscle && s.side === side), 1);
  return sites;
}

describe("site counts against the PREEMPT table (pathway-rules §6)", () => {
  it("finds nothing wrong with the 31 fixed sites", () => {
    expect(siteCountProblems(preemptFixedInjections())).toEqual([]);
  });

  it("warns of a missing fixed site, naming the muscle, side and counts", () => {
    expect(siteCountProblems(without("temporalis", "left"))).toEqual([
      { code: "fixed_site_missing", severity: "warning", message: "temporalis left: 3 fixed sites, PREEMPT has 4" },
    ]);
  });

  it("warns of an extra fixed site", () => {
    expect(siteCountProblems([...preemptFixedInjections(), fixed("occipitalis", "right")])).toEqual([
      { code: "fixed_site_extra", severity: "warning", message: "occipitalis right: 4 fixed sites, PREEMPT has 3" },
    ]);
  });

  it("counts fixed sites per side: a site moved from left to right is one missing and one extra", () => {
    const problems = siteCountProblems([...without("corrugator", "left"), fixed("corrugator", "right")]);
    expect(problems.map((p) => p.message)).toEqual(["corrugator left: 0 fixed sites, PREEMPT has 1", "corrugator right: 2 fixed sites, PREEMPT has 1"]);
  });

  it("counts a sided procerus as missing on the midline and extra on its side", () => {
    const problems = siteCountProblems([...without("procerus", "midline"), fixed("procerus", "left")]);
    expect(problems.map((p) => [p.code, p.message])).toEqual([
      ["fixed_site_extra", "procerus left: 1 fixed site, PREEMPT has none"],
      ["fixed_site_missing", "procerus midline: 0 fixed sites, PREEMPT has 1"],
    ]);
  });

  it("accepts up to 2 follow-the-pain sites on temporalis and occipitalis and 4 on trapezius, on either side", () => {
    const sites = [...preemptFixedInjections(), ...ftp("temporalis", "left", 2), ...ftp("occipitalis", "left"), ...ftp("occipitalis", "right"), ...ftp("trapezius", "right", 4)];
    expect(siteCountProblems(sites)).toEqual([]);
  });

  it.each([
    ["temporalis", 3, "temporalis: 3 follow-the-pain sites, PREEMPT allows up to 2"],
    ["occipitalis", 3, "occipitalis: 3 follow-the-pain sites, PREEMPT allows up to 2"],
    ["trapezius", 5, "trapezius: 5 follow-the-pain sites, PREEMPT allows up to 4"],
  ] as const)("warns when %s has %i follow-the-pain sites, both sides together", (muscle, count, message) => {
    const sites = [...preemptFixedInjections(), ...ftp(muscle, "left", count - 1), ...ftp(muscle, "right")];
    expect(siteCountProblems(sites)).toEqual([{ code: "follow_the_pain_limit", severity: "warning", message }]);
  });

  it.each(["corrugator", "procerus", "frontalis", "cervical-paraspinal"] as const)("warns of any follow-the-pain site on %s", (muscle) => {
    const problems = siteCountProblems([...preemptFixedInjections(), ...ftp(muscle, muscle === "procerus" ? "midline" : "left")]);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([["follow_the_pain_not_allowed", "warning"]]);
  });

  it("words the not-allowed warning with the muscle and count", () => {
    const problems = siteCountProblems([...preemptFixedInjections(), ...ftp("cervical-paraspinal", "left"), ...ftp("cervical-paraspinal", "right")]);
    expect(problems[0]?.message).toBe("cervical paraspinal: 2 follow-the-pain sites, PREEMPT allows none on this muscle");
  });

  it("does not count follow-the-pain sites as fixed sites", () => {
    const counts = countSites([fixed("trapezius", "left"), ...ftp("trapezius", "left", 2)]);
    expect(counts.fixed.trapezius.left).toBe(1);
    expect(counts.followThePain.trapezius).toBe(2);
  });

  it("warns of every fixed muscle and side when a session has no sites", () => {
    const problems = siteCountProblems([]);
    expect(problems).toHaveLength(13);
    expect(problems.every((p) => p.code === "fixed_site_missing")).toBe(true);
  });
});
