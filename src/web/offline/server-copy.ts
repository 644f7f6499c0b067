/** The last copy of the server's diary on this phone, so the diary page opens offline. */
import type { DiaryDayView, MyDiary } from "#contracts/api/diary.ts";
import { diaryDb, type CachedDiaryMeta } from "./diary-db.ts";
import { clearSideEffectsCopy } from "./idb-side-effects-store.ts";

export interface ServerCopy {
  readonly meta: CachedDiaryMeta | null;
  readonly days: readonly DiaryDayView[];
}

export async function readServerCopy(patientId: string): Promise<ServerCopy> {
  const db = await diaryDb();
  const [meta, rows] = await Promise.all([db.get("serverMeta", patientId), db.getAllFromIndex("serverDays", "byPatient", patientId)]);
  return { meta: meta ?? null, days: rows.map((row) => row.day) };
}

/** Stores a fresh answer of GET /api/me/diary. */
export async function writeServerCopy(patientId: string, diary: MyDiary, fetchedAt: Date): Promise<void> {
  const db = await diaryDb();
  const tx = db.transaction(["serverDays", "serverMeta"], "readwrite");
  const days = tx.objectStore("serverDays");
  for (const day of diary.days) await days.put({ patientId, date: day.date, day });
  await tx.objectStore("serverMeta").put({ patientId, today: diary.today, timeZone: diary.timeZone, fetchedAt: fetchedAt.toISOString() });
  await tx.done;
}

/**
 * Forgets the server copy (on sign-out), the side-effect reports' copy too; unsent outbox entries
 * are kept until they are sent.
 */
export async function clearServerCopy(patientId: string): Promise<void> {
  const db = await diaryDb();
  const tx = db.transaction(["serverDays", "serverMeta"], "readwrite");
  const keys = await tx.objectStore("serverDays").index("byPatient").getAllKeys(patientId);
  for (const key of keys) await tx.objectStore("serverDays").delete(key);
  await tx.objectStore("serverMeta").delete(patientId);
  await tx.done;
  await clearSideEffectsCopy(patientId);
}
