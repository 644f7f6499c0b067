import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { siteCountProblems } from "#domain/injections/site-count-problems.ts";
import { MUSCLES, SIDES, type Injection } from "#domain/shared/record.ts";
import {
  addFollowThePain,
  canAddFollowThePain,
  FOLLOW_THE_PAIN_MUSCLES,
  followThePainUse,
  fromInjections,
  givenSiteCount,
  initialSites,
  muscleTitle,
  nextFollowThePainKey,
  normaliseUnits,
  removeSite,
  setUnits,
  siteNumber,
  stepUnits,
  toInjections,
  totalUnits,
  type MapSite,
} from "./site-draft.ts";

const unitsOf = (sites: readonly MapSite[], key: string) => sites.find((site) => site.key === key)?.units;

describe("initialSites", () => {
  it("is the 31 fixed PREEMPT sites at 5 U, 155 U in all", () => {
    const sites = initialSites();
    expect(sites).toHaveLength(31);
    expect(totalUnits(sites)).toBe(155);
    expect(givenSiteCount(sites)).toBe(31);
    expect(sites.every((site) => site.units === 5 && !site.followThePain)).toBe(true);
    expect(toInjections(sites)).toEqual(preemptFixedInjections());
  });

  it("gives each site a readable key, unique, numbered per muscle and side", () => {
    const keys = initialSites().map((site) => site.key);
    expect(new Set(keys).size).toBe(31);
    expect(keys.slice(0, 3)).toEqual(["corrugator-left-1", "corrugator-right-1", "procerus-midline-1"]);
    expect(keys).toContain("temporalis-left-4");
    expect(keys).toContain("cervical-paraspinal-right-2");
    expect(keys).toContain("trapezius-right-3");
    expect(keys).not.toContain("temporalis-left-5");
    expect(siteNumber({ key: "cervical-paraspinal-right-2" })).toBe(2);
  });
});

describe("units", () => {
  it("are set on the 2.5 U grid between 0 and 10 U", () => {
    expect([0, 1, 2.5, 3.8, 5, 6, 7.5, 9, 10, 12, -3, Number.NaN].map(normaliseUnits)).toEqual([0, 0, 2.5, 5, 5, 5, 7.5, 10, 10, 10, 0, 0]);
  });

  it("step by 2.5 U, off-grid values to the nearest choice that way, and stop at the ends", () => {
    expect(stepUnits(5, 1)).toBe(7.5);
    expect(stepUnits(5, -1)).toBe(2.5);
    expect(stepUnits(2.5, -1)).toBe(0);
    expect(stepUnits(0, -1)).toBe(0);
    expect(stepUnits(10, 1)).toBe(10);
    expect(stepUnits(4, 1)).toBe(5);
    expect(stepUnits(4, -1)).toBe(2.5);
    expect(stepUnits(12, -1)).toBe(10);
  });

  it("change one site only", () => {
    const before = initialSites();
    const after = setUnits(before, "temporalis-left-2", 2.5);
    expect(unitsOf(after, "temporalis-left-2")).toBe(2.5);
    expect(totalUnits(after)).toBe(152.5);
    expect(after.filter((site) => site.key !== "temporalis-left-2")).toEqual(before.filter((site) => site.key !== "temporalis-left-2"));
    expect(before).toEqual(initialSites());
    expect(setUnits(before, "no-such-site", 2.5)).toEqual(before);
  });
});

describe("follow-the-pain sites", () => {
  it("are added at 5 U after the others, with the lowest free number", () => {
    let sites = addFollowThePain(initialSites(), "trapezius", "right");
    expect(sites.at(-1)).toEqual({ key: "ftp-trapezius-right-1", muscle: "trapezius", side: "right", units: 5, followThePain: true });
    sites = addFollowThePain(sites, "trapezius", "right");
    expect(sites.at(-1)?.key).toBe("ftp-trapezius-right-2");
    sites = removeSite(sites, "ftp-trapezius-right-1");
    expect(nextFollowThePainKey(sites, "trapezius", "right")).toBe("ftp-trapezius-right-1");
    expect(nextFollowThePainKey(sites, "trapezius", "left")).toBe("ftp-trapezius-left-1");
    expect(totalUnits(sites)).toBe(160);
  });

  it("are never refused past PREEMPT's limit (the session check warns instead)", () => {
    let sites = initialSites();
    for (let i = 0; i < 5; i += 1) sites = addFollowThePain(sites, "trapezius", "left");
    expect(followThePainUse(sites, "trapezius")).toEqual({ used: 5, limit: 4 });
    expect(siteCountProblems(toInjections(sites)).map((problem) => problem.code)).toEqual(["follow_the_pain_limit"]);
    for (let i = 0; i < 9; i += 1) sites = addFollowThePain(sites, "occipitalis", "right");
    expect(totalUnits(sites)).toBe(155 + 70);
  });

  it("are offered on temporalis, occipitalis and trapezius only", () => {
    expect(MUSCLES.filter(canAddFollowThePain)).toEqual(["temporalis", "occipitalis", "trapezius"]);
    expect(FOLLOW_THE_PAIN_MUSCLES).toEqual(["temporalis", "occipitalis", "trapezius"]);
  });

  it("count only when given", () => {
    const sites = setUnits(addFollowThePain(addFollowThePain(initialSites(), "temporalis", "left"), "temporalis", "right"), "ftp-temporalis-right-1", 0);
    expect(followThePainUse(sites, "temporalis")).toEqual({ used: 1, limit: 2 });
  });
});

