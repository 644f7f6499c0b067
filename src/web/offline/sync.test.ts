import { describe, expect, it } from "vitest";
import { ApiError } from "#web/app/api-error.ts";
import { mergeDays } from "./merge-days.ts";
import type { OutboxEntry } from "./outbox-entry.ts";
import { memoryOutboxStore, type MemoryOutboxStore, type OutboxStore } from "./outbox-store.ts";
import { syncOutbox, type SyncDeps } from "./sync.ts";
import { fakeDiaryServer, outboxEntry } from "./test-entries.ts";

const START = Date.parse("2026-07-20T10:00:00.000Z");
/** The session was confirmed as patient p1's when the page opened, before any send. */
const CONFIRMED = START - 60_000;

function setUp(entries: OutboxEntry[]) {
  let clock = START;
  const store = memoryOutboxStore(entries);
  const server = fakeDiaryServer("p1");
  const deps: SyncDeps = { store, send: server.send, now: () => new Date(clock) };
  const run = (options: { force?: boolean; sessionConfirmedAt?: number | null } = {}) =>
    syncOutbox("p1", deps, { force: options.force ?? false, sessionConfirmedAt: options.sessionConfirmedAt === undefined ? CONFIRMED : options.sessionConfirmedAt });
  const advance = (ms: number) => void (clock += ms);
  const now = () => clock;
  const entry = async (id: string) => (await store.list("p1")).find((candidate) => candidate.id === id);
  return { store, server, run, advance, now, entry };
}

const pending = (date: string, id: string, recordedAt: string) => outboxEntry(date, id, recordedAt);

