import { afterEach, describe, expect, it, vi } from "vitest";
import { applyUpdateIfIdle, decideUpdate, reportUpdate } from "./app-update.ts";
import { markDraftClosed, markDraftOpen, openDraftCount, subscribeDrafts } from "./drafts.ts";

afterEach(() => {
  markDraftClosed("diary-2026-07-20");
  markDraftClosed("report");
  reportUpdate("none");
});

describe("decideUpdate", () => {
  it("offers nothing when no new version waits", () => {
    expect(decideUpdate("none", 0)).toBe("none");
    expect(decideUpdate("none", 2)).toBe("none");
  });

  it("holds the offer while any entry is half-typed, and offers it once none is", () => {
    expect(decideUpdate("waiting", 1)).toBe("hold");
    expect(decideUpdate("took-over", 3)).toBe("hold");
    expect(decideUpdate("waiting", 0)).toBe("offer");
    expect(decideUpdate("took-over", 0)).toBe("offer");
  });
});

describe("the drafts registry", () => {
  it("counts each open draft once and tells listeners of real changes only", () => {
    const heard = vi.fn();
    const stop = subscribeDrafts(heard);
    markDraftOpen("diary-2026-07-20");
    markDraftOpen("diary-2026-07-20");
    markDraftOpen("report");
    expect(openDraftCount()).toBe(2);
    markDraftClosed("report");
    markDraftClosed("report");
    expect(openDraftCount()).toBe(1);
    expect(heard).toHaveBeenCalledTimes(3);
    stop();
  });
});

describe("applyUpdateIfIdle", () => {
  it("does not switch versions while a draft is open, and does once it is closed", () => {
    const apply = vi.fn(() => Promise.resolve());
    reportUpdate("waiting", apply);
    markDraftOpen("diary-2026-07-20");
    expect(applyUpdateIfIdle()).toBe(false);
    expect(apply).not.toHaveBeenCalled();
    markDraftClosed("diary-2026-07-20");
    expect(applyUpdateIfIdle()).toBe(true);
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it("only reloads when another tab already switched the worker", () => {
    const apply = vi.fn(() => Promise.resolve());
    const reload = vi.fn();
    reportUpdate("waiting", apply);
    reportUpdate("took-over");
    expect(applyUpdateIfIdle(reload)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(apply).not.toHaveBeenCalled();
  });

  it("does nothing when no update waits", () => {
    const reload = vi.fn();
    expect(applyUpdateIfIdle(reload)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });
});
