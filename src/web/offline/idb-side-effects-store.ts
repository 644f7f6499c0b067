/**
 * The side-effects outbox and copies on this phone's IndexedDB (side-effects-db.ts): the outbox
 * behind the SideEffectsOutboxStore interface, and the server's last answer and the clinic's
 * numbers for offline use.
 */
import type { MySideEffects } from "#contracts/api/side-effects.ts";
import { sideEffectsDb, type CachedSideEffects, type ClinicContact } from "./side-effects-db.ts";
import type { SideEffectsEntry } from "./side-effects-outbox-entry.ts";
import { closedEmergencyEntry, failedSideEffectsEntry, sentSideEffectsEntry, type SideEffectsOutboxStore } from "./side-effects-outbox-store.ts";

async function update(entryId: string, change: (entry: SideEffectsEntry) => SideEffectsEntry): Promise<void> {
  const db = await sideEffectsDb();
  const tx = db.transaction("outbox", "readwrite");
  const entry = await tx.store.get(entryId);
  if (entry) await tx.store.put(change(entry));
  await tx.done;
}

export const idbSideEffectsStore: SideEffectsOutboxStore = {
  async add(entry) {
    const db = await sideEffectsDb();
    await db.put("outbox", entry);
  },
  async list(patientId) {
    const db = await sideEffectsDb();
    return db.getAllFromIndex("outbox", "byPatient", patientId);
  },
  recordSent: (entryId, receipt, sentAt) => update(entryId, (entry) => sentSideEffectsEntry(entry, receipt, sentAt)),
  recordFailure: (entryId, change) => update(entryId, (entry) => failedSideEffectsEntry(entry, change)),
  closeEmergency: (entryId, at) => update(entryId, (entry) => closedEmergencyEntry(entry, at)),
  async remove(entryIds) {
    if (entryIds.length === 0) return;
    const db = await sideEffectsDb();
    const tx = db.transaction("outbox", "readwrite");
    await Promise.all([...entryIds.map((id) => tx.store.delete(id)), tx.done]);
  },
};

export async function readSideEffectsCopy(patientId: string): Promise<{ readonly copy: CachedSideEffects | null; readonly contact: ClinicContact | null }> {
  const db = await sideEffectsDb();
  const [copy, contact] = await Promise.all([db.get("serverCopy", patientId), db.get("contacts", patientId)]);
  return { copy: copy ?? null, contact: contact ?? null };
}

/** Stores a fresh answer of GET /api/me/side-effects, and the clinic's numbers apart from it. */
export async function writeSideEffectsCopy(patientId: string, answer: MySideEffects, fetchedAt: Date): Promise<void> {
  const db = await sideEffectsDb();
  const tx = db.transaction(["serverCopy", "contacts"], "readwrite");
  const at = fetchedAt.toISOString();
  await tx.objectStore("serverCopy").put({ patientId, answer, fetchedAt: at });
  await tx.objectStore("contacts").put({ patientId, clinicName: answer.clinicName, emergencyNumber: answer.emergencyNumber, clinicPhone: answer.clinicPhone, fetchedAt: at });
  await tx.done;
}

/**
 * Forgets the server's copy (reports and check-ins: health data) on sign-out. Unsent entries stay
 * until they are sent, and the clinic's numbers stay, so the emergency screen can still name them.
 */
export async function clearSideEffectsCopy(patientId: string): Promise<void> {
  const db = await sideEffectsDb();
  await db.delete("serverCopy", patientId);
}
