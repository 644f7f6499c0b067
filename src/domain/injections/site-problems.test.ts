import { describe, expect, it } from "vitest";
import type { Injection } from "../shared/record.ts";
import { siteProblems } from "./site-problems.ts";
import { describeSite, sessionTotalUnits } from "./session-units.ts";

describe("checks of each site (pathway-rules §6)", () => {
  it.each([
    // site, expected codes
    [{ muscle: "frontalis", side: "left", units: 5 }, []],
    [{ muscle: "frontalis", side: "left", units: 0 }, ["site_units_invalid"]],
    [{ muscle: "frontalis", side: "left", units: -5 }, ["site_units_invalid"]],
    [{ muscle: "frontalis", side: "left", units: 2.5 }, ["site_units_not_standard"]],
    [{ muscle: "frontalis", side: "left", units: 10 }, ["site_units_not_standard"]],
    [{ muscle: "procerus", side: "midline", units: 5 }, []],
    [{ muscle: "procerus", side: "left", units: 5 }, ["midline_not_allowed"]],
    [{ muscle: "procerus", side: "right", units: 5 }, ["midline_not_allowed"]],
    [{ muscle: "frontalis", side: "midline", units: 5 }, ["midline_not_allowed"]],
    [{ muscle: "trapezius", side: "midline", units: 0, followThePain: true }, ["site_units_invalid", "midline_not_allowed"]],
  ] as const)("finds in %j: %j", (site, codes) => {
    expect(siteProblems(site, 0).map((p) => p.code)).toEqual(codes);
  });

  it("gives unit problems and midline problems their severities", () => {
    expect(siteProblems({ muscle: "frontalis", side: "left", units: 0 }, 0)[0]?.severity).toBe("error");
    expect(siteProblems({ muscle: "frontalis", side: "left", units: 7 }, 0)[0]?.severity).toBe("warning");
    expect(siteProblems({ muscle: "procerus", side: "left", units: 5 }, 0)[0]?.severity).toBe("error");
  });

  it("says what and where in each message", () => {
    expect(siteProblems({ muscle: "cervical-paraspinal", side: "right", units: 0 }, 2)[0]?.message).toBe(
      "site 3 (cervical paraspinal right): 0 U; every site needs a positive number of units",
    );
    expect(siteProblems({ muscle: "temporalis", side: "left", units: 7.5, followThePain: true }, 31)[0]?.message).toBe(
      "site 32 (temporalis left, follow-the-pain): 7.5 U; PREEMPT gives 5 U per site",
    );
    expect(siteProblems({ muscle: "procerus", side: "left", units: 5 }, 0)[0]?.message).toBe(
      "site 1 (procerus left): procerus is a single midline site and cannot be given a side",
    );
    expect(siteProblems({ muscle: "frontalis", side: "midline", units: 5 }, 4)[0]?.message).toBe(
      "site 5 (frontalis midline): only procerus is injected on the midline; choose left or right",
    );
  });

  it("adds only positive units to the session total", () => {
    const sites: Injection[] = [
      { muscle: "frontalis", side: "left", units: 5 },
      { muscle: "frontalis", side: "right", units: -5 },
      { muscle: "frontalis", side: "right", units: 0 },
      { muscle: "procerus", side: "midline", units: 7.5 },
    ];
    expect(sessionTotalUnits(sites)).toBe(12.5);
    expect(describeSite(sites[0]!, 0)).toBe("site 1 (frontalis left)");
  });
});
