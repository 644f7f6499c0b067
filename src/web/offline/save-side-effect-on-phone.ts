/**
 * Saving a side-effect report or a check-in answer on this phone, the first step of every send:
 * checked against the contract (the server's own check), then written to the outbox, before
 * anything goes to the network. A storage failure is returned in words, never swallowed.
 */
import { myCheckInBodySchema, mySideEffectReportBodySchema } from "#contracts/api/side-effects.ts";
import type { SymptomCode } from "#domain/shared/record.ts";
import type { CheckInDay } from "#domain/triage/check-ins.ts";
import type { ApiError } from "#web/app/api-error.ts";
import { validate } from "#web/app/validate.ts";
import { storageFailureReason } from "./save-on-phone.ts";
import type { CheckInEntry, ReportEntry } from "./side-effects-outbox-entry.ts";
import type { SideEffectsOutboxStore } from "./side-effects-outbox-store.ts";

export type SavedOnPhone<E> =
  | { readonly ok: true; readonly entry: E }
  /** The contract refuses it (the same check as the server's). */
  | { readonly ok: false; readonly kind: "invalid"; readonly error: ApiError }
  /** This phone could not store it: nothing was saved (the entry is given, to show and send at once). */
  | { readonly ok: false; readonly kind: "not-stored"; readonly reason: string; readonly entry: E };

export interface ReportDraft {
  readonly onsetDate: string;
  readonly symptoms: readonly SymptomCode[];
  readonly note: string | null;
  readonly checkIn: { readonly sessionId: string; readonly day: CheckInDay } | null;
}

/** The id and time made on the phone (UUIDv7 and the device's clock). */
export interface Made {
  readonly id: string;
  readonly recordedAt: Date;
}

/** Checks and stores one report. */
export async function saveReportOnPhone(store: Pick<SideEffectsOutboxStore, "add">, patientId: string, draft: ReportDraft, made: Made): Promise<SavedOnPhone<ReportEntry>> {
  const checked = validate(mySideEffectReportBodySchema, { ...draft, symptoms: [...draft.symptoms], id: made.id, patientId, recordedAt: made.recordedAt.toISOString() });
  if (!checked.ok) return { ok: false, kind: "invalid", error: checked.error };
  const { patientId: _patient, ...payload } = checked.value;
  const entry: ReportEntry = { kind: "report", id: payload.id, patientId, payload, state: "pending", attempts: 0, problem: null, sentAt: null, failures: 0, retryAt: null, receipt: null, emergencyClosedAt: null };
  return stored(store, entry);
}

/** Checks and stores one "no problems" answer to a check-in. */
export async function saveCheckInOnPhone(
  store: Pick<SideEffectsOutboxStore, "add">,
  patientId: string,
  checkIn: { readonly sessionId: string; readonly day: CheckInDay },
  made: Made,
): Promise<SavedOnPhone<CheckInEntry>> {
  const checked = validate(myCheckInBodySchema, { id: made.id, patientId, sessionId: checkIn.sessionId, day: checkIn.day, answer: "no-problems", recordedAt: made.recordedAt.toISOString() });
  if (!checked.ok) return { ok: false, kind: "invalid", error: checked.error };
  const { patientId: _patient, ...payload } = checked.value;
  const entry: CheckInEntry = { kind: "check-in", id: payload.id, patientId, payload, state: "pending", attempts: 0, problem: null, sentAt: null, failures: 0, retryAt: null };
  return stored(store, entry);
}

async function stored<E extends ReportEntry | CheckInEntry>(store: Pick<SideEffectsOutboxStore, "add">, entry: E): Promise<SavedOnPhone<E>> {
  try {
    await store.add(entry);
  } catch (error) {
    return { ok: false, kind: "not-stored", reason: storageFailureReason(error), entry };
  }
  return { ok: true, entry };
}