describe("syncOutbox", () => {
  it("sends every waiting revision, oldest save first, each with its patient's id", async () => {
    const { server, run, entry } = setUp([
      pending("2026-07-20", "c", "2026-07-20T09:00:00.000Z"),
      pending("2026-07-18", "a", "2026-07-18T21:00:00.000Z"),
      pending("2026-07-19", "b", "2026-07-19T21:00:00.000Z"),
    ]);
    const report = await run();
    expect(server.calls.map((body) => body.id)).toEqual(["a", "b", "c"]);
    expect(server.calls.every((body) => body.patientId === "p1")).toBe(true);
    expect(report).toMatchObject({ sent: 3, waiting: 0, needsAttention: 0, localWriteFailed: false });
    expect((await entry("b"))?.state).toBe("sent");
  });

  it("keeps the server's acknowledged day on the phone, so the diary opens offline with it", async () => {
    const { store, run } = setUp([pending("2026-07-20", "a", "2026-07-20T09:00:00.000Z")]);
    await run();
    expect((store as MemoryOutboxStore).serverDays.get("p1/2026-07-20")?.revisionId).toBe("a");
  });

  it("is idempotent when a revision is sent twice because its answer was lost", async () => {
    const { server, run, entry } = setUp([pending("2026-07-20", "a", "2026-07-20T09:00:00.000Z")]);
    server.loseNextAnswer();
    const first = await run();
    expect(first.sent).toBe(0);
    expect((await entry("a"))?.state).toBe("pending");
    const second = await run({ force: true });
    expect(second.sent).toBe(1);
    expect(server.calls.map((body) => body.id)).toEqual(["a", "a"]);
    expect(server.revisionsOf("2026-07-20")).toHaveLength(1);
    expect((await entry("a"))?.state).toBe("sent");
  });

  it("takes a superseded answer as sent and shows the later one saved on another device", async () => {
    const { store, server, run, entry } = setUp([pending("2026-07-20", "phone", "2026-07-20T09:00:00.000Z")]);
    server.addRevision({ patientId: "p1", id: "tablet", date: "2026-07-20", recordedAt: "2026-07-20T09:30:00.000Z", headache: false });
    const report = await run();
    expect(report.sent).toBe(1);
    const sent = await entry("phone");
    expect(sent?.state).toBe("sent");
    const day = (store as MemoryOutboxStore).serverDays.get("p1/2026-07-20");
    expect(day?.revisionId).toBe("tablet");
    const merged = mergeDays(day ? [day] : [], sent ? [sent] : []).get("2026-07-20");
    expect(merged).toMatchObject({ revisionId: "tablet", state: "sent" });
  });

  it.each([
    ["no network", new ApiError("network_unreachable", "Cannot reach the server.", 0)],
    ["a server error", new ApiError("internal_error", "Something failed", 503)],
    ["a proxy's page answered with 200", new ApiError("unexpected_response", "The server's answer was not in the expected form.", 200)],
    ["rate limiting", new ApiError("rate_limited", "Too many requests", 429)],
    ["a timeout", new ApiError("unexpected_response", "The server answered 408 in an unexpected form.", 408)],
  ])("keeps the revisions after %s, backs off, then sends them", async (_what, error) => {
    const { server, run, advance, entry } = setUp([pending("2026-07-19", "a", "2026-07-19T21:00:00.000Z"), pending("2026-07-20", "b", "2026-07-20T09:00:00.000Z")]);
    server.failNext(error);
    const first = await run({ force: true });
    expect(first).toMatchObject({ sent: 0, waiting: 2, needsAttention: 0 });
    expect(server.calls).toHaveLength(1);
    const waiting = await entry("a");
    expect(waiting).toMatchObject({ state: "pending", problem: { kind: "retrying" }, failures: 1 });

    // The minute timer comes round before the wait is over: the server is left alone.
    advance(10_000);
    expect((await run()).plan).toMatchObject({ kind: "wait" });
    expect(server.calls).toHaveLength(1);

    advance(60_000);
    const later = await run();
    expect(later.sent).toBe(2);
    expect(await entry("a")).toMatchObject({ state: "sent", problem: null, failures: 0, retryAt: null });
  });

  it("waits longer after a second passing failure in a row", async () => {
    const { server, run, advance, entry, now } = setUp([pending("2026-07-20", "a", "2026-07-20T09:00:00.000Z")]);
    server.failNext(new ApiError("internal_error", "x", 500), new ApiError("internal_error", "x", 500));
    await run({ force: true });
    const firstWait = Date.parse((await entry("a"))?.retryAt ?? "") - now();
    advance(firstWait);
    await run();
    const secondWait = Date.parse((await entry("a"))?.retryAt ?? "") - now();
    expect(secondWait).toBeGreaterThan(firstWait);
  });

  it("sends at once, despite the wait, when the network comes back (forced)", async () => {
    const { server, run } = setUp([pending("2026-07-20", "a", "2026-07-20T09:00:00.000Z")]);
    server.failNext(new ApiError("network_unreachable", "offline", 0));
    await run({ force: true });
    expect((await run({ force: true })).sent).toBe(1);
  });

  it("marks a refused revision as needing attention with the server's reason, sends the rest, and does not resend it", async () => {
    const { server, run, entry } = setUp([pending("2026-07-19", "a", "2026-07-19T21:00:00.000Z"), pending("2026-07-20", "b", "2026-07-20T09:00:00.000Z")]);
    const issues = [{ path: "hours", message: "must be at most 24" }];
    server.failNext(new ApiError("validation_failed", "Check the answers", 400, issues));
    const report = await run();
    expect(report).toMatchObject({ sent: 1, needsAttention: 1 });
    expect(await entry("a")).toMatchObject({ state: "needs-attention", problem: { kind: "refused", message: "Check the answers", issues, code: "validation_failed" } });
    await run({ force: true });
    expect(server.calls.map((body) => body.id)).toEqual(["a", "b"]);
  });

  it("pauses for sign-in on 401, keeps the revisions, and sends them once the person has signed in", async () => {
    const { server, run, advance, now, entry } = setUp([pending("2026-07-19", "a", "2026-07-19T21:00:00.000Z"), pending("2026-07-20", "b", "2026-07-20T09:00:00.000Z")]);
    server.failNext(new ApiError("unauthenticated", "Not signed in", 401));
    const first = await run();
    expect(first).toMatchObject({ sent: 0, waiting: 1, needsAttention: 1 });
    expect(await entry("a")).toMatchObject({ state: "needs-attention", problem: { kind: "sign-in" } });
    expect(server.calls).toHaveLength(1);

    advance(120_000);
    expect((await run({ force: true })).plan).toEqual({ kind: "paused", reason: "sign-in" });
    expect(server.calls).toHaveLength(1);

    const signedInAt = now();
    advance(1_000);
    const after = await run({ force: true, sessionConfirmedAt: signedInAt });
    expect(after.sent).toBe(2);
  });

  it("holds this diary's revisions when the browser is signed in as another patient, and sends nothing more under that session", async () => {
    const { store, server, run, advance, now, entry } = setUp([pending("2026-07-19", "a", "2026-07-19T21:00:00.000Z"), pending("2026-07-20", "b", "2026-07-20T09:00:00.000Z")]);
    server.signedInAs = "p2";
    const first = await run();
    expect(server.calls.map((body) => [body.id, body.patientId])).toEqual([["a", "p1"]]);
    expect(first).toMatchObject({ sent: 0, needsAttention: 1, waiting: 1 });
    expect(await entry("a")).toMatchObject({ state: "needs-attention", problem: { kind: "other-account" } });

    // A new save in the tab left open: still nothing goes out under the other patient's session.
    await store.add(pending("2026-07-20", "c", "2026-07-20T10:00:00.000Z"));
    advance(120_000);
    expect((await run({ force: true })).plan).toEqual({ kind: "paused", reason: "other-account" });
    expect(server.calls).toHaveLength(1);
    expect(await store.list("p1")).toHaveLength(3);

    // The owner signs in again: the server confirms the session is p1's, and everything is sent.
    server.signedInAs = "p1";
    const ownerBack = now();
    advance(1_000);
    const after = await run({ sessionConfirmedAt: ownerBack });
    expect(after).toMatchObject({ sent: 3, needsAttention: 0, waiting: 0 });
    expect(server.calls.slice(1).map((body) => body.id)).toEqual(["a", "b", "c"]);
  });

  it("sends nothing while who is signed in is not confirmed (opened offline, or another tab changed the sign-in)", async () => {
    const { server, run } = setUp([pending("2026-07-20", "a", "2026-07-20T09:00:00.000Z")]);
    expect((await run({ force: true, sessionConfirmedAt: null })).plan).toEqual({ kind: "paused", reason: "unconfirmed" });
    expect(server.calls).toHaveLength(0);
  });

  it("does not mark a revision refused when the phone fails to record an acknowledged send; the next round resends it and converges", async () => {
    const { store, server, run, entry } = setUp([pending("2026-07-20", "a", "2026-07-20T09:00:00.000Z")]);
    let failWrites = 2;
    const flaky: OutboxStore = {
      ...store,
      recordSent: async (...args) => {
        if (failWrites > 0) {
          failWrites -= 1;
          throw new DOMException("The transaction was aborted", "AbortError");
        }
        return store.recordSent(...args);
      },
    };
    const deps: SyncDeps = { store: flaky, send: server.send, now: () => new Date(START) };
    const crashed = await syncOutbox("p1", deps, { force: false, sessionConfirmedAt: CONFIRMED });
    expect(crashed).toMatchObject({ sent: 0, localWriteFailed: true, needsAttention: 0, waiting: 1 });
    expect(await entry("a")).toMatchObject({ state: "pending", problem: null });
    expect(server.revisionsOf("2026-07-20")).toHaveLength(1);

    const next = await run();
    expect(next).toMatchObject({ sent: 1, localWriteFailed: false });
    expect(server.calls.map((body) => body.id)).toEqual(["a", "a"]);
    expect(server.revisionsOf("2026-07-20")).toHaveLength(1);
    expect(await entry("a")).toMatchObject({ state: "sent" });
    expect(store.serverDays.get("p1/2026-07-20")?.revisionId).toBe("a");
  });

  it("retries the local write once before leaving the entry to the next round", async () => {
    const { store, server, entry } = setUp([pending("2026-07-20", "a", "2026-07-20T09:00:00.000Z")]);
    let failWrites = 1;
    const flaky: OutboxStore = {
      ...store,
      recordSent: async (...args) => {
        if (failWrites-- > 0) throw new DOMException("busy", "UnknownError");
        return store.recordSent(...args);
      },
    };
    const report = await syncOutbox("p1", { store: flaky, send: server.send, now: () => new Date(START) }, { force: false, sessionConfirmedAt: CONFIRMED });
    expect(report).toMatchObject({ sent: 1, localWriteFailed: false });
    expect(server.calls).toHaveLength(1);
    expect((await entry("a"))?.state).toBe("sent");
  });

  it("prunes only entries the phone no longer needs, after the round", async () => {
    const day = 86_400_000;
    const old = new Date(START - 40 * day).toISOString();
    const { store, server, run } = setUp([
      outboxEntry("2026-06-10", "sent-long-ago", old, "sent", null, { sentAt: old }),
      outboxEntry("2026-07-15", "sent-lately", "2026-07-15T09:00:00.000Z", "sent"),
      outboxEntry("2026-06-11", "held", old, "needs-attention", { kind: "other-account", message: "", issues: [], at: new Date(START).toISOString() }),
      outboxEntry("2026-06-12", "refused", old, "needs-attention", { kind: "refused", message: "no", issues: [], code: "validation_failed" }),
    ]);
    await run();
    expect(server.calls).toHaveLength(0);
    expect((await store.list("p1")).map((entry) => entry.id).sort()).toEqual(["held", "refused", "sent-lately"]);
  });
});
