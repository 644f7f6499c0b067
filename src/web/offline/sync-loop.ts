/**
 * Keeps sending the outbox while the diary is open: on start, when the browser comes online,
 * when the page becomes visible, right after a save, and every minute. One send at a time.
 */
import { api } from "#web/app/api.ts";
import { syncOutbox } from "./sync.ts";

const PERIOD_MS = 60_000;

let activePatient: string | null = null;
let running: Promise<void> | null = null;
let again = false;

async function runOnce(): Promise<void> {
  const patientId = activePatient;
  if (!patientId) return;
  await syncOutbox(patientId, (payload) => api("saveMyDiaryDay", { body: payload }));
}

/** Asks for a sync now; if one is running, one more follows it. */
export function requestDiarySync(): void {
  if (!activePatient) return;
  if (running) {
    again = true;
    return;
  }
  running = runOnce()
    .catch(() => {
      // Each entry records its own failure; a failure here (IndexedDB closed) is retried next time.
    })
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        requestDiarySync();
      }
    });
}

/** Starts the loop for a patient; returns the function that stops it. */
export function startDiarySync(patientId: string): () => void {
  activePatient = patientId;
  const onOnline = () => requestDiarySync();
  const onVisible = () => {
    if (document.visibilityState === "visible") requestDiarySync();
  };
  window.addEventListener("online", onOnline);
  document.addEventListener("visibilitychange", onVisible);
  const timer = window.setInterval(requestDiarySync, PERIOD_MS);
  requestDiarySync();
  return () => {
    window.removeEventListener("online", onOnline);
    document.removeEventListener("visibilitychange", onVisible);
    window.clearInterval(timer);
    if (activePatient === patientId) activePatient = null;
  };
}
