/**
 * The diary's IndexedDB database on this device: the outbox of saved revisions, and the last copy
 * of the server's diary so the page opens offline. Nothing here leaves the device except through
 * the sync loop.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { DiaryDayView } from "#contracts/api/diary.ts";
import type { OutboxEntry } from "./outbox-entry.ts";

export interface CachedServerDay {
  readonly patientId: string;
  readonly date: string;
  readonly day: DiaryDayView;
}

export interface CachedDiaryMeta {
  readonly patientId: string;
  readonly today: string;
  readonly timeZone: string;
  readonly fetchedAt: string;
}

interface DiaryDb extends DBSchema {
  outbox: { key: string; value: OutboxEntry; indexes: { byPatient: string } };
  serverDays: { key: [string, string]; value: CachedServerDay; indexes: { byPatient: string } };
  serverMeta: { key: string; value: CachedDiaryMeta };
}

const DB_NAME = "cephalog-diary";
// Forward-only, like the server's migrations: add a new version step, never edit an old one.
const DB_VERSION = 1;

let opening: Promise<IDBPDatabase<DiaryDb>> | null = null;

export function diaryDb(): Promise<IDBPDatabase<DiaryDb>> {
  opening ??= openDB<DiaryDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const outbox = db.createObjectStore("outbox", { keyPath: "id" });
        outbox.createIndex("byPatient", "patientId");
        const days = db.createObjectStore("serverDays", { keyPath: ["patientId", "date"] });
        days.createIndex("byPatient", "patientId");
        db.createObjectStore("serverMeta", { keyPath: "patientId" });
      }
    },
  });
  return opening;
}
