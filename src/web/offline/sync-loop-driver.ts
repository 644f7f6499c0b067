/**
 * Keeps sending one outbox while a patient screen is open: on start, when the browser comes
 * online, when the page becomes visible, right after a save, and every minute. One round at a
 * time; a request during a round runs one more after it. A round only sends under a session the
 * server confirmed to be this patient's (session.tsx). Each outbox makes its own loop with its
 * own round (the diary's, the side effects', the questionnaires').
 */
import type { SyncConditions } from "./sync-plan.ts";

const PERIOD_MS = 60_000;

export type SyncRound = (patientId: string, conditions: Omit<SyncConditions, "now">) => Promise<unknown>;

export interface SyncLoop {
  /**
   * Asks for a round now; if one is running, one more follows it. `force` ignores the backoff
   * after passing failures (the network came back, the app opened, the person asked).
   */
  request(options?: { readonly force?: boolean }): void;
  /**
   * Starts the loop for a patient under a session confirmed at `sessionConfirmedAt` (null: not
   * confirmed, nothing is sent); returns the function that stops it.
   */
  start(patientId: string, sessionConfirmedAt: number | null): () => void;
}

interface Active {
  readonly patientId: string;
  readonly sessionConfirmedAt: number | null;
}

/** A loop around `round`. */
export function createSyncLoop(round: SyncRound): SyncLoop {
  let active: Active | null = null;
  let running: Promise<void> | null = null;
  let again: { force: boolean } | null = null;

  function request(options: { readonly force?: boolean } = {}): void {
    const force = options.force === true;
    if (!active) return;
    if (running) {
      again = { force: force || again?.force === true };
      return;
    }
    const { patientId, sessionConfirmedAt } = active;
    running = round(patientId, { force, sessionConfirmedAt })
      .then(() => undefined)
      .catch(() => {
        // Each entry records its own failure; a failure here (IndexedDB closed) is retried next round.
      })
      .finally(() => {
        running = null;
        const next = again;
        again = null;
        if (next) request(next);
      });
  }

  function start(patientId: string, sessionConfirmedAt: number | null): () => void {
    const mine: Active = { patientId, sessionConfirmedAt };
    active = mine;
    const onOnline = () => request({ force: true });
    const onVisible = () => {
      if (document.visibilityState === "visible") request();
    };
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onVisible);
    const timer = window.setInterval(() => request(), PERIOD_MS);
    request({ force: true });
    return () => {
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onVisible);
      window.clearInterval(timer);
      if (active === mine) active = null;
    };
  }

  return { request, start };
}
