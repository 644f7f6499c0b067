import { describe, expect, it } from "vitest";
import { countUnsent } from "./unsent-entries.ts";

const entries = (...states: ("pending" | "sent" | "needs-attention")[]) => states.map((state) => ({ state }));

describe("countUnsent", () => {
  it("counts every entry the clinic has not acknowledged, in each outbox", () => {
    expect(countUnsent({ diaryDays: entries("pending", "sent", "needs-attention"), sideEffects: entries("sent", "pending"), questionnaires: entries("needs-attention") })).toEqual({
      diaryDays: 2,
      sideEffects: 1,
      questionnaires: 1,
      total: 4,
    });
  });

  it("is nothing when everything is sent", () => {
    expect(countUnsent({ diaryDays: entries("sent"), sideEffects: [], questionnaires: entries("sent") }).total).toBe(0);
  });
});
