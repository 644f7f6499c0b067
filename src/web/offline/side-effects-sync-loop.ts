/**
 * The side effects' sending loop (sync-loop-driver.ts) around its round (side-effects-sync.ts):
 * the patient shell starts it on every patient screen, so a report goes as soon as it can.
 */
import { api } from "#web/app/api.ts";
import { idbSideEffectsStore } from "./idb-side-effects-store.ts";
import { sideEffectsChanged } from "./side-effects-events.ts";
import { syncSideEffects, type SideEffectsSyncDeps } from "./side-effects-sync.ts";
import { createSyncLoop } from "./sync-loop-driver.ts";

const deps: SideEffectsSyncDeps = {
  store: idbSideEffectsStore,
  send: {
    report: (body) => api("reportMySideEffect", { body }),
    checkIn: (body) => api("answerMyCheckIn", { body }),
  },
  now: () => new Date(),
  changed: sideEffectsChanged,
};

const loop = createSyncLoop((patientId, conditions) => syncSideEffects(patientId, deps, conditions));

/** Asks for a side-effects round now (see SyncLoop.request). */
export const requestSideEffectsSync = loop.request;
/** Starts the side effects' loop for a patient (see SyncLoop.start). */
export const startSideEffectsSync = loop.start;
