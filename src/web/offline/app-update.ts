/**
 * When a new version of the app is applied (issue 9 §2). The service worker of a new deploy
 * installs beside the running one and waits (vite.config.ts, registerType "prompt"): the open page
 * keeps its own version's precached files. The new version is offered only while no entry is
 * half-typed (drafts.ts), and applied only when the person taps "Reload" with none open.
 */
import { useSyncExternalStore } from "react";
import { openDraftCount, useOpenDraftCount } from "./drafts.ts";

/**
 * - `none`: nothing new;
 * - `waiting`: a new version is installed and waits for this page;
 * - `took-over`: another tab applied it; this page still runs the old one until it reloads.
 */
export type UpdatePhase = "none" | "waiting" | "took-over";

/** What the page does about an update: nothing, keep quiet while a draft is open, or offer it. */
export type UpdateStep = "none" | "hold" | "offer";

/**
 * The one rule: never offer a reload while something is half-typed.
 * @example decideUpdate("waiting", 1) // "hold"
 * @example decideUpdate("waiting", 0) // "offer"
 */
export function decideUpdate(phase: UpdatePhase, openDrafts: number): UpdateStep {
  if (phase === "none") return "none";
  return openDrafts > 0 ? "hold" : "offer";
}

let phase: UpdatePhase = "none";
let apply: () => Promise<void> = () => Promise.resolve();
const listeners = new Set<() => void>();

/** Called by register-service-worker.ts: the new version's phase, and how to switch to it. */
export function reportUpdate(next: UpdatePhase, applyIt?: () => Promise<void>): void {
  phase = next;
  if (applyIt) apply = applyIt;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

const currentPhase = () => phase;

export interface AppUpdate {
  readonly step: UpdateStep;
  /** Switches to the new version and reloads, unless a draft opened meanwhile (then it waits). */
  readonly reload: () => void;
}

/**
 * Switches to the new version now if nothing is half-typed; returns whether it did.
 * @example applyUpdateIfIdle() // false while a draft is open
 */
export function applyUpdateIfIdle(reloadPage: () => void = () => window.location.reload()): boolean {
  if (decideUpdate(phase, openDraftCount()) !== "offer") return false;
  // Waiting: the worker takes over and the registration reloads the page (onNeedReload). Taken
  // over by another tab: the worker is already new, so reloading is all that is left.
  if (phase === "took-over") reloadPage();
  else void apply();
  return true;
}

export function useAppUpdate(): AppUpdate {
  const current = useSyncExternalStore(subscribe, currentPhase, currentPhase);
  const drafts = useOpenDraftCount();
  return { step: decideUpdate(current, drafts), reload: () => void applyUpdateIfIdle() };
}
