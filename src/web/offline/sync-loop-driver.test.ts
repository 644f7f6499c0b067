import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSyncLoop, type SyncRound } from "./sync-loop-driver.ts";

/** A window and document that record their listeners, so the test can fire "online" and "visible". */
function fakeBrowser() {
  const listeners = new Map<string, () => void>();
  const target = {
    addEventListener: (name: string, listener: () => void) => listeners.set(name, listener),
    removeEventListener: (name: string) => listeners.delete(name),
  };
  vi.stubGlobal("window", { ...target, setInterval: globalThis.setInterval, clearInterval: globalThis.clearInterval });
  vi.stubGlobal("document", { ...target, visibilityState: "visible" });
  return { fire: (name: string) => listeners.get(name)?.(), listening: () => [...listeners.keys()].sort() };
}

/** A round that stays open until the test lets it finish. */
function heldRounds() {
  const calls: { patientId: string; force: boolean; sessionConfirmedAt: number | null }[] = [];
  const releases: (() => void)[] = [];
  const round: SyncRound = (patientId, conditions) => {
    calls.push({ patientId, ...conditions });
    return new Promise<void>((resolve) => releases.push(resolve));
  };
  const finishOne = async () => {
    releases.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { calls, round, finishOne };
}

describe("createSyncLoop", () => {
  let browser: ReturnType<typeof fakeBrowser>;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    browser = fakeBrowser();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("sends a forced round on start, for that patient under that session", () => {
    const { calls, round } = heldRounds();
    createSyncLoop(round).start("p1", 42);
    expect(calls).toEqual([{ patientId: "p1", force: true, sessionConfirmedAt: 42 }]);
  });

  it("runs one round at a time and one more after it however often it was asked, forced if any ask was", async () => {
    const { calls, round, finishOne } = heldRounds();
    const loop = createSyncLoop(round);
    loop.start("p1", 1);
    loop.request();
    loop.request({ force: true });
    loop.request();
    expect(calls).toHaveLength(1);
    await finishOne();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.force).toBe(true);
    await finishOne();
    expect(calls).toHaveLength(2);
  });

  it("asks again when the browser comes online, the page becomes visible, and every minute", async () => {
    const { calls, round, finishOne } = heldRounds();
    createSyncLoop(round).start("p1", 1);
    await finishOne();
    browser.fire("online");
    await finishOne();
    browser.fire("visibilitychange");
    await finishOne();
    vi.advanceTimersByTime(60_000);
    expect(calls.map((call) => call.force)).toEqual([true, true, false, false]);
  });

  it("stops asking once stopped: no listeners left, requests ignored", async () => {
    const { calls, round, finishOne } = heldRounds();
    const loop = createSyncLoop(round);
    const stop = loop.start("p1", 1);
    await finishOne();
    stop();
    expect(browser.listening()).toEqual([]);
    loop.request({ force: true });
    vi.advanceTimersByTime(120_000);
    expect(calls).toHaveLength(1);
  });

  it("a failing round does not stop the loop", async () => {
    let rounds = 0;
    const loop = createSyncLoop(async () => {
      rounds += 1;
      throw new Error("IndexedDB closed");
    });
    loop.start("p1", 1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    loop.request();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(rounds).toBe(2);
  });
});
