import { describe, expect, it } from "vitest";
import { formatInstant, formatTime } from "./format.ts";

describe("formatInstant and formatTime", () => {
  it("write an instant in the app's one date style with a 24-hour time, whatever the locale", () => {
    expect(formatInstant("2026-07-20T14:05:00Z")).toMatch(/^\d{1,2} (Jul|Jun|Aug) 2026, \d{2}:\d{2}$/);
    expect(formatInstant("2026-07-20T14:05:00Z")).not.toMatch(/AM|PM/);
    expect(formatTime(new Date("2026-07-20T14:05:00Z"))).toMatch(/^\d{2}:05$/);
  });
});
