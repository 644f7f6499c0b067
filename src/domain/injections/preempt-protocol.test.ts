import { describe, expect, it } from "vitest";
import { MUSCLES } from "../shared/record.ts";
import { PREEMPT_PROTOCOL, UNITS_PER_SITE, preemptFixedInjections, preemptFixedSiteCount, preemptFollowThePainSiteCount } from "./preempt-protocol.ts";

describe("the PREEMPT table (pathway-rules §6)", () => {
  it("has 31 fixed sites of 5 U: 155 U", () => {
    expect(preemptFixedSiteCount()).toBe(31);
    expect(preemptFixedSiteCount() * UNITS_PER_SITE).toBe(155);
  });

  it("allows 8 follow-the-pain sites: at most 39 sites and 195 U", () => {
    expect(preemptFollowThePainSiteCount()).toBe(8);
    expect((preemptFixedSiteCount() + preemptFollowThePainSiteCount()) * UNITS_PER_SITE).toBe(195);
  });

  it.each([
    ["corrugator", 1, 1, 0, 0],
    ["procerus", 0, 0, 1, 0],
    ["frontalis", 2, 2, 0, 0],
    ["temporalis", 4, 4, 0, 2],
    ["occipitalis", 3, 3, 0, 2],
    ["cervical-paraspinal", 2, 2, 0, 0],
    ["trapezius", 3, 3, 0, 4],
  ] as const)("gives %s %i left, %i right, %i midline fixed sites and %i follow-the-pain", (muscle, left, right, midline, ftp) => {
    expect(PREEMPT_PROTOCOL[muscle]).toEqual({ fixedSites: { left, right, midline }, followThePainMax: ftp });
  });

  it("has a row for every muscle", () => {
    expect(Object.keys(PREEMPT_PROTOCOL).sort()).toEqual([...MUSCLES].sort());
  });

  it("lays out the 31 fixed sites at 5 U each, procerus alone on the midline", () => {
    const sites = preemptFixedInjections();
    expect(sites).toHaveLength(31);
    expect(sites.every((s) => s.units === 5 && s.followThePain === false)).toBe(true);
    expect(sites.filter((s) => s.side === "midline").map((s) => s.muscle)).toEqual(["procerus"]);
  });
});
