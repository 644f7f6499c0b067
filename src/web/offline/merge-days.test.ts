import { describe, expect, it } from "vitest";
import { mergeDays } from "./merge-days.ts";
import { outboxEntry, serverDay } from "./test-entries.ts";

describe("mergeDays", () => {
  it("shows a day saved on this phone after the server's copy as not sent yet", () => {
    const days = mergeDays([serverDay("2026-07-20", "r1", "2026-07-20T08:00:00.000Z")], [outboxEntry("2026-07-20", "r2", "2026-07-20T09:00:00.000Z")]);
    const day = days.get("2026-07-20");
    expect(day?.state).toBe("on-phone");
    expect(day?.revisionId).toBe("r2");
    expect(day?.answers.headache).toBe(true);
  });

  it("shows the server's copy when it is the later save (changed on another device)", () => {
    const days = mergeDays(
      [serverDay("2026-07-20", "r3", "2026-07-20T10:00:00.000Z", true)],
      [outboxEntry("2026-07-20", "r2", "2026-07-20T09:00:00.000Z", "needs-attention", { kind: "refused", message: "no", issues: [] })],
    );
    expect(days.get("2026-07-20")?.state).toBe("sent");
    expect(days.get("2026-07-20")?.revisionId).toBe("r3");
  });

  it("counts a revision the server already holds as sent, even if the phone has not heard back", () => {
    const at = "2026-07-20T09:00:00.000Z";
    const days = mergeDays([serverDay("2026-07-20", "r2", at, true)], [outboxEntry("2026-07-20", "r2", at, "pending")]);
    expect(days.get("2026-07-20")?.state).toBe("sent");
  });

  it("keeps days of different dates apart and leaves unrecorded dates out", () => {
    const days = mergeDays([serverDay("2026-07-18", "a", "2026-07-18T20:00:00.000Z")], [outboxEntry("2026-07-20", "b", "2026-07-20T20:00:00.000Z")]);
    expect([...days.keys()].sort()).toEqual(["2026-07-18", "2026-07-20"]);
    expect(days.has("2026-07-19")).toBe(false);
  });

  it("compares save times as instants, not as text", () => {
    const days = mergeDays([serverDay("2026-07-20", "r1", "2026-07-20T10:00:00+02:00")], [outboxEntry("2026-07-20", "r2", "2026-07-20T08:30:00.000Z")]);
    // 10:00+02:00 is 08:00Z, before 08:30Z: the phone's save is the later one.
    expect(days.get("2026-07-20")?.revisionId).toBe("r2");
  });

  it("gives the same answer whatever order the outbox is read in", () => {
    const entries = [
      outboxEntry("2026-07-20", "0190f7a6-0000-7000-8000-000000000001", "2026-07-20T09:00:00.000Z"),
      outboxEntry("2026-07-20", "0190f7a6-0000-7000-8000-000000000002", "2026-07-20T09:00:00.000Z"),
      outboxEntry("2026-07-20", "0190f7a6-0000-7000-8000-000000000003", "2026-07-20T07:00:00.000Z"),
    ];
    const forward = mergeDays([], entries).get("2026-07-20")?.revisionId;
    const backward = mergeDays([], [...entries].reverse()).get("2026-07-20")?.revisionId;
    expect(forward).toBe("0190f7a6-0000-7000-8000-000000000002");
    expect(backward).toBe(forward);
  });
});
