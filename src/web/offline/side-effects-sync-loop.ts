/**
 * Keeps sending the side-effects outbox on every patient screen (the patient shell starts it):
 * on start, when the browser comes online, when the page becomes visible, right after a report or
 * an answer is saved, and every minute. One round at a time. A round only sends under a session
 * the server confirmed to be this patient's (session.tsx), like the diary's loop (sync-loop.ts).
 */
import { api } from "#web/app/api.ts";
import { idbSideEffectsStore } from "./idb-side-effects-store.ts";
import { sideEffectsChanged } from "./side-effects-events.ts";
import { syncSideEffects, type SideEffectsSyncDeps } from "./side-effects-sync.ts";

const PERIOD_MS = 60_000;

const deps: SideEffectsSyncDeps = {
  store: idbSideEffectsStore,
  send: {
    report: (body) => api("reportMySideEffect", { body }),
    checkIn: (body) => api("answerMyCheckIn", { body }),
  },
  now: () => new Date(),
  changed: sideEffectsChanged,
};

interface Active {
  readonly patientId: string;
  readonly sessionConfirmedAt: number | null;
}

let active: Active | null = null;
let running: Promise<void> | null = null;
let again: { force: boolean } | null = null;

/**
 * Asks for a round now; if one is running, one more follows it. `force` ignores the backoff
 * after passing failures (the network came back, a new report, the person asked).
 */
export function requestSideEffectsSync(options: { readonly force?: boolean } = {}): void {
  const force = options.force === true;
  if (!active) return;
  if (running) {
    again = { force: force || again?.force === true };
    return;
  }
  const { patientId, sessionConfirmedAt } = active;
  running = syncSideEffects(patientId, deps, { force, sessionConfirmedAt })
    .then(() => undefined)
    .catch(() => {
      // Each entry records its own failure; a failure here (IndexedDB closed) is retried next round.
    })
    .finally(() => {
      running = null;
      const next = again;
      again = null;
      if (next) requestSideEffectsSync(next);
    });
}

/**
 * Starts the loop for a patient under a session confirmed at `sessionConfirmedAt` (null: not
 * confirmed, nothing is sent); returns the function that stops it.
 */
export function startSideEffectsSync(patientId: string, sessionConfirmedAt: number | null): () => void {
  const mine: Active = { patientId, sessionConfirmedAt };
  active = mine;
  const onOnline = () => requestSideEffectsSync({ force: true });
  const onVisible = () => {
    if (document.visibilityState === "visible") requestSideEffectsSync();
  };
  window.addEventListener("online", onOnline);
  document.addEventListener("visibilitychange", onVisible);
  const timer = window.setInterval(() => requestSideEffectsSync(), PERIOD_MS);
  requestSideEffectsSync({ force: true });
  return () => {
    window.removeEventListener("online", onOnline);
    document.removeEventListener("visibilitychange", onVisible);
    window.clearInterval(timer);
    if (active === mine) active = null;
  };
}
