import { describe, expect, it } from "vitest";
import { headacheFreeDay, migraineDay } from "../diary/diary-builders.ts";
import { plainDate } from "../shared/plain-date.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import { windowDays } from "./window-days.ts";

const context = { settings: DEFAULT_SETTINGS };
const range = { start: plainDate("2026-01-01"), end: plainDate("2026-01-04") };

describe("a review window's day keeps the band the person chose", () => {
  it("carries the band of a headache day chosen by band, and none otherwise", () => {
    const days = windowDays(
      [
        migraineDay(plainDate("2026-01-01"), { hours: 8, duration: "over-8h" }),
        migraineDay(plainDate("2026-01-02"), { hours: 6 }),
        headacheFreeDay(plainDate("2026-01-03")),
      ],
      range,
      context,
    );
    expect(days[0]).toMatchObject({ hours: 8, duration: "over-8h" });
    expect(days[1]?.duration).toBeUndefined();
    expect(days[1]?.hours).toBe(6);
    expect(days[2]?.duration).toBeUndefined();
    expect(days[3]).toMatchObject({ recorded: false });
    expect(days[3]?.duration).toBeUndefined();
  });
});
