/**
 * A session draft as the injector edits it: every change kept on the tablet at once (so a reload
 * or a lost connection loses nothing), then sent to the server a moment later from the version it
 * was made on. The page always says which state the draft is in: saved, saving, on this tablet
 * only (not sent yet), changed on another device, or refused.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { DraftView } from "#contracts/api/sessions.ts";
import { api } from "#web/app/api.ts";
import { toApiError, type ApiError } from "#web/app/api-error.ts";
import { chooseDraft, clearLocalDraft, readLocalDraft, writeLocalDraft, type DraftStorage, type LocalDraft } from "./draft-store.ts";

export type DraftContent = DraftView["content"];
export type SaveState = "saved" | "saving" | "unsent" | "conflict" | "refused";

export interface DraftState {
  readonly draft: DraftView | null;
  readonly content: DraftContent;
  readonly saveState: SaveState;
  readonly error: ApiError | null;
  /** This tablet cannot store the draft (private window, full): changes live only on screen until sent. */
  readonly storageFailed: boolean;
  /** Unsent changes made here on an older version than the server's (another device saved since). */
  readonly olderLocal: LocalDraft | null;
  readonly loadError: ApiError | null;
}

const SAVE_DELAY_MS = 800;
const RETRY_MS = 5000;

function browserStorage(): DraftStorage {
  return window.localStorage;
}

export function useSessionDraft(clinicId: string, patientId: string, draftId: string, storage: () => DraftStorage = browserStorage) {
  const [state, setState] = useState<DraftState>({ draft: null, content: {}, saveState: "saved", error: null, storageFailed: false, olderLocal: null, loadError: null });
  const version = useRef(0);
  const latest = useRef<DraftContent>({});
  const dirty = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const params = { clinicId, patientId, draftId };

  const load = useCallback(async () => {
    try {
      const draft = await api("sessionDraft", { params: { clinicId, patientId, draftId } });
      const choice = chooseDraft(draft, readLocalDraft(storage(), draftId));
      version.current = draft.version;
      const content = choice.use === "local" ? choice.content : draft.content;
      latest.current = content;
      dirty.current = choice.use === "local";
      setState((s) => ({ ...s, draft, content, saveState: choice.use === "local" ? "unsent" : "saved", olderLocal: choice.use === "server-with-older-local" ? choice.local : null, loadError: null }));
      if (choice.use === "local") schedule(0);
    } catch (error) {
      setState((s) => ({ ...s, loadError: toApiError(error) }));
    }
  }, [clinicId, patientId, draftId]);

  useEffect(() => {
    void load();
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [load]);

  /** Sends the latest content if it changed; true when the server holds it. */
  const send = useCallback(async (): Promise<boolean> => {
    if (inFlight.current !== null) await inFlight.current;
    if (!dirty.current) return true;
    const content = latest.current;
    dirty.current = false;
    setState((s) => ({ ...s, saveState: "saving", error: null }));
    const attempt = (async () => {
      try {
        const saved = await api("saveSessionDraft", { params, body: { version: version.current, content } });
        version.current = saved.version;
        const stillLatest = latest.current === content;
        writeLocalDraft(storage(), draftId, { content: latest.current, baseVersion: saved.version, savedAt: Date.now(), sent: stillLatest });
        setState((s) => ({ ...s, draft: saved, saveState: stillLatest ? "saved" : "unsent" }));
        return true;
      } catch (caught) {
        const error = toApiError(caught);
        dirty.current = true;
        if (error.code === "stale_version") setState((s) => ({ ...s, saveState: "conflict", error }));
        else if (error.isPermanent) setState((s) => ({ ...s, saveState: "refused", error }));
        else {
          setState((s) => ({ ...s, saveState: "unsent", error }));
          schedule(RETRY_MS);
        }
        return false;
      }
    })();
    inFlight.current = attempt;
    const ok = await attempt;
    inFlight.current = null;
    if (ok && dirty.current) schedule(SAVE_DELAY_MS);
    return ok;
  }, [clinicId, patientId, draftId]);

  function schedule(delay: number) {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void send();
    }, delay);
  }

  /** Replaces the draft's content (the whole draft as on screen): kept here at once, sent shortly. */
  const update = useCallback((next: DraftContent) => {
    latest.current = next;
    dirty.current = true;
    const kept = writeLocalDraft(storage(), draftId, { content: next, baseVersion: version.current, savedAt: Date.now(), sent: false });
    setState((s) => ({ ...s, content: next, saveState: s.saveState === "conflict" ? "conflict" : "unsent", storageFailed: !kept }));
    schedule(SAVE_DELAY_MS);
  }, [draftId]);

  /** Sends now (before signing); true when the server holds the latest content. */
  const flush = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    return send();
  }, [send]);

  /** Takes the unsent changes made on an older version over the server's current draft. */
  const useOlderLocal = useCallback(() => {
    setState((s) => {
      if (s.olderLocal === null) return s;
      latest.current = s.olderLocal.content;
      dirty.current = true;
      schedule(0);
      return { ...s, content: s.olderLocal.content, olderLocal: null, saveState: "unsent" };
    });
  }, []);

  const discardLocal = useCallback(() => {
    clearLocalDraft(storage(), draftId);
    setState((s) => ({ ...s, olderLocal: null }));
    void load();
  }, [draftId, load, storage]);

  return { state, update, flush, reload: load, useOlderLocal, discardLocal, version: () => version.current };
}
