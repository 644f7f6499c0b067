import { describe, expect, it } from "vitest";
import type { PhoneDiaryEntry } from "./phone-diary-db.ts";
import { keepOnPhone } from "./keep-on-phone.ts";

describe("keeping a self-check diary day on the phone", () => {
  it("keeps a valid day with its id and the time it was saved", async () => {
    const kept: PhoneDiaryEntry[] = [];
    const result = await keepOnPhone("2026-07-01", { headache: true, hours: 6, severity: 2 }, async (entry) => void kept.push(entry));
    expect(result.ok).toBe(true);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ date: "2026-07-01", answers: { headache: true, hours: 6, severity: 2 } });
    expect(kept[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(kept[0]?.recordedAt ?? ""))).toBe(false);
  });

  it("refuses a headache day without its hours, as the clinic would, keeping nothing", async () => {
    const kept: PhoneDiaryEntry[] = [];
    const result = await keepOnPhone("2026-07-01", { headache: true, severity: 2 }, async (entry) => void kept.push(entry));
    expect(result.ok).toBe(false);
    expect(kept).toEqual([]);
  });

  it("says why when the phone cannot store it", async () => {
    const result = await keepOnPhone("2026-07-01", { headache: false }, () => Promise.reject(new DOMException("full", "QuotaExceededError")));
    expect(result).toMatchObject({ ok: false, kind: "not-stored", reason: "this phone's storage is full" });
  });
});
