import { describe, expect, it } from "vitest";
import { ApiError } from "#web/app/api-error.ts";
import type { FailedAttempt } from "./outbox-entry.ts";
import { sendOutboxRound, sentLongAgo, type RoundEntry } from "./outbox-round.ts";

const NOW = new Date("2026-07-20T10:00:00.000Z");

type Entry = RoundEntry & { readonly patientId: string; readonly answer?: string };

function entry(id: string, state: Entry["state"], sentAt: string | null = null, recordedAt = "2026-07-20T09:00:00.000Z"): Entry {
  return { id, patientId: "p1", state, sentAt, problem: null, retryAt: null, payload: { recordedAt } };
}

function memory(initial: Entry[]) {
  const entries = new Map(initial.map((one) => [one.id, one]));
  return {
    entries,
    list: async (patientId: string) => [...entries.values()].filter((one) => one.patientId === patientId),
    recordSent: async (one: Entry, answer: string, sentAt: string) => void entries.set(one.id, { ...one, state: "sent", sentAt, answer }),
    recordFailure: async (id: string, change: FailedAttempt) => void entries.set(id, { ...entries.get(id)!, ...change }),
    remove: async (ids: readonly string[]) => ids.forEach((id) => entries.delete(id)),
  };
}

describe("sentLongAgo", () => {
  it("names only entries acknowledged more than 30 days ago", () => {
    const entries = [entry("old", "sent", "2026-06-19T09:59:00.000Z"), entry("recent", "sent", "2026-06-21T00:00:00.000Z"), entry("unsent", "pending"), entry("refused", "needs-attention")];
    expect(sentLongAgo(entries, NOW)).toEqual(["old"]);
    expect(sentLongAgo(entries, NOW, 0)).toEqual(["old", "recent"]);
  });
});

describe("sendOutboxRound", () => {
  it("sends oldest first, records each answer, and prunes what the outbox says it no longer needs", async () => {
    const store = memory([entry("b", "pending", null, "2026-07-20T09:00:00.000Z"), entry("a", "pending", null, "2026-07-19T09:00:00.000Z"), entry("gone", "sent", "2026-01-01T00:00:00.000Z")]);
    const sent: string[] = [];
    const report = await sendOutboxRound("p1", { ...store, send: async (one: Entry) => (sent.push(one.id), `ok-${one.id}`), toPrune: sentLongAgo, now: () => NOW }, { force: false, sessionConfirmedAt: NOW.getTime() - 1 });
    expect(sent).toEqual(["a", "b"]);
    expect(report).toMatchObject({ sent: 2, waiting: 0, needsAttention: 0, localWriteFailed: false });
    expect(store.entries.get("a")?.answer).toBe("ok-a");
    expect(store.entries.has("gone")).toBe(false);
  });

  it("words another person's sign-in as the outbox asks", async () => {
    const store = memory([entry("a", "pending")]);
    const send = async (): Promise<string> => {
      throw new ApiError("account_mismatch", "Signed in as someone else.", 409);
    };
    const report = await sendOutboxRound("p1", { ...store, send, toPrune: () => [], now: () => NOW, otherAccountMessage: "Sent once its owner signs in." }, { force: true, sessionConfirmedAt: NOW.getTime() - 1 });
    expect(report.needsAttention).toBe(1);
    expect(store.entries.get("a")?.problem).toMatchObject({ kind: "other-account", message: "Sent once its owner signs in." });
  });

  it("reports a local write failure and leaves the entry unsent, to be sent again (idempotent)", async () => {
    const store = memory([entry("a", "pending")]);
    const report = await sendOutboxRound(
      "p1",
      { ...store, recordSent: async () => Promise.reject(new Error("quota")), send: async () => "ok", toPrune: () => [], now: () => NOW },
      { force: false, sessionConfirmedAt: NOW.getTime() - 1 },
    );
    expect(report).toMatchObject({ sent: 0, waiting: 1, localWriteFailed: true });
  });
});
