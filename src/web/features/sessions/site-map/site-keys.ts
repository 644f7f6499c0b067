/**
 * The site map's keyboard, as pure functions the component calls (the repository has no DOM in
 * unit tests): which key does what, what it changes, and which marker holds the one tab stop.
 */
import type { MapSite } from "./site-draft.ts";
import { removeSite, setUnits, stepUnits } from "./site-draft.ts";
import type { MoveDirection, SiteLayout } from "./site-layout.ts";
import { nextSiteKey } from "./site-layout.ts";
import { describeRemoved, describeUnitsAtEnd, describeUnitsSet } from "./site-words.ts";

export type MapKeyAction =
  | { readonly type: "move"; readonly direction: MoveDirection }
  | { readonly type: "select" }
  | { readonly type: "step"; readonly direction: 1 | -1 }
  | { readonly type: "clear" };

/** The parts of a keyboard event the map reads. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
}

const MOVES: Readonly<Record<string, MoveDirection>> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
  Home: "first",
  End: "last",
};

/**
 * The map's action for a key, or null to leave the key to the browser (Tab, shortcuts with Ctrl, Alt or Cmd).
 * `+` is also `=` (the same key unshifted) and the keypad's plus; `-` is also `_` and the keypad's minus.
 * @example keyAction({ key: "ArrowDown" }) // { type: "move", direction: "down" }
 */
export function keyAction(press: KeyPress): MapKeyAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const direction = MOVES[press.key];
  if (direction) return { type: "move", direction };
  switch (press.key) {
    case "Enter":
    case " ":
      return { type: "select" };
    case "+":
    case "=":
    case "Add":
      return { type: "step", direction: 1 };
    case "-":
    case "_":
    case "Subtract":
      return { type: "step", direction: -1 };
    case "Delete":
    case "Backspace":
      return { type: "clear" };
    default:
      return null;
  }
}

/** What the map holds when a key is pressed on a marker. */
export interface KeyState {
  readonly sites: readonly MapSite[];
  readonly layout: SiteLayout;
  readonly focusedKey: string;
  readonly readOnly: boolean;
}

/** What a key press does: each part present only when it changes. */
export interface KeyOutcome {
  /** The new sites, for onChange. */
  readonly sites?: MapSite[];
  /** The marker to move focus to. */
  readonly focusKey?: string;
  /** The site to select, for onSelect. */
  readonly selectKey?: string;
  /** For the polite live region. */
  readonly announcement?: string;
}

/**
 * What an action does to the map. Read-only maps move and select but never change units.
 * Clearing a follow-the-pain site removes it and moves focus (and the selection, if it was
 * selected) to the next site in keyboard order, or the previous one at the end.
 * @example applyKeyAction({ sites: initialSites(), layout: layoutSites(initialSites()), focusedKey: "procerus-midline-1", readOnly: false }, { type: "step", direction: -1 }, null).announcement // "Procerus midline site 1 set to 2.5 units. Total 152.5 units."
 */
export function applyKeyAction(state: KeyState, action: MapKeyAction, selectedKey: string | null): KeyOutcome {
  const site = state.sites.find((candidate) => candidate.key === state.focusedKey);
  if (action.type === "move") {
    const key = nextSiteKey(state.layout, state.focusedKey, action.direction);
    return key !== null && key !== state.focusedKey ? { focusKey: key } : {};
  }
  if (!site) return {};
  if (action.type === "select") return site.key === selectedKey ? {} : { selectKey: site.key };
  if (state.readOnly) return {};
  if (action.type === "step") {
    const units = stepUnits(site.units, action.direction);
    if (units === site.units) return { announcement: describeUnitsAtEnd(site, action.direction) };
    const sites = setUnits(state.sites, site.key, units);
    return { sites, announcement: describeUnitsSet({ ...site, units }, sites) };
  }
  // clear
  if (!site.followThePain) {
    if (site.units === 0) return { announcement: describeUnitsAtEnd(site, -1) };
    const sites = removeSite(state.sites, site.key);
    return { sites, announcement: describeUnitsSet({ ...site, units: 0 }, sites) };
  }
  const sites = removeSite(state.sites, site.key);
  const index = state.layout.order.indexOf(site.key);
  const remaining = state.layout.order.filter((key) => key !== site.key);
  const focusKey = remaining[Math.min(index, remaining.length - 1)];
  return {
    sites,
    announcement: describeRemoved(site, sites),
    ...(focusKey === undefined ? {} : { focusKey, ...(selectedKey === site.key ? { selectKey: focusKey } : {}) }),
  };
}

/**
 * The one marker with tabindex 0: the focused one while focus is in the map, else the selected
 * one, else the first in keyboard order (so Tab enters the map on the selected or first site).
 * @example tabStopKey(["a", "b"], null, "b", false) // "a"
 */
export function tabStopKey(order: readonly string[], selectedKey: string | null, focusedKey: string | null, focusWithin: boolean): string | null {
  if (focusWithin && focusedKey !== null && order.includes(focusedKey)) return focusedKey;
  if (selectedKey !== null && order.includes(selectedKey)) return selectedKey;
  return order[0] ?? null;
}
