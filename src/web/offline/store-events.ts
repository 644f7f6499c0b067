/** Tells the diary page that the local store changed (a save, a send, a fresh server copy). */
const listeners = new Set<() => void>();

export function onDiaryStoreChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function diaryStoreChanged(): void {
  for (const listener of listeners) listener();
}
