/**
 * Saving a day on this phone, the first step of every save (ADR 0006): checked against the
 * contract, then written to the outbox. A storage failure (private window, storage full) is
 * returned in words, never swallowed: the page keeps the answers and says it was not saved.
 */
import { diaryRevisionBodySchema } from "#contracts/api/diary.ts";
import type { DiaryAnswers } from "#domain/shared/record.ts";
import type { ApiError } from "#web/app/api-error.ts";
import { validate } from "#web/app/validate.ts";
import type { OutboxEntry } from "./outbox-entry.ts";
import type { OutboxStore } from "./outbox-store.ts";

export type SaveResult =
  | { readonly ok: true; readonly value: OutboxEntry }
  /** An answer the contract refuses (the same check as the server's). */
  | { readonly ok: false; readonly kind: "invalid"; readonly error: ApiError }
  /** This phone could not store it: nothing was saved. */
  | { readonly ok: false; readonly kind: "not-stored"; readonly reason: string };

/**
 * Why the browser's storage failed, in words for the person.
 * @example storageFailureReason(new DOMException("…", "QuotaExceededError")) // "this phone's storage is full"
 */
export function storageFailureReason(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  if (name === "QuotaExceededError") return "this phone's storage is full";
  if (name === "InvalidStateError" || name === "SecurityError" || name === "NotAllowedError" || name === "NotFoundError") {
    return "this browser does not let the diary store data (a private window can do this)";
  }
  const message = error instanceof Error && error.message ? error.message : String(error);
  return `the phone's storage failed (${message})`;
}

/**
 * The sentence shown when a save could not be stored.
 * @example notStoredMessage("this phone's storage is full") // "Not saved on this phone: this phone's storage is full."
 */
export function notStoredMessage(reason: string): string {
  return `Not saved on this phone: ${reason}.`;
}

/** Checks and stores one day's answers as a new revision (id and time from the caller). */
export async function saveOnPhone(
  store: Pick<OutboxStore, "add">,
  patientId: string,
  date: string,
  answers: DiaryAnswers,
  revision: { readonly id: string; readonly recordedAt: Date },
): Promise<SaveResult> {
  const checked = validate(diaryRevisionBodySchema, { id: revision.id, date, recordedAt: revision.recordedAt.toISOString(), ...answers });
  if (!checked.ok) return { ok: false, kind: "invalid", error: checked.error };
  const payload = checked.value;
  const entry: OutboxEntry = { id: payload.id, patientId, date: payload.date, payload, state: "pending", attempts: 0, problem: null, sentAt: null, failures: 0, retryAt: null };
  try {
    await store.add(entry);
  } catch (error) {
    return { ok: false, kind: "not-stored", reason: storageFailureReason(error) };
  }
  return { ok: true, value: entry };
}
