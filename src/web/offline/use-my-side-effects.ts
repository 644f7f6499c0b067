/**
 * The patient's side effects for the patient screens: this phone's outbox of reports and check-in
 * answers, the last copy of the server's answer (check-ins due, reports, the clinic's numbers),
 * whether that copy is fresh, and the actions, each of which writes to the phone first and then
 * asks the sync loop to send (started by the patient shell on every patient screen).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { v7 as uuidv7 } from "uuid";
import type { CheckInDay } from "#domain/triage/check-ins.ts";
import { api } from "#web/app/api.ts";
import { ApiError, toApiError } from "#web/app/api-error.ts";
import { idbSideEffectsStore, readSideEffectsCopy, writeSideEffectsCopy } from "./idb-side-effects-store.ts";
import { askPersistentStorage } from "./persist-storage.ts";
import { storageFailureReason } from "./save-on-phone.ts";
import { saveCheckInOnPhone, saveReportOnPhone, type Made, type ReportDraft, type SavedOnPhone } from "./save-side-effect-on-phone.ts";
import type { CachedSideEffects, ClinicContact } from "./side-effects-db.ts";
import { onSideEffectsChanged, sideEffectsChanged } from "./side-effects-events.ts";
import type { CheckInEntry, ReportEntry, SideEffectsEntry } from "./side-effects-outbox-entry.ts";
import { requestSideEffectsSync } from "./side-effects-sync-loop.ts";
import { planSync } from "./sync-plan.ts";
import { useOnline } from "./use-online.ts";

/** How current the server's part is: asked just now, or this phone's copy (and why). */
export type SideEffectsFreshness =
  | { readonly phase: "loading" }
  | { readonly phase: "fresh"; readonly at: Date }
  | { readonly phase: "stored"; readonly at: Date | null; readonly error: ApiError };

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

/** Whether a send found another patient's session since it was last confirmed as this one's. */
async function heldForOwner(patientId: string, sessionConfirmedAt: number): Promise<boolean> {
  const plan = planSync(await idbSideEffectsStore.list(patientId), { now: new Date(), force: true, sessionConfirmedAt });
  return plan.kind === "paused" && plan.reason === "other-account";
}

/**
 * `sessionConfirmedAt`: when the server last confirmed the session is this patient's
 * (session.tsx); null while unknown, and then the server is not asked.
 */
export function useMySideEffects(patientId: string, sessionConfirmedAt: number | null): MySideEffectsView {
  const online = useOnline();
  const [entries, setEntries] = useState<readonly SideEffectsEntry[]>([]);
  const [copy, setCopy] = useState<CachedSideEffects | null>(null);
  const [contact, setContact] = useState<ClinicContact | null>(null);
  const [ready, setReady] = useState(false);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);
  const [server, setServer] = useState<SideEffectsFreshness>({ phase: "loading" });
  const confirmed = useRef(sessionConfirmedAt);
  confirmed.current = sessionConfirmedAt;

  const readLocal = useCallback(async () => {
    try {
      const [stored, list] = await Promise.all([readSideEffectsCopy(patientId), idbSideEffectsStore.list(patientId)]);
      setCopy(stored.copy);
      setContact(stored.contact);
      setEntries(list);
      setStorageProblem(null);
    } catch (error) {
      setStorageProblem(storageFailureReason(error));
    }
    setReady(true);
  }, [patientId]);

  const refresh = useCallback(async () => {
    const askedUnder = confirmed.current;
    try {
      // GET /api/me/side-effects answers for whoever is signed in: asked only under a session the
      // server confirmed to be this patient's, and dropped if the sign-in changed meanwhile.
      if (askedUnder === null) throw new ApiError("network_unreachable", "Who is signed in is not confirmed yet.", 0);
      if (await heldForOwner(patientId, askedUnder)) throw new ApiError("account_mismatch", "This browser is signed in as someone else.", 409);
      const answer = await api("mySideEffects");
      if (confirmed.current !== askedUnder) return;
      const at = new Date();
      await writeSideEffectsCopy(patientId, answer, at).catch(() => undefined);
      setCopy({ patientId, answer, fetchedAt: at.toISOString() });
      setServer({ phase: "fresh", at });
    } catch (error) {
      const stored = await readSideEffectsCopy(patientId).catch(() => null);
      const at = stored?.copy ? new Date(stored.copy.fetchedAt) : null;
      setServer({ phase: "stored", at, error: toApiError(error) });
    }
    await readLocal();
  }, [patientId, readLocal]);

  useEffect(() => {
    void readLocal();
    return onSideEffectsChanged(() => void readLocal());
  }, [readLocal]);

  useEffect(() => {
    void refresh();
  }, [online, refresh, sessionConfirmedAt]);

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
