import { describe, expect, it } from "vitest";
import { ApiError } from "#web/app/api-error.ts";
import type { SideEffectsEntry } from "./side-effects-outbox-entry.ts";
import { memorySideEffectsStore, type SideEffectsOutboxStore } from "./side-effects-outbox-store.ts";
import { syncSideEffects, sideEffectsEntriesToPrune } from "./side-effects-sync.ts";
import { checkInEntry, fakeSideEffectsServer, reportEntry } from "./side-effects-test-entries.ts";

const START = Date.parse("2026-07-20T10:00:00.000Z");
const CONFIRMED = START - 60_000;

function setUp(entries: SideEffectsEntry[], store: SideEffectsOutboxStore = memorySideEffectsStore(entries)) {
  let clock = START;
  const server = fakeSideEffectsServer("p1");
  const run = (options: { force?: boolean; sessionConfirmedAt?: number | null } = {}) =>
    syncSideEffects("p1", { store, send: server.send, now: () => new Date(clock) }, { force: options.force ?? false, sessionConfirmedAt: options.sessionConfirmedAt === undefined ? CONFIRMED : options.sessionConfirmedAt });
  const entry = async (id: string) => (await store.list("p1")).find((candidate) => candidate.id === id);
  return { store, server, run, entry, advance: (ms: number) => void (clock += ms) };
}

describe("syncSideEffects", () => {
  it("sends waiting reports and check-in answers, oldest first, each with its patient's id, and keeps the report's receipt", async () => {
    const { server, run, entry } = setUp([
      reportEntry("r2", "2026-07-20T09:00:00.000Z", ["difficulty-swallowing"]),
      checkInEntry("c1", "2026-07-19T08:00:00.000Z"),
      reportEntry("r1", "2026-07-19T09:00:00.000Z", ["eyelid-droop"]),
    ]);
    const report = await run();
    expect(server.calls).toEqual(["c1", "r1", "r2"]);
    expect(report).toMatchObject({ sent: 3, waiting: 0, needsAttention: 0, localWriteFailed: false });
    const red = await entry("r2");
    expect(red?.state).toBe("sent");
    expect(red?.sentAt).toBe(new Date(START).toISOString());
    expect(red?.kind === "report" ? red.receipt?.level : null).toBe("red");
    expect((await entry("c1"))?.state).toBe("sent");
    expect(server.checkIns.get("c1")?.patientId).toBe("p1");
  });

  it("keeps a report saved offline on the phone, waiting, and sends it once the network is back", async () => {
    const { server, run, entry, advance } = setUp([reportEntry("r1", "2026-07-20T09:00:00.000Z", ["difficulty-swallowing"])]);
    server.failNext(new ApiError("network_unreachable", "Cannot reach the server.", 0));
    const offline = await run();
    expect(offline).toMatchObject({ sent: 0, waiting: 1, needsAttention: 0 });
    const waiting = await entry("r1");
    expect(waiting).toMatchObject({ state: "pending", failures: 1, problem: { kind: "retrying" } });
    // Within the backoff nothing is tried, unless the network came back (forced).
    advance(1000);
    expect((await run()).plan.kind).toBe("wait");
    expect(server.calls).toEqual(["r1"]);
    const back = await run({ force: true });
    expect(back.sent).toBe(1);
    expect((await entry("r1"))?.state).toBe("sent");
    expect(server.reports.size).toBe(1);
  });

  it("is idempotent when a report is sent twice because its answer was lost: one report, the first receipt", async () => {
    const { server, run, entry } = setUp([reportEntry("r1", "2026-07-20T09:00:00.000Z", ["eyelid-droop"])]);
    server.loseNextAnswer();
    await run();
    expect((await entry("r1"))?.state).toBe("pending");
    const firstReceipt = server.reports.get("r1")?.receipt;
    await run({ force: true });
    expect(server.calls).toEqual(["r1", "r1"]);
    expect(server.reports.size).toBe(1);
    const sent = await entry("r1");
    expect(sent?.kind === "report" ? sent.receipt : null).toEqual(firstReceipt);
  });

  it("sends nothing under another patient's session and holds everything for the owner", async () => {
    const { server, run, entry } = setUp([reportEntry("r1", "2026-07-20T09:00:00.000Z"), checkInEntry("c1", "2026-07-20T09:30:00.000Z")]);
    server.signedInAs = "p2";
    const report = await run();
    expect(report.needsAttention).toBe(1);
    expect(server.calls).toEqual(["r1"]);
    expect((await entry("r1"))?.problem?.kind).toBe("other-account");
    expect((await run({ force: true })).plan).toEqual({ kind: "paused", reason: "other-account" });
    expect(server.calls).toEqual(["r1"]);
  });

  it("sends nothing while the session is not confirmed", async () => {
    const { server, run } = setUp([reportEntry("r1", "2026-07-20T09:00:00.000Z")]);
    expect((await run({ sessionConfirmedAt: null })).plan).toEqual({ kind: "paused", reason: "unconfirmed" });
    expect(server.calls).toEqual([]);
  });

  it("keeps a report the server refuses, visible, and goes on with the next", async () => {
    const { server, run, entry } = setUp([reportEntry("r1", "2026-07-19T09:00:00.000Z"), reportEntry("r2", "2026-07-20T09:00:00.000Z")]);
    server.failNext(new ApiError("validation_failed", "Some answers need changing.", 400, [{ path: "onsetDate", message: "must not be in the future" }]));
    const report = await run();
    expect(report).toMatchObject({ sent: 1, needsAttention: 1 });
    expect(await entry("r1")).toMatchObject({ state: "needs-attention", problem: { kind: "refused", code: "validation_failed" } });
  });

  it("sends again, harmlessly, what the server took but this phone could not record", async () => {
    const inner = memorySideEffectsStore([reportEntry("r1", "2026-07-20T09:00:00.000Z")]);
    let refuse = 2;
    const flaky: SideEffectsOutboxStore = {
      ...inner,
      async recordSent(id, receipt, at) {
        if (refuse > 0) {
          refuse -= 1;
          throw new DOMException("closing", "InvalidStateError");
        }
        return inner.recordSent(id, receipt, at);
      },
    };
    const { server, run, entry } = setUp([], flaky);
    expect((await run()).localWriteFailed).toBe(true);
    expect((await entry("r1"))?.state).toBe("pending");
    expect((await run({ force: true })).sent).toBe(1);
    expect(server.reports.size).toBe(1);
  });
});

describe("sideEffectsEntriesToPrune", () => {
  const now = new Date(START);
  const daysAgo = (n: number) => new Date(START - n * 86_400_000).toISOString();

  it("forgets what the server acknowledged more than 30 days ago, and keeps the last 30 days'", () => {
    const entries = [reportEntry("old", daysAgo(40), ["bruising"], "sent", null, { sentAt: daysAgo(31) }), checkInEntry("recent", daysAgo(29), "s1", 7, "sent", { sentAt: daysAgo(29) })];
    expect(sideEffectsEntriesToPrune(entries, now)).toEqual(["old"]);
  });

  it("never forgets a report that is unsent or refused, however old", () => {
    const entries = [
      reportEntry("waiting", daysAgo(80)),
      reportEntry("refused", daysAgo(80), ["bruising"], "needs-attention", { kind: "refused", message: "no", issues: [], code: "validation_failed" }),
      reportEntry("held", daysAgo(80), ["bruising"], "needs-attention", { kind: "sign-in", message: "", issues: [], at: daysAgo(79) }),
    ];
    expect(sideEffectsEntriesToPrune(entries, now)).toEqual([]);
  });
});
