import { describe, expect, it } from "vitest";
import { LEARN_SLUGS } from "#web/i18n/locales/en/learn.ts";
import { currentNavItem, PATIENT_NAV_ITEMS } from "#web/features/patient-shell/patient-nav.ts";
import { learnPagePath, learnPlace, nextLearnSlug } from "./learn-paths.ts";

describe("Learn addresses", () => {
  it.each([
    ["/learn", { kind: "index" }],
    ["/learn/", { kind: "index" }],
    ["/learn/side-effects", { kind: "page", slug: "side-effects" }],
    ["/learn/the-visit/", { kind: "page", slug: "the-visit" }],
    ["/learn/nothing-here", { kind: "unknown" }],
    ["/learn/side-effects/more", { kind: "unknown" }],
    ["/learning", null],
    ["/", null],
    ["/today", null],
  ] as const)("%s is %j", (path, place) => {
    expect(learnPlace(path)).toEqual(place);
  });

  it("gives every page an address that leads back to it, and a next page until the last", () => {
    for (const slug of LEARN_SLUGS) expect(learnPlace(learnPagePath(slug))).toEqual({ kind: "page", slug });
    expect(LEARN_SLUGS.map(nextLearnSlug)).toEqual([...LEARN_SLUGS.slice(1), null]);
  });

  it("is in the patient's navigation, marked current on every Learn page", () => {
    expect(PATIENT_NAV_ITEMS.find((item) => item.key === "learn")?.to).toBe("/learn");
    expect(currentNavItem("/learn")).toBe("learn");
    expect(currentNavItem("/learn/side-effects")).toBe("learn");
    expect(currentNavItem("/learning")).toBeNull();
  });
});
