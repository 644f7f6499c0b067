/**
 * The self-check's 4-week diary on this device (issue 9 §5): an IndexedDB database of its own,
 * apart from the patient's outbox (`cephalog-diary`), because these days belong to no account and
 * are never sent anywhere unless the person later adds them to a clinic record, with consent.
 * One entry per date; saving a date again replaces it (there is no one to merge with).
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { DiaryAnswers } from "#domain/shared/record.ts";

export interface PhoneDiaryEntry {
  readonly date: string;
  /** Made on the phone (UUIDv7), so adding it to a record twice stores it once. */
  readonly id: string;
  /** When the person saved it: the record later shows the diary was kept at the time. */
  readonly recordedAt: string;
  readonly answers: DiaryAnswers;
}

interface PhoneDiaryDb extends DBSchema {
  days: { key: string; value: PhoneDiaryEntry };
}

export const PHONE_DIARY_DB = "cephalog-self-check";
// Forward-only: add a version step, never edit an old one.
const DB_VERSION = 1;

let opening: Promise<IDBPDatabase<PhoneDiaryDb>> | null = null;

function phoneDiaryDb(): Promise<IDBPDatabase<PhoneDiaryDb>> {
  opening ??= openDB<PhoneDiaryDb>(PHONE_DIARY_DB, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore("days", { keyPath: "date" });
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Every day kept, oldest first. */
export async function readPhoneDiary(): Promise<PhoneDiaryEntry[]> {
  return (await phoneDiaryDb()).getAll("days");
}

/** Keeps one day (replacing that date's earlier answer). */
export async function keepPhoneDiaryDay(entry: PhoneDiaryEntry): Promise<void> {
  await (await phoneDiaryDb()).put("days", entry);
}

/** Deletes the whole diary from this phone. */
export async function clearPhoneDiary(): Promise<void> {
  await (await phoneDiaryDb()).clear("days");
}
