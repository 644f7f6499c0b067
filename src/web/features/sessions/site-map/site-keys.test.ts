import { describe, expect, it } from "vitest";
import { addFollowThePain, initialSites, setUnits, type MapSite } from "./site-draft.ts";
import { applyKeyAction, keyAction, tabStopKey, type KeyState } from "./site-keys.ts";
import { layoutSites } from "./site-layout.ts";

const state = (sites: MapSite[], focusedKey: string, readOnly = false): KeyState => ({ sites, layout: layoutSites(sites), focusedKey, readOnly });
const unitsOf = (sites: readonly MapSite[] | undefined, key: string) => sites?.find((site) => site.key === key)?.units;

describe("keyAction", () => {
  it("maps the map's keys and leaves the rest to the browser", () => {
    expect(keyAction({ key: "ArrowLeft" })).toEqual({ type: "move", direction: "left" });
    expect(keyAction({ key: "ArrowUp" })).toEqual({ type: "move", direction: "up" });
    expect(keyAction({ key: "Home" })).toEqual({ type: "move", direction: "first" });
    expect(keyAction({ key: "End" })).toEqual({ type: "move", direction: "last" });
    expect(keyAction({ key: "Enter" })).toEqual({ type: "select" });
    expect(keyAction({ key: " " })).toEqual({ type: "select" });
    for (const key of ["+", "=", "Add"]) expect(keyAction({ key })).toEqual({ type: "step", direction: 1 });
    for (const key of ["-", "_", "Subtract"]) expect(keyAction({ key })).toEqual({ type: "step", direction: -1 });
    expect(keyAction({ key: "Delete" })).toEqual({ type: "clear" });
    expect(keyAction({ key: "Backspace" })).toEqual({ type: "clear" });
    expect(keyAction({ key: "Tab" })).toBeNull();
    expect(keyAction({ key: "a" })).toBeNull();
    expect(keyAction({ key: "ArrowLeft", altKey: true })).toBeNull();
    expect(keyAction({ key: "-", ctrlKey: true })).toBeNull();
    expect(keyAction({ key: "+", metaKey: true })).toBeNull();
  });
});

describe("applyKeyAction", () => {
  it("moves focus with the arrow keys without selecting", () => {
    expect(applyKeyAction(state(initialSites(), "procerus-midline-1"), { type: "move", direction: "right" }, "procerus-midline-1")).toEqual({ focusKey: "corrugator-left-1" });
  });

  it("selects the focused site with Enter or Space", () => {
    expect(applyKeyAction(state(initialSites(), "procerus-midline-1"), { type: "select" }, null)).toEqual({ selectKey: "procerus-midline-1" });
    expect(applyKeyAction(state(initialSites(), "procerus-midline-1"), { type: "select" }, "procerus-midline-1")).toEqual({});
  });

  it("changes the focused site's units by 2.5 and announces the new total", () => {
    const down = applyKeyAction(state(initialSites(), "temporalis-left-2"), { type: "step", direction: -1 }, null);
    expect(unitsOf(down.sites, "temporalis-left-2")).toBe(2.5);
    expect(down.announcement).toBe("Temporalis left site 2 set to 2.5 units. Total 152.5 units.");
    const up = applyKeyAction(state(initialSites(), "temporalis-left-2"), { type: "step", direction: 1 }, null);
    expect(up.announcement).toBe("Temporalis left site 2 set to 7.5 units. Total 157.5 units.");
  });

  it("says so, and changes nothing, at the ends of the units range", () => {
    const atTen = setUnits(initialSites(), "procerus-midline-1", 10);
    expect(applyKeyAction(state(atTen, "procerus-midline-1"), { type: "step", direction: 1 }, null)).toEqual({
      announcement: "Procerus midline site 1 is already at 10 units, the most the map sets on one site.",
    });
    const atZero = setUnits(initialSites(), "procerus-midline-1", 0);
    expect(applyKeyAction(state(atZero, "procerus-midline-1"), { type: "step", direction: -1 }, null)).toEqual({ announcement: "Procerus midline site 1 is already not given." });
    expect(applyKeyAction(state(atZero, "procerus-midline-1"), { type: "clear" }, null)).toEqual({ announcement: "Procerus midline site 1 is already not given." });
  });

  it("sets a fixed site to not given with Delete, keeping it on the map", () => {
    const outcome = applyKeyAction(state(initialSites(), "occipitalis-right-3"), { type: "clear" }, "occipitalis-right-3");
    expect(outcome.sites).toHaveLength(31);
    expect(unitsOf(outcome.sites, "occipitalis-right-3")).toBe(0);
    expect(outcome.focusKey).toBeUndefined();
    expect(outcome.announcement).toBe("Occipitalis right site 3 set to not given. Total 150 units.");
  });

  it("removes a follow-the-pain site with Delete and moves focus, and the selection if it was selected, to the next site", () => {
    const sites = addFollowThePain(initialSites(), "trapezius", "right");
    const s = state(sites, "ftp-trapezius-right-1");
    const index = s.layout.order.indexOf("ftp-trapezius-right-1");
    const outcome = applyKeyAction(s, { type: "clear" }, "ftp-trapezius-right-1");
    expect(outcome.sites).toEqual(initialSites());
    expect(outcome.focusKey).toBe(s.layout.order[index + 1] ?? s.layout.order[index - 1]);
    expect(outcome.selectKey).toBe(outcome.focusKey);
    expect(outcome.announcement).toBe("Trapezius right follow-the-pain site 1 removed. Total 155 units.");
    expect(applyKeyAction(s, { type: "clear" }, "procerus-midline-1").selectKey).toBeUndefined();
  });

  it("moves and selects but never changes a read-only map", () => {
    const s = state(initialSites(), "procerus-midline-1", true);
    expect(applyKeyAction(s, { type: "step", direction: 1 }, null)).toEqual({});
    expect(applyKeyAction(s, { type: "clear" }, null)).toEqual({});
    expect(applyKeyAction(s, { type: "select" }, null)).toEqual({ selectKey: "procerus-midline-1" });
    expect(applyKeyAction(s, { type: "move", direction: "left" }, null)).toEqual({ focusKey: "corrugator-right-1" });
  });
});

describe("tabStopKey", () => {
  const order = ["a", "b", "c"];
  it("is the focused marker while focus is in the map", () => {
    expect(tabStopKey(order, "a", "c", true)).toBe("c");
  });
  it("is the selected marker, else the first, when focus is elsewhere (Tab enters there)", () => {
    expect(tabStopKey(order, "b", "c", false)).toBe("b");
    expect(tabStopKey(order, null, "c", false)).toBe("a");
    expect(tabStopKey(order, "gone", null, false)).toBe("a");
    expect(tabStopKey(order, null, "gone", true)).toBe("a");
    expect(tabStopKey([], null, null, false)).toBeNull();
  });
});
