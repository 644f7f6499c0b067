/** The diary's sending loop (sync-loop-driver.ts) around its round (sync.ts). */
import { api } from "#web/app/api.ts";
import { idbOutboxStore } from "./idb-outbox-store.ts";
import { diaryStoreChanged } from "./store-events.ts";
import { syncOutbox, type SyncDeps } from "./sync.ts";
import { createSyncLoop } from "./sync-loop-driver.ts";

const deps: SyncDeps = {
  store: idbOutboxStore,
  send: (body) => api("saveMyDiaryDay", { body }),
  now: () => new Date(),
  changed: diaryStoreChanged,
};

const loop = createSyncLoop((patientId, conditions) => syncOutbox(patientId, deps, conditions));

/** Asks for a diary round now (see SyncLoop.request). */
export const requestDiarySync = loop.request;
/** Starts the diary's loop for a patient (see SyncLoop.start). */
export const startDiarySync = loop.start;
