import { describe, expect, it } from "vitest";
import { addDays, plainDate } from "../shared/plain-date.ts";
import { DEFAULT_SETTINGS, resolveSettings } from "../shared/settings.ts";
import { windowCountsOf } from "../diary/diary-builders.ts";
import type { WindowCounts } from "../diary/window-counts.ts";
import { windowRange } from "../diary/windows.ts";
import { assessChronicMigraine, judgeChronicWindow, meetsChronicThresholds } from "./chronic-migraine.ts";

const A = plainDate("2026-07-20");
type Spec = Partial<WindowCounts>;
const CHRONIC: Spec = { anyHeadacheDays: 15, migraineDays: 8 };
const windows = (...specs: Spec[]): WindowCounts[] => specs.map((spec, i) => windowCountsOf(windowRange(A, i + 1), spec));
const judge = (ws: WindowCounts[], chronicMigraineSince?: string, settings = DEFAULT_SETTINGS) =>
  assessChronicMigraine({ windows: ws, asOf: A, history: chronicMigraineSince === undefined ? {} : { chronicMigraineSince: plainDate(chronicMigraineSince) }, settings });

describe("chronic migraine from the diary (pathway-rules §3, ICHD-3 1.3)", () => {
  it.each([
    [{ anyHeadacheDays: 15, migraineDays: 8 }, true],
    [{ anyHeadacheDays: 14, migraineDays: 8 }, false],
    [{ anyHeadacheDays: 15, migraineDays: 7 }, false],
    [{ anyHeadacheDays: 28, migraineDays: 28 }, true],
  ])("window %j meets both thresholds: %s", (counts, expected) => {
    expect(meetsChronicThresholds(counts)).toBe(expected);
  });

  it("is met when W1, W2 and W3 are complete and each has 15 headache days and 8 migraine days", () => {
    const decision = judge(windows(CHRONIC, CHRONIC, CHRONIC));
    expect(decision.status).toBe("met");
    expect(decision.reasons).toContain("three_windows_meet_thresholds");
  });

  it("is not met when one complete window has 14 days with headache", () => {
    const decision = judge(windows(CHRONIC, { anyHeadacheDays: 14, migraineDays: 10 }, CHRONIC));
    expect(decision.status).toBe("not-met");
    expect(decision.reasons).toContain("window_below_threshold");
  });

  it("is not met when one complete window has 7 migraine days", () => {
    expect(judge(windows(CHRONIC, CHRONIC, { anyHeadacheDays: 20, migraineDays: 7 })).status).toBe("not-met");
  });

  it("is insufficient-data when a window is incomplete (19 of 28 days recorded) and no complete window misses", () => {
    const decision = judge(windows(CHRONIC, { ...CHRONIC, daysRecorded: 19, complete: false }, CHRONIC));
    expect(decision.status).toBe("insufficient-data");
    expect(decision.reasons).toContain("window_incomplete");
  });

  it("is not met when a complete window misses even though another window is incomplete", () => {
    expect(judge(windows({ anyHeadacheDays: 3 }, { complete: false, daysRecorded: 0 }, { complete: false, daysRecorded: 0 })).status).toBe("not-met");
  });

  it("ignores windows beyond W3", () => {
    expect(judge(windows(CHRONIC, CHRONIC, CHRONIC, { anyHeadacheDays: 0 })).status).toBe("met");
  });

  describe("attested history (config attestedHistoryMinDays, default 90)", () => {
    const onlyW1 = windows(CHRONIC, { complete: false, daysRecorded: 0 }, { complete: false, daysRecorded: 0 });

    it("is met with W1 alone when chronic migraine is attested since A-90", () => {
      const decision = judge(onlyW1, addDays(A, -90));
      expect(decision.status).toBe("met");
      expect(decision.reasons).toContain("attested_history_with_w1_meeting_thresholds");
    });

    it("is insufficient-data when the attestation starts A-89 (too recent)", () => {
      const decision = judge(onlyW1, addDays(A, -89));
      expect(decision.status).toBe("insufficient-data");
      expect(decision.reasons).toContain("attested_history_too_recent");
    });

    it("is insufficient-data with the attestation when W1 is incomplete", () => {
      expect(judge(windows({ ...CHRONIC, complete: false, daysRecorded: 19 }, CHRONIC, CHRONIC), "2020-01-01").status).toBe("insufficient-data");
    });

    it("is not met with the attestation when complete W1 misses a threshold", () => {
      expect(judge(windows({ anyHeadacheDays: 14, migraineDays: 14 }, { complete: false }, { complete: false }), "2020-01-01").status).toBe("not-met");
    });

    it("is met through the attestation even when a complete W2 misses a threshold (the attested route needs only W1)", () => {
      expect(judge(windows(CHRONIC, { anyHeadacheDays: 2 }, { complete: false }), "2020-01-01").status).toBe("met");
    });

    it("uses the configured attestedHistoryMinDays", () => {
      const settings = resolveSettings({ attestedHistoryMinDays: 30 });
      expect(judge(onlyW1, addDays(A, -30), settings).status).toBe("met");
      expect(judge(onlyW1, addDays(A, -29), settings).status).toBe("insufficient-data");
    });
  });

  it("explains each of W1-W3 for people", () => {
    const decision = judge(windows(CHRONIC, CHRONIC, CHRONIC));
    expect(decision.reasons.filter((r) => r.startsWith("W"))).toHaveLength(3);
    expect(decision.reasons[1]).toContain("2026-06-23..2026-07-20");
  });

  it("refuses fewer than three windows (programmer error)", () => {
    expect(() => judge(windows(CHRONIC, CHRONIC))).toThrow(RangeError);
  });

  describe("each window's verdict, carried so no screen re-judges it", () => {
    it("judges W1-W3 against 15 and 8, saying which counts reach their threshold", () => {
      const decision = judge(windows({ anyHeadacheDays: 16, migraineDays: 7 }, CHRONIC, { daysRecorded: 12, complete: false, anyHeadacheDays: 12 }));
      expect(decision.windows.map((w) => w.meets)).toEqual([false, true, null]);
      expect(decision.windows[0]?.anyHeadacheDays).toEqual({ days: 16, minDays: 15, reaches: true });
      expect(decision.windows[0]?.migraineDays).toEqual({ days: 7, minDays: 8, reaches: false });
      expect(decision.windows.map((w) => w.daysNeeded)).toEqual([0, 0, 8]);
    });

    it("counts the days still needed under the clinic's minRecordedDays", () => {
      const w = windowCountsOf(windowRange(A, 1), { daysRecorded: 18, complete: false });
      expect(judgeChronicWindow(w, resolveSettings({ minRecordedDays: 25 })).daysNeeded).toBe(7);
      expect(judgeChronicWindow(w, DEFAULT_SETTINGS).daysNeeded).toBe(2);
    });

    it("gives the windows whatever the verdict", () => {
      for (const ws of [windows(CHRONIC, CHRONIC, CHRONIC), windows({}, {}, {}), windows(CHRONIC, {}, {})]) {
        expect(judge(ws).windows).toHaveLength(3);
      }
      expect(judge(windows(CHRONIC, { complete: false }, { complete: false }), "2020-01-01").windows).toHaveLength(3);
    });
  });
});
