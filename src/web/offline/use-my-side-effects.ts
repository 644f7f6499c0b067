/**
 * The patient's side effects for the patient screens: this phone's outbox of reports and check-in
 * answers, the last copy of the server's answer (check-ins due, reports, the clinic's numbers),
 * whether that copy is fresh, and the actions, each of which writes to the phone first and then
 * asks the sync loop to send (started by the patient shell on every patient screen).
 */
import { useCallback } from "react";
import { v7 as uuidv7 } from "uuid";
import type { MySideEffects } from "#contracts/api/side-effects.ts";
import type { CheckInDay } from "#domain/triage/check-ins.ts";
import { api } from "#web/app/api.ts";
import { idbSideEffectsStore, readSideEffectsCopy, writeSideEffectsCopy } from "./idb-side-effects-store.ts";
import { askPersistentStorage } from "./persist-storage.ts";
import { saveCheckInOnPhone, saveReportOnPhone, type Made, type ReportDraft, type SavedOnPhone } from "./save-side-effect-on-phone.ts";
import type { CachedSideEffects, ClinicContact } from "./side-effects-db.ts";
import { onSideEffectsChanged, sideEffectsChanged } from "./side-effects-events.ts";
import type { CheckInEntry, ReportEntry, SideEffectsEntry } from "./side-effects-outbox-entry.ts";
import { requestSideEffectsSync } from "./side-effects-sync-loop.ts";
import { newestCopy, useServerCopy, type ServerCopySource, type ServerFreshness } from "./use-server-copy.ts";

/** How current the server's part is: asked just now, or this phone's copy (and why). */
export type SideEffectsFreshness = ServerFreshness;

export interface MySideEffectsView {
  /** False until this phone's store has been read (or has failed to open). */
  readonly ready: boolean;
  readonly storageProblem: string | null;
  readonly entries: readonly SideEffectsEntry[];
  readonly copy: CachedSideEffects | null;
  readonly contact: ClinicContact | null;
  readonly server: SideEffectsFreshness;
  readonly online: boolean;
  /** Saves a report made on the page (its id and time made there, so its advice shows before the save ends). */
  readonly saveReport: (draft: ReportDraft, made: Made) => Promise<SavedOnPhone<ReportEntry>>;
  readonly answerNoProblems: (checkIn: { readonly sessionId: string; readonly day: CheckInDay }) => Promise<SavedOnPhone<CheckInEntry>>;
  readonly closeEmergency: (entryId: string) => Promise<void>;
  readonly refresh: () => Promise<void>;
  /** Sends what is waiting now, without waiting for the backoff. */
  readonly sendNow: () => void;
}

interface SideEffectsOnPhone {
  readonly copy: CachedSideEffects | null;
  readonly contact: ClinicContact | null;
  readonly entries: readonly SideEffectsEntry[];
}

const sideEffectsSource: ServerCopySource<SideEffectsOnPhone, MySideEffects> = {
  readLocal: async (patientId) => {
    const [stored, entries] = await Promise.all([readSideEffectsCopy(patientId), idbSideEffectsStore.list(patientId)]);
    return { ...stored, entries };
  },
  storedAt: (local) => (local.copy ? new Date(local.copy.fetchedAt) : null),
  outbox: (patientId) => idbSideEffectsStore.list(patientId),
  fetch: () => api("mySideEffects"),
  // A copy that cannot be kept is still shown: the emergency screen needs the clinic's numbers now.
  store: (patientId, answer, at) => writeSideEffectsCopy(patientId, answer, at).catch(() => undefined),
  subscribe: onSideEffectsChanged,
};

const NOTHING: SideEffectsOnPhone = { copy: null, contact: null, entries: [] };

/**
 * `sessionConfirmedAt`: when the server last confirmed the session is this patient's
 * (session.tsx); null while unknown, and then the server is not asked.
 */
export function useMySideEffects(patientId: string, sessionConfirmedAt: number | null): MySideEffectsView {
  const { ready, storageProblem, local, fresh, server, online, refresh } = useServerCopy(sideEffectsSource, patientId, sessionConfirmedAt);
  const { entries } = local ?? NOTHING;
  const stored = local?.copy ?? null;
  const copy: CachedSideEffects | null = newestCopy(stored, fresh, patientId);
  const contact: ClinicContact | null = local?.contact ?? (copy ? { patientId, clinicName: copy.answer.clinicName, emergencyNumber: copy.answer.emergencyNumber, clinicPhone: copy.answer.clinicPhone, fetchedAt: copy.fetchedAt } : null);

  const afterSave = useCallback(() => {
    sideEffectsChanged();
    void askPersistentStorage();
    requestSideEffectsSync({ force: true });
  }, []);

  const saveReport = useCallback(
    async (draft: ReportDraft, made: Made) => {
      const result = await saveReportOnPhone(idbSideEffectsStore, patientId, draft, made);
      if (result.ok) afterSave();
      return result;
    },
    [patientId, afterSave],
  );

  const answerNoProblems = useCallback(
    async (checkIn: { readonly sessionId: string; readonly day: CheckInDay }) => {
      const result = await saveCheckInOnPhone(idbSideEffectsStore, patientId, checkIn, { id: uuidv7(), recordedAt: new Date() });
      if (result.ok) afterSave();
      return result;
    },
    [patientId, afterSave],
  );

  const closeEmergency = useCallback(async (entryId: string) => {
    await idbSideEffectsStore.closeEmergency(entryId, new Date().toISOString()).catch(() => undefined);
    sideEffectsChanged();
  }, []);

  const sendNow = useCallback(() => requestSideEffectsSync({ force: true }), []);

  return { ready, storageProblem, entries, copy, contact, server, online, saveReport, answerNoProblems, closeEmergency, refresh, sendNow };
}
