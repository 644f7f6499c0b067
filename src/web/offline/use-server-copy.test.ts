import { describe, expect, it } from "vitest";
import { newestCopy } from "./use-server-copy.ts";

describe("newestCopy", () => {
  const stored = { patientId: "p1", answer: "stored", fetchedAt: "2026-07-20T10:00:00.000Z" };

  it("shows the answer fetched now when it is newer than the stored copy, or none is stored", () => {
    expect(newestCopy(stored, { answer: "fresh", at: new Date("2026-07-20T10:05:00.000Z") }, "p1")).toEqual({ patientId: "p1", answer: "fresh", fetchedAt: "2026-07-20T10:05:00.000Z" });
    expect(newestCopy(null, { answer: "fresh", at: new Date("2026-07-20T10:05:00.000Z") }, "p1")?.answer).toBe("fresh");
  });

  it("keeps the stored copy when nothing was fetched or the store holds a later one", () => {
    expect(newestCopy(stored, null, "p1")).toBe(stored);
    expect(newestCopy(stored, { answer: "fresh", at: new Date("2026-07-20T09:00:00.000Z") }, "p1")).toBe(stored);
    expect(newestCopy(null, null, "p1")).toBeNull();
  });
});
