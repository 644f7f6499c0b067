/** Tells the side-effect pages that this phone's side-effects store changed (a save, a send, a fresh copy). */
const listeners = new Set<() => void>();

export function onSideEffectsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function sideEffectsChanged(): void {
  for (const listener of listeners) listener();
}
