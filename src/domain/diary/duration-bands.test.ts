import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainDate } from "../shared/plain-date.ts";
import { DURATION_BANDS, HEADACHE_FEATURES, type DurationBand } from "../shared/record.ts";
import { resolveSettings } from "../shared/settings.ts";
import { classifyDay, ICHD_MIN_HOURS_ADULT, ICHD_MIN_HOURS_UNDER_18 } from "./classify-day.ts";
import { BAND_RANGES, bandHours, bandOfHours, hoursInBand } from "./duration-bands.ts";

describe("duration bands", () => {
  it("records each band as its lower bound, under 2 hours as 1", () => {
    expect(DURATION_BANDS.map((band) => bandHours(band))).toEqual([1, 2, 4, 8, 24]);
  });

  it("records hours that lie inside the band they stand for", () => {
    for (const band of DURATION_BANDS) expect(hoursInBand(bandHours(band), band), band).toBe(true);
  });

  it("puts the rules' thresholds on band edges", () => {
    const edges = new Set(Object.values(BAND_RANGES).flatMap((range) => [range.from, range.to]));
    for (const threshold of [ICHD_MIN_HOURS_UNDER_18, ICHD_MIN_HOURS_ADULT, resolveSettings().headacheDayMinHours]) expect(edges.has(threshold), String(threshold)).toBe(true);
  });

  it("finds the band of hours, edges going to the upper band", () => {
    expect([0, 1.99, 2, 3.9, 4, 7.5, 8, 23.9, 24].map(bandOfHours)).toEqual(["under-2h", "under-2h", "2-4h", "2-4h", "4-8h", "4-8h", "over-8h", "over-8h", "all-day"]);
    expect(hoursInBand(8, "4-8h")).toBe(false);
    expect(hoursInBand(23, "all-day")).toBe(false);
  });

  const bandArb = fc.constantFrom<DurationBand>(...DURATION_BANDS);
  const hoursInBandArb = (band: DurationBand) => {
    const { from, to } = BAND_RANGES[band];
    return band === "all-day" ? fc.constant(24) : fc.double({ min: from, max: to, maxExcluded: true, noNaN: true });
  };

  it("every hours value in a band lies in that band and no other", () => {
    fc.assert(
      fc.property(bandArb.chain((band) => hoursInBandArb(band).map((hours) => ({ band, hours }))), ({ band, hours }) => {
        expect(bandOfHours(hours)).toBe(band);
        expect(DURATION_BANDS.filter((other) => hoursInBand(hours, other))).toEqual([band]);
      }),
    );
  });

  it("a day counts the same from its band's hours as from any hours inside the band (property)", () => {
    const featuresArb = fc.record(Object.fromEntries(HEADACHE_FEATURES.map((f) => [f, fc.boolean()])) as Record<(typeof HEADACHE_FEATURES)[number], fc.Arbitrary<boolean>>, { requiredKeys: [] });
    fc.assert(
      fc.property(
        bandArb.chain((band) => hoursInBandArb(band).map((hours) => ({ band, hours }))),
        fc.constantFrom(1 as const, 2 as const, 3 as const),
        featuresArb,
        fc.option(fc.constantFrom(plainDate("2015-03-01"), plainDate("1980-03-01")), { nil: undefined }),
        fc.constantFrom("probable-counts" as const, "ichd-strict" as const),
        ({ band, hours }, severity, features, birthDate, migraineDayRule) => {
          const context = { birthDate, settings: resolveSettings({ migraineDayRule }) };
          const date = plainDate("2026-07-20");
          const fromBand = classifyDay({ date, headache: true, hours: bandHours(band), duration: band, severity, features }, context);
          const fromHours = classifyDay({ date, headache: true, hours, severity, features }, context);
          expect(fromBand).toEqual(fromHours);
        },
      ),
    );
  });
});
