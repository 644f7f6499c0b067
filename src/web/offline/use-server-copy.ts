/**
 * The part every patient screen shares with its outbox (diary, side effects, questionnaires):
 * this phone's stored copy of the server's answer and its outbox, read on opening and after every
 * change; the server asked on opening and on every change of connection and of the confirmed
 * session; and how current the shown copy is (asked just now, or this phone's copy and why).
 * The route answers for whoever is signed in, so it is asked only under a session the server
 * confirmed to be this patient's, never while a send found another person's session, and an
 * answer is dropped if the sign-in changed meanwhile or it names another patient.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, toApiError } from "#web/app/api-error.ts";
import { storageFailureReason } from "./save-on-phone.ts";
import { planSync, type PlannedEntry } from "./sync-plan.ts";
import { useOnline } from "./use-online.ts";

/** How current the server's part is: asked just now, or this phone's copy (and why). */
export type ServerFreshness =
  | { readonly phase: "loading" }
  | { readonly phase: "fresh"; readonly at: Date }
  | { readonly phase: "stored"; readonly at: Date | null; readonly error: ApiError };

/** One outbox's way to its stored copy and its route. A module constant, so it never changes. */
export interface ServerCopySource<Local, Answer> {
  /** This phone's part for the patient: the stored copy and the outbox. */
  readonly readLocal: (patientId: string) => Promise<Local>;
  /** When the stored copy in `local` was fetched (null: none stored). */
  readonly storedAt: (local: Local) => Date | null;
  /** The outbox's entries, to see whether a send found another person's session. */
  readonly outbox: (patientId: string) => Promise<readonly PlannedEntry[]>;
  readonly fetch: () => Promise<Answer>;
  /** Whose answer it is, where it says. */
  readonly ownerOf?: ((answer: Answer) => string) | undefined;
  /** Stores a fresh answer as the patient's copy (a failure counts as not fresh unless the source forgives it). */
  readonly store: (patientId: string, answer: Answer, at: Date) => Promise<void>;
  /** Listens for changes to this phone's store (a save, a send); returns how to stop. */
  readonly subscribe: (listener: () => void) => () => void;
}

export interface ServerCopyView<Local, Answer> {
  /** False until this phone's store has been read (or has failed to open). */
  readonly ready: boolean;
  /** Why this phone's store cannot be read, if it cannot (private window, storage blocked). */
  readonly storageProblem: string | null;
  /** This phone's part as last read, or null before the first read or if it failed. */
  readonly local: Local | null;
  /** The answer fetched in this screen's life, with when (null until one is). */
  readonly fresh: { readonly answer: Answer; readonly at: Date } | null;
  readonly server: ServerFreshness;
  readonly online: boolean;
  readonly refresh: () => Promise<void>;
}

const OTHER_PERSON = "This browser is signed in as someone else.";

/** Whether a send found another patient's session since it was last confirmed as this one's. */
async function heldForOwner(entries: readonly PlannedEntry[], sessionConfirmedAt: number): Promise<boolean> {
  const plan = planSync(entries, { now: new Date(), force: true, sessionConfirmedAt });
  return plan.kind === "paused" && plan.reason === "other-account";
}

/**
 * `sessionConfirmedAt`: when the server last confirmed the session is this patient's
 * (session.tsx); null while unknown, and then the server is not asked.
 */
export function useServerCopy<Local, Answer>(source: ServerCopySource<Local, Answer>, patientId: string, sessionConfirmedAt: number | null): ServerCopyView<Local, Answer> {
  const online = useOnline();
  const [local, setLocal] = useState<Local | null>(null);
  const [fresh, setFresh] = useState<{ readonly answer: Answer; readonly at: Date } | null>(null);
  const [ready, setReady] = useState(false);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);
  const [server, setServer] = useState<ServerFreshness>({ phase: "loading" });
  const confirmed = useRef(sessionConfirmedAt);
  confirmed.current = sessionConfirmedAt;

  const readLocal = useCallback(async () => {
    try {
      setLocal(await source.readLocal(patientId));
      setStorageProblem(null);
    } catch (error) {
      setStorageProblem(storageFailureReason(error));
    }
    setReady(true);
  }, [source, patientId]);

  const refresh = useCallback(async () => {
    const askedUnder = confirmed.current;
    try {
      if (askedUnder === null) throw new ApiError("network_unreachable", "Who is signed in is not confirmed yet.", 0);
      if (await heldForOwner(await source.outbox(patientId), askedUnder)) throw new ApiError("account_mismatch", OTHER_PERSON, 409);
      const answer = await source.fetch();
      if (confirmed.current !== askedUnder) return;
      if (source.ownerOf && source.ownerOf(answer) !== patientId) throw new ApiError("account_mismatch", OTHER_PERSON, 409);
      const at = new Date();
      await source.store(patientId, answer, at);
      setFresh({ answer, at });
      setServer({ phase: "fresh", at });
    } catch (error) {
      const stored = await source.readLocal(patientId).catch(() => null);
      setServer({ phase: "stored", at: stored === null ? null : source.storedAt(stored), error: toApiError(error) });
    }
    await readLocal();
  }, [source, patientId, readLocal]);

  useEffect(() => {
    void readLocal();
    return source.subscribe(() => void readLocal());
  }, [source, readLocal]);

  // On opening, on every change of connection and of the confirmed session: ask the server
  // (offline, this records why the stored copy is shown). The sync loops send by themselves.
  useEffect(() => {
    void refresh();
  }, [online, refresh, sessionConfirmedAt]);

  return { ready, storageProblem, local, fresh, server, online, refresh };
}

/** A stored answer of a patient route, as the side effects and questionnaires keep it. */
export interface CachedAnswer<Answer> {
  readonly patientId: string;
  readonly answer: Answer;
  readonly fetchedAt: string;
}

/**
 * The newer of the stored copy and the answer fetched now: the fresh one is shown even when this
 * phone could not keep it.
 * @example newestCopy(null, { answer: 1, at: new Date(0) }, "p1")?.answer // 1
 */
export function newestCopy<Answer>(stored: CachedAnswer<Answer> | null, fresh: { readonly answer: Answer; readonly at: Date } | null, patientId: string): CachedAnswer<Answer> | null {
  if (fresh === null || (stored !== null && Date.parse(stored.fetchedAt) >= fresh.at.getTime())) return stored;
  return { patientId, answer: fresh.answer, fetchedAt: fresh.at.toISOString() };
}
