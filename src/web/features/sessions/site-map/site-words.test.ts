import { describe, expect, it } from "vitest";
import { addFollowThePain, initialSites, setUnits, type MapSite } from "./site-draft.ts";
import { describeAdded, describeRemoved, describeUnitsSet, followThePainWarning, formatUnits, siteAccessibleName, siteTitle, totalSummary, unitsInWords } from "./site-words.ts";

const site = (key: string, sites: readonly MapSite[] = initialSites()): MapSite => sites.find((candidate) => candidate.key === key)!;

describe("site names", () => {
  it("name a marker by muscle, side, site number and units", () => {
    expect(siteAccessibleName(site("temporalis-left-2"))).toBe("Temporalis, left, site 2: 5 units");
    expect(siteAccessibleName(site("procerus-midline-1"))).toBe("Procerus, midline, site 1: 5 units");
    expect(siteAccessibleName(site("cervical-paraspinal-right-2"))).toBe("Cervical paraspinal, right, site 2: 5 units");
  });

  it("say follow-the-pain and not given when they apply", () => {
    const sites = setUnits(addFollowThePain(initialSites(), "trapezius", "right"), "corrugator-left-1", 0);
    expect(siteAccessibleName(site("ftp-trapezius-right-1", sites))).toBe("Trapezius, right, follow-the-pain site 1: 5 units");
    expect(siteAccessibleName(site("corrugator-left-1", sites))).toBe("Corrugator, left, site 1: not given");
    expect(siteTitle(site("ftp-trapezius-right-1", sites))).toBe("Trapezius, right, follow-the-pain site 1");
  });

  it("add the previous session where it differs, and a reported side effect", () => {
    const here = setUnits(initialSites(), "frontalis-right-2", 2.5);
    expect(siteAccessibleName(site("frontalis-right-2", here), { previousUnits: 5 })).toBe("Frontalis, right, site 2: 2.5 units; last session 5 units");
    expect(siteAccessibleName(site("frontalis-right-1", here), { previousUnits: 5 })).toBe("Frontalis, right, site 1: 5 units");
    expect(siteAccessibleName(site("frontalis-right-1", here), { previousUnits: 0, flagged: true })).toBe(
      "Frontalis, right, site 1: 5 units; not given last session; side effect reported after last session",
    );
  });
});

describe("units and totals", () => {
  it("are written without trailing zeros", () => {
    expect([0, 2.5, 5, 152.5, 4.333].map(formatUnits)).toEqual(["0", "2.5", "5", "152.5", "4.33"]);
    expect([0, 1, 2.5, 10].map(unitsInWords)).toEqual(["not given", "1 unit", "2.5 units", "10 units"]);
  });

  it("sum the sites given", () => {
    expect(totalSummary(initialSites())).toBe("155 U in 31 sites");
    expect(totalSummary(setUnits(addFollowThePain(initialSites(), "temporalis", "left"), "procerus-midline-1", 0))).toBe("155 U in 31 sites");
    expect(totalSummary(setUnits(initialSites(), "procerus-midline-1", 2.5))).toBe("152.5 U in 31 sites");
    expect(totalSummary([])).toBe("0 U in 0 sites");
  });
});

describe("announcements", () => {
  it("say what changed and the new total", () => {
    const sites = setUnits(initialSites(), "temporalis-left-2", 2.5);
    expect(describeUnitsSet(site("temporalis-left-2", sites), sites)).toBe("Temporalis left site 2 set to 2.5 units. Total 152.5 units.");
    const added = addFollowThePain(initialSites(), "trapezius", "right");
    expect(describeAdded(site("ftp-trapezius-right-1", added), added)).toBe("Trapezius right follow-the-pain site 1 added at 5 units. Total 160 units.");
    expect(describeRemoved(site("ftp-trapezius-right-1", added), initialSites())).toBe("Trapezius right follow-the-pain site 1 removed. Total 155 units.");
  });

  it("add PREEMPT's limit when a follow-the-pain site passes it, without refusing it", () => {
    let sites = initialSites();
    for (let i = 0; i < 3; i += 1) sites = addFollowThePain(sites, "temporalis", "left");
    expect(describeAdded(site("ftp-temporalis-left-3", sites), sites)).toBe(
      "Temporalis left follow-the-pain site 3 added at 5 units. Total 170 units. 3 follow-the-pain sites on temporalis: PREEMPT allows up to 2.",
    );
    expect(followThePainWarning(sites.slice(0, -1), { muscle: "temporalis" })).toBeNull();
    const frontalis = addFollowThePain(initialSites(), "frontalis", "left");
    expect(followThePainWarning(frontalis, { muscle: "frontalis" })).toBe("PREEMPT allows no follow-the-pain sites on frontalis.");
  });
});
