/**
 * The side-effects IndexedDB database on this device, beside the diary's (diary-db.ts): the outbox
 * of reports and check-in answers, the last copy of the server's answer (`mySideEffects`) so the
 * pages and the check-in open offline, and the clinic's numbers, kept apart so the emergency
 * screen still has the clinic's emergency number after a sign-out forgot the rest.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { MySideEffects } from "#contracts/api/side-effects.ts";
import type { SideEffectsEntry } from "./side-effects-outbox-entry.ts";

export interface CachedSideEffects {
  readonly patientId: string;
  readonly answer: MySideEffects;
  readonly fetchedAt: string;
}

/** The numbers to call, with nothing about the patient's health: kept across sign-outs. */
export interface ClinicContact {
  readonly patientId: string;
  readonly clinicName: string;
  readonly emergencyNumber: string;
  readonly clinicPhone: string | null;
  readonly fetchedAt: string;
}

interface SideEffectsDb extends DBSchema {
  outbox: { key: string; value: SideEffectsEntry; indexes: { byPatient: string } };
  serverCopy: { key: string; value: CachedSideEffects };
  contacts: { key: string; value: ClinicContact };
}

const DB_NAME = "cephalog-side-effects";
// Forward-only, like the server's migrations: add a new version step, never edit an old one.
const DB_VERSION = 1;

let opening: Promise<IDBPDatabase<SideEffectsDb>> | null = null;

export function sideEffectsDb(): Promise<IDBPDatabase<SideEffectsDb>> {
  opening ??= openDB<SideEffectsDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const outbox = db.createObjectStore("outbox", { keyPath: "id" });
        outbox.createIndex("byPatient", "patientId");
        db.createObjectStore("serverCopy", { keyPath: "patientId" });
        db.createObjectStore("contacts", { keyPath: "patientId" });
      }
    },
  }).catch((error: unknown) => {
    // A failed open (blocked storage) is tried again next time rather than remembered.
    opening = null;
    throw error;
  });
  return opening;
}
