import { describe, expect, it } from "vitest";
import { CARE_PLANS, carePlanOf, drawCare } from "./care.ts";
import { DEMO_ARCHETYPES, archetypeOfSlot } from "./profiles.ts";
import { createRandom } from "./prng.ts";

describe("the demo patients' care", () => {
  it("gives every care plan to someone among the first 36 patients", () => {
    const counts = new Map<string, number>();
    const plans = Array.from({ length: 36 }, (_, slot) => {
      const archetype = archetypeOfSlot(slot);
      const n = counts.get(archetype) ?? 0;
      counts.set(archetype, n + 1);
      return carePlanOf(archetype, n);
    });
    expect(new Set(plans)).toEqual(new Set(CARE_PLANS));
  });

  it.each(CARE_PLANS)("draws sessions every 77-100 days in the past for plan %s", (plan) => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const care = drawCare(createRandom(seed), plan);
      const days = care.sessions.map((s) => s.daysAgo);
      days.forEach((daysAgo, i) => {
        expect(daysAgo).toBeGreaterThanOrEqual(0);
        if (i > 0) expect(days[i - 1]! - daysAgo).toBeGreaterThanOrEqual(77);
        if (i > 0) expect(days[i - 1]! - daysAgo).toBeLessThanOrEqual(100);
      });
      // Today counts: the schedule page's agenda shows the day's visits.
      if (care.visit !== null) expect(care.visit.daysFromToday).toBeGreaterThanOrEqual(0);
      if (care.decision !== null && care.sessions.length > 0) expect(care.decision.daysAgo).toBeLessThanOrEqual(days[days.length - 1]!);
    }
  });

  it("leaves an overdue patient unbooked, past the late date", () => {
    const care = drawCare(createRandom(3), "in-treatment-overdue");
    expect(care.visit).toBeNull();
    expect(care.sessions[0]!.daysAgo).toBeGreaterThan(91);
  });

  it("amends one session of a continuing patient, with three follow-the-pain sites and a reason", () => {
    const care = drawCare(createRandom(5), "continuing");
    const amended = care.sessions.filter((s) => s.amended);
    expect(amended).toHaveLength(1);
    expect(amended[0]!.followThePain).toHaveLength(3);
    expect(amended[0]!.reason).toMatch(/follow-the-pain/);
  });

  it("has a plan list for every archetype", () => {
    for (const archetype of DEMO_ARCHETYPES) expect(CARE_PLANS).toContain(carePlanOf(archetype, 0));
  });
});

describe("the demo's authorizations", () => {
  it("authorizes every treated patient before the first session, and has the payer refuse some eligible ones", () => {
    const random = createRandom(7);
    const treated = Array.from({ length: 40 }, () => drawCare(random, "continuing"));
    for (const care of treated) {
      expect(care.authorization).toMatchObject({ status: "approved" });
      expect(care.authorization?.daysAgo).toBeGreaterThan(care.sessions[0]?.daysAgo ?? Infinity);
    }
    const eligible = Array.from({ length: 30 }, () => drawCare(random, "eligible"));
    expect(eligible.some((care) => care.authorization?.status === "denied")).toBe(true);
    expect(eligible.some((care) => care.authorization === null)).toBe(true);
  });
});