describe("removeSite", () => {
  it("removes a follow-the-pain site", () => {
    const sites = removeSite(addFollowThePain(initialSites(), "occipitalis", "left"), "ftp-occipitalis-left-1");
    expect(sites).toEqual(initialSites());
  });

  it("keeps a fixed site on the map at 0 U (not given), left out of the injections", () => {
    const sites = removeSite(initialSites(), "cervical-paraspinal-left-2");
    expect(sites).toHaveLength(31);
    expect(unitsOf(sites, "cervical-paraspinal-left-2")).toBe(0);
    expect(toInjections(sites)).toHaveLength(30);
    expect(totalUnits(sites)).toBe(150);
    expect(givenSiteCount(sites)).toBe(30);
    expect(siteCountProblems(toInjections(sites)).map((problem) => [problem.code, problem.severity])).toEqual([["fixed_site_missing", "warning"]]);
  });
});

describe("toInjections and fromInjections", () => {
  it("keep the order of the sites and drop those not given", () => {
    let sites = addFollowThePain(initialSites(), "temporalis", "left");
    sites = setUnits(removeSite(sites, "procerus-midline-1"), "corrugator-left-1", 7.5);
    const injections = toInjections(sites);
    expect(injections).toHaveLength(31);
    expect(injections[0]).toEqual({ muscle: "corrugator", side: "left", units: 7.5, followThePain: false });
    expect(injections[1]).toEqual({ muscle: "corrugator", side: "right", units: 5, followThePain: false });
    expect(injections[2]?.muscle).toBe("frontalis");
    expect(injections.at(-1)).toEqual({ muscle: "temporalis", side: "left", units: 5, followThePain: true });
  });

  it("rebuild a stored session's keys and show its missing fixed sites as not given", () => {
    const stored: Injection[] = [
      ...preemptFixedInjections().filter((injection) => !(injection.muscle === "occipitalis" && injection.side === "right")),
      { muscle: "occipitalis", side: "right", units: 4 },
      { muscle: "trapezius", side: "left", units: 5, followThePain: true },
      { muscle: "trapezius", side: "left", units: 5, followThePain: true },
    ];
    const sites = fromInjections(stored);
    expect(sites).toHaveLength(33);
    expect(unitsOf(sites, "occipitalis-right-1")).toBe(4);
    expect(unitsOf(sites, "occipitalis-right-2")).toBe(0);
    expect(unitsOf(sites, "occipitalis-right-3")).toBe(0);
    expect(unitsOf(sites, "ftp-trapezius-left-2")).toBe(5);
    expect(new Set(sites.map((site) => site.key)).size).toBe(33);
  });

  it("round-trip a standard session", () => {
    expect(fromInjections(preemptFixedInjections())).toEqual(initialSites());
  });

  const injection = fc.record({
    muscle: fc.constantFrom(...MUSCLES),
    side: fc.constantFrom(...SIDES),
    units: fc.oneof(fc.constantFrom(2.5, 5, 7.5, 10), fc.double({ min: 0.1, max: 50, noNaN: true })),
    followThePain: fc.constantFrom(true, false, undefined),
  });

  it("preserve any stored session with positive units: toInjections(fromInjections(x)) is x", () => {
    fc.assert(
      fc.property(fc.array(injection, { maxLength: 50 }), (stored) => {
        const sites = fromInjections(stored);
        expect(toInjections(sites)).toEqual(stored.map((site) => ({ ...site, followThePain: site.followThePain === true })));
        expect(new Set(sites.map((site) => site.key)).size).toBe(sites.length);
        // Every fixed site of the table is on the map.
        const keys = new Set(sites.map((site) => site.key));
        expect(initialSites().every((site) => keys.has(site.key))).toBe(true);
      }),
    );
  });

  it("keep keys unique and every fixed site on the map whatever is done to a draft", () => {
    const operation = fc.oneof(
      fc.record({ type: fc.constant("units" as const), index: fc.nat(60), units: fc.constantFrom(0, 2.5, 5, 7.5, 10, 12) }),
      fc.record({ type: fc.constant("add" as const), muscle: fc.constantFrom(...MUSCLES), side: fc.constantFrom("left" as const, "right" as const) }),
      fc.record({ type: fc.constant("remove" as const), index: fc.nat(60) }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        let sites = initialSites();
        for (const op of operations) {
          const key = "index" in op ? (sites[op.index % sites.length]?.key ?? "") : "";
          if (op.type === "units") sites = setUnits(sites, key, op.units);
          else if (op.type === "add") sites = addFollowThePain(sites, op.muscle, op.side);
          else sites = removeSite(sites, key);
        }
        const keys = sites.map((site) => site.key);
        expect(new Set(keys).size).toBe(keys.length);
        expect(initialSites().every((site) => keys.includes(site.key))).toBe(true);
        expect(totalUnits(sites)).toBe(toInjections(sites).reduce((sum, site) => sum + site.units, 0));
        expect(sites.every((site) => site.units >= 0 && site.units <= 10 && site.units % 2.5 === 0)).toBe(true);
      }),
    );
  });
});

describe("muscleTitle", () => {
  it("names muscles for people", () => {
    expect(MUSCLES.map(muscleTitle)).toEqual(["Corrugator", "Procerus", "Frontalis", "Temporalis", "Occipitalis", "Cervical paraspinal", "Trapezius"]);
  });
});
