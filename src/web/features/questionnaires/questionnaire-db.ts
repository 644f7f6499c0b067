/**
 * The questionnaires' IndexedDB database on this phone, beside the diary's and the side effects':
 * the outbox of filled-in questionnaires, the server's last answer (so Today and the form open
 * offline) and the HIT-6s skipped for want of the paper form.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { failedEntry, sentEntry, type CachedQuestionnaires, type QuestionnaireEntry, type QuestionnaireStore } from "./questionnaire-outbox.ts";

interface Skipped {
  readonly patientId: string;
  readonly keys: string[];
}

interface QuestionnaireDb extends DBSchema {
  outbox: { key: string; value: QuestionnaireEntry; indexes: { byPatient: string } };
  serverCopy: { key: string; value: CachedQuestionnaires };
  skipped: { key: string; value: Skipped };
}

const DB_NAME = "cephalog-questionnaires";
// Forward-only, like the server's migrations: add a new version step, never edit an old one.
const DB_VERSION = 1;

let opening: Promise<IDBPDatabase<QuestionnaireDb>> | null = null;

function questionnaireDb(): Promise<IDBPDatabase<QuestionnaireDb>> {
  opening ??= openDB<QuestionnaireDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore("outbox", { keyPath: "id" }).createIndex("byPatient", "patientId");
        db.createObjectStore("serverCopy", { keyPath: "patientId" });
        db.createObjectStore("skipped", { keyPath: "patientId" });
      }
    },
  }).catch((error: unknown) => {
    // A failed open (blocked storage) is tried again next time rather than remembered.
    opening = null;
    throw error;
  });
  return opening;
}

async function update(entryId: string, change: (entry: QuestionnaireEntry) => QuestionnaireEntry): Promise<void> {
  const db = await questionnaireDb();
  const tx = db.transaction("outbox", "readwrite");
  const entry = await tx.store.get(entryId);
  if (entry) await tx.store.put(change(entry));
  await tx.done;
}

export const idbQuestionnaireStore: QuestionnaireStore = {
  async add(entry) {
    await (await questionnaireDb()).put("outbox", entry);
  },
  async list(patientId) {
    return (await questionnaireDb()).getAllFromIndex("outbox", "byPatient", patientId);
  },
  recordSent: (entryId, result, sentAt) => update(entryId, (entry) => sentEntry(entry, result, sentAt)),
  recordFailure: (entryId, change) => update(entryId, (entry) => failedEntry(entry, change)),
  async remove(entryIds) {
    if (entryIds.length === 0) return;
    const tx = (await questionnaireDb()).transaction("outbox", "readwrite");
    await Promise.all([...entryIds.map((id) => tx.store.delete(id)), tx.done]);
  },
  async cached(patientId) {
    return (await questionnaireDb()).get("serverCopy", patientId);
  },
  async keep(copy) {
    await (await questionnaireDb()).put("serverCopy", copy);
  },
  async skipped(patientId) {
    return (await (await questionnaireDb()).get("skipped", patientId))?.keys ?? [];
  },
  async skip(patientId, key) {
    const db = await questionnaireDb();
    const tx = db.transaction("skipped", "readwrite");
    const known = (await tx.store.get(patientId))?.keys ?? [];
    await tx.store.put({ patientId, keys: [...new Set([...known, key])] });
    await tx.done;
  },
};
