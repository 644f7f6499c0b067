import { describe, expect, it } from "vitest";
import type { OutboxProblem } from "./outbox-entry.ts";
import { entriesToPrune, planSync } from "./sync-plan.ts";
import { outboxEntry } from "./test-entries.ts";

const NOW = new Date("2026-07-20T10:00:00.000Z");
const conditions = { now: NOW, force: false, sessionConfirmedAt: NOW.getTime() - 60_000 };
const problem = (kind: OutboxProblem["kind"], at?: string): OutboxProblem => ({ kind, message: "", issues: [], at, ...(kind === "refused" ? { code: "validation_failed" } : {}) });

describe("planSync", () => {
  it("sends waiting revisions and those held for sign-in before the last confirmation, oldest save first, but not sent or refused ones", () => {
    const entries = [
      outboxEntry("2026-07-20", "late", "2026-07-20T09:00:00.000Z"),
      outboxEntry("2026-07-19", "early", "2026-07-19T21:00:00.000Z", "needs-attention", problem("sign-in", "2026-07-19T22:00:00.000Z")),
      outboxEntry("2026-07-18", "done", "2026-07-18T21:00:00.000Z", "sent"),
      outboxEntry("2026-07-17", "refused", "2026-07-17T21:00:00.000Z", "needs-attention", problem("refused")),
    ];
    const plan = planSync(entries, conditions);
    expect(plan.kind === "send" ? plan.entries.map((entry) => entry.id) : plan).toEqual(["early", "late"]);
  });

  it("tries once more a refusal stored without the server's code (stored before passing failures were told apart)", () => {
    const legacy = outboxEntry("2026-07-17", "legacy", "2026-07-17T21:00:00.000Z", "needs-attention", { kind: "refused", message: "The server answered 502 in an unexpected form.", issues: [] });
    const plan = planSync([legacy], conditions);
    expect(plan.kind === "send" ? plan.entries.map((entry) => entry.id) : plan).toEqual(["legacy"]);
  });

  it("orders two saves of the same instant by their time-ordered ids", () => {
    const at = "2026-07-20T09:00:00.000Z";
    const plan = planSync([outboxEntry("2026-07-20", "0190-b", at), outboxEntry("2026-07-19", "0190-a", at)], conditions);
    expect(plan.kind === "send" ? plan.entries.map((entry) => entry.id) : plan).toEqual(["0190-a", "0190-b"]);
  });

  it("pauses everything while a revision is held for its owner since after the last confirmation", () => {
    const held = outboxEntry("2026-07-19", "held", "2026-07-19T21:00:00.000Z", "needs-attention", problem("other-account", "2026-07-20T09:59:30.000Z"));
    expect(planSync([held, outboxEntry("2026-07-20", "new", "2026-07-20T09:59:50.000Z")], { ...conditions, force: true })).toEqual({ kind: "paused", reason: "other-account" });
  });

  it("releases a held revision once the server confirms the owner's session after it was held", () => {
    const held = outboxEntry("2026-07-19", "held", "2026-07-19T21:00:00.000Z", "needs-attention", problem("other-account", "2026-07-20T09:59:30.000Z"));
    const plan = planSync([held], { ...conditions, sessionConfirmedAt: Date.parse("2026-07-20T09:59:45.000Z") });
    expect(plan.kind === "send" ? plan.entries.map((entry) => entry.id) : plan).toEqual(["held"]);
  });

  it("backs off until the latest wait is over, unless forced", () => {
    const entries = [
      outboxEntry("2026-07-19", "a", "2026-07-19T21:00:00.000Z", "pending", problem("retrying"), { retryAt: "2026-07-20T10:00:30.000Z", failures: 1 }),
      outboxEntry("2026-07-20", "b", "2026-07-20T09:00:00.000Z"),
    ];
    expect(planSync(entries, conditions)).toEqual({ kind: "wait", until: "2026-07-20T10:00:30.000Z" });
    expect(planSync(entries, { ...conditions, now: new Date("2026-07-20T10:00:30.000Z") }).kind).toBe("send");
    expect(planSync(entries, { ...conditions, force: true }).kind).toBe("send");
  });

  it("sends nothing while the session is not confirmed, but has nothing to pause for with an empty outbox", () => {
    expect(planSync([outboxEntry("2026-07-20", "a", "2026-07-20T09:00:00.000Z")], { ...conditions, sessionConfirmedAt: null })).toEqual({ kind: "paused", reason: "unconfirmed" });
    expect(planSync([], { ...conditions, sessionConfirmedAt: null })).toEqual({ kind: "send", entries: [] });
  });
});

describe("entriesToPrune", () => {
  const day = 86_400_000;
  const daysAgo = (n: number) => new Date(NOW.getTime() - n * day).toISOString();

  it("forgets sent revisions acknowledged more than 30 days ago, and keeps those of the last 30 days", () => {
    const entries = [
      outboxEntry("2026-06-15", "31-days", daysAgo(31), "sent", null, { sentAt: daysAgo(31) }),
      outboxEntry("2026-06-20", "29-days", daysAgo(29), "sent", null, { sentAt: daysAgo(29) }),
    ];
    expect(entriesToPrune(entries, NOW)).toEqual(["31-days"]);
  });

  it.each([
    ["waiting", "pending", null],
    ["retrying", "pending", problem("retrying")],
    ["held for sign-in", "needs-attention", problem("sign-in", "2026-06-01T00:00:00.000Z")],
    ["held for its owner", "needs-attention", problem("other-account", "2026-06-01T00:00:00.000Z")],
    ["refused and not replaced", "needs-attention", problem("refused")],
  ] as const)("never forgets a revision that is %s, however old", (_what, state, entryProblem) => {
    expect(entriesToPrune([outboxEntry("2026-05-01", "x", daysAgo(80), state, entryProblem)], NOW)).toEqual([]);
  });

  it("forgets a refused revision once a later revision of the same date was sent", () => {
    const entries = [
      outboxEntry("2026-07-19", "refused", "2026-07-19T20:00:00.000Z", "needs-attention", problem("refused")),
      outboxEntry("2026-07-19", "corrected", "2026-07-19T21:00:00.000Z", "sent"),
      outboxEntry("2026-07-18", "other-date", "2026-07-18T21:00:00.000Z", "needs-attention", problem("refused")),
    ];
    expect(entriesToPrune(entries, NOW)).toEqual(["refused"]);
  });
});
