/** The outbox on this phone's IndexedDB (diary-db.ts), behind the OutboxStore interface. */
import { diaryDb } from "./diary-db.ts";
import { failedEntry, laterDay, sentEntry, type OutboxStore } from "./outbox-store.ts";

export const idbOutboxStore: OutboxStore = {
  async add(entry) {
    const db = await diaryDb();
    await db.put("outbox", entry);
  },

  async list(patientId) {
    const db = await diaryDb();
    return db.getAllFromIndex("outbox", "byPatient", patientId);
  },

  // One transaction: the entry is never marked sent without the server's day, nor the reverse.
  async recordSent(entryId, patientId, day, sentAt) {
    const db = await diaryDb();
    const tx = db.transaction(["outbox", "serverDays"], "readwrite");
    const days = tx.objectStore("serverDays");
    const known = await days.get([patientId, day.date]);
    await days.put({ patientId, date: day.date, day: laterDay(known?.day, day) });
    const entry = await tx.objectStore("outbox").get(entryId);
    if (entry) await tx.objectStore("outbox").put(sentEntry(entry, sentAt));
    await tx.done;
  },

  async recordFailure(entryId, change) {
    const db = await diaryDb();
    const tx = db.transaction("outbox", "readwrite");
    const entry = await tx.store.get(entryId);
    if (entry) await tx.store.put(failedEntry(entry, change));
    await tx.done;
  },

  async remove(entryIds) {
    if (entryIds.length === 0) return;
    const db = await diaryDb();
    const tx = db.transaction("outbox", "readwrite");
    await Promise.all([...entryIds.map((id) => tx.store.delete(id)), tx.done]);
  },
};
