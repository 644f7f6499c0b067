import { describe, expect, it } from "vitest";
import { todayIn } from "./local-today.ts";

describe("todayIn", () => {
  const instant = new Date("2026-07-20T13:00:00Z");

  it.each([
    ["Pacific/Auckland", "2026-07-21"],
    ["Europe/London", "2026-07-20"],
    ["America/Los_Angeles", "2026-07-20"],
    ["Pacific/Pago_Pago", "2026-07-20"],
  ])("gives the patient's calendar date in %s", (zone, expected) => {
    expect(todayIn(zone, instant)).toBe(expected);
  });

  it("turns the date at local midnight, not at UTC midnight", () => {
    expect(todayIn("America/New_York", new Date("2026-07-21T03:59:00Z"))).toBe("2026-07-20");
    expect(todayIn("America/New_York", new Date("2026-07-21T04:00:00Z"))).toBe("2026-07-21");
  });
});
