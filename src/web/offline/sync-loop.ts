/**
 * Keeps sending the outbox while the diary is open: on start, when the browser comes online,
 * when the page becomes visible, right after a save, and every minute. One round at a time.
 * A round only sends under a session the server confirmed to be this patient's (session.tsx).
 */
import { api } from "#web/app/api.ts";
import { idbOutboxStore } from "./idb-outbox-store.ts";
import { diaryStoreChanged } from "./store-events.ts";
import { syncOutbox, type SyncDeps } from "./sync.ts";

const PERIOD_MS = 60_000;

const deps: SyncDeps = {
  store: idbOutboxStore,
  send: (body) => api("saveMyDiaryDay", { body }),
  now: () => new Date(),
  changed: diaryStoreChanged,
};

interface Active {
  readonly patientId: string;
  readonly sessionConfirmedAt: number | null;
}

let active: Active | null = null;
let running: Promise<void> | null = null;
let again: { force: boolean } | null = null;

/**
 * Asks for a sync round now; if one is running, one more follows it. `force` ignores the
 * backoff after passing failures (the network came back, the app opened, the person asked).
 */
export function requestDiarySync(options: { readonly force?: boolean } = {}): void {
  const force = options.force === true;
  if (!active) return;
  if (running) {
    again = { force: force || again?.force === true };
    return;
  }
  const { patientId, sessionConfirmedAt } = active;
  running = syncOutbox(patientId, deps, { force, sessionConfirmedAt })
    .then(() => undefined)
    .catch(() => {
      // Each entry records its own failure; a failure here (IndexedDB closed) is retried next round.
    })
    .finally(() => {
      running = null;
      const next = again;
      again = null;
      if (next) requestDiarySync(next);
    });
}

/**
 * Starts the loop for a patient under a session confirmed at `sessionConfirmedAt` (null: not
 * confirmed, nothing is sent); returns the function that stops it.
 */
export function startDiarySync(patientId: string, sessionConfirmedAt: number | null): () => void {
  const mine: Active = { patientId, sessionConfirmedAt };
  active = mine;
  const onOnline = () => requestDiarySync({ force: true });
  const onVisible = () => {
    if (document.visibilityState === "visible") requestDiarySync();
  };
  window.addEventListener("online", onOnline);
  document.addEventListener("visibilitychange", onVisible);
  const timer = window.setInterval(() => requestDiarySync(), PERIOD_MS);
  requestDiarySync({ force: true });
  return () => {
    window.removeEventListener("online", onOnline);
    document.removeEventListener("visibilitychange", onVisible);
    window.clearInterval(timer);
    if (active === mine) active = null;
  };
}
