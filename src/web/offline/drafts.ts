/**
 * Which entry forms on this page hold something typed and not yet saved (issue 9 §2: "an update
 * waits until no entry is half-typed"). A form calls `markDraftOpen(id)` when the person starts
 * an entry and `markDraftClosed(id)` when it is saved or dropped; the app update (app-update.ts)
 * and the screens read it. Per tab, in memory: a draft lives in this page only, so only this
 * page's reload can lose it.
 */
import { useEffect, useSyncExternalStore } from "react";

const open = new Set<string>();
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** An entry form now holds something typed that is not saved yet. Repeating it is harmless. */
export function markDraftOpen(id: string): void {
  if (open.has(id)) return;
  open.add(id);
  changed();
}

/** The entry was saved or dropped. Closing one that is not open is harmless. */
export function markDraftClosed(id: string): void {
  if (!open.delete(id)) return;
  changed();
}

/** How many entries are half-typed on this page now. */
export function openDraftCount(): number {
  return open.size;
}

/** Told whenever a draft opens or closes; returns the unsubscribe. */
export function subscribeDrafts(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The number of half-typed entries, kept current in a component. */
export function useOpenDraftCount(): number {
  return useSyncExternalStore(subscribeDrafts, openDraftCount, openDraftCount);
}

/**
 * For a form: marks `id` open while `isOpen` is true, and closed when it turns false or the form
 * goes away (a closed tab loses nothing saved; an unmounted form holds no draft any more).
 */
export function useDraftMark(id: string, isOpen: boolean): void {
  useEffect(() => {
    if (!isOpen) return undefined;
    markDraftOpen(id);
    return () => markDraftClosed(id);
  }, [id, isOpen]);
}
