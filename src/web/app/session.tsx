/**
 * Who is signed in and whether the clinic exists: loaded once on start, then updated by
 * sign-in, sign-out and setup. Offline, the last known user is used so the diary still opens.
 * Another tab's sign-out or sign-in (a `storage` event on the cached user) makes this tab ask
 * the server again; until it has answered, `confirmedAt` is null and the diary sends nothing.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Me } from "#contracts/api/auth.ts";
import type { SetupStatus } from "#contracts/api/setup.ts";
import { isSelfCheckPath } from "#web/features/self-check/self-check-paths.ts";
import { api } from "./api.ts";
import { usePath } from "./router.tsx";
import { toApiError, type ApiError } from "./api-error.ts";
import { endedReason, readCachedMe, sessionChangeNeedsRecheck, writeCachedMe, type SignInReason } from "./session-cache.ts";

export type { SignInReason };

export type SessionState =
  | { readonly phase: "loading" }
  | { readonly phase: "unreachable"; readonly error: ApiError }
  | {
      readonly phase: "ready";
      readonly setup: SetupStatus;
      readonly me: Me | null;
      readonly offline: boolean;
      /**
       * When the server last confirmed who is signed in (ms since the epoch, taken when the
       * question was asked); null when `me` is only this device's last copy (offline, or another
       * tab changed the sign-in and the server has not answered yet).
       */
      readonly confirmedAt: number | null;
      /** Set when a signed-in person was signed out by something other than their own sign-out. */
      readonly signInReason?: SignInReason | undefined;
    };

interface SessionValue {
  readonly state: SessionState;
  /** Asks the server again (after setup, or to retry). */
  readonly refresh: () => Promise<void>;
  readonly signedIn: (me: Me) => void;
  /** Forgets who is signed in; `reason` when the person did not sign out themselves. */
  readonly signedOut: (reason?: SignInReason) => void;
  /**
   * Shows the sign-in page without ending the browser's session: for a diary whose owner must
   * sign in again while someone else is signed in (other tabs keep that person's session).
   */
  readonly showSignIn: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

const RECHECK_MS = 60_000;

async function loadMe(): Promise<Me | null> {
  try {
    return await api("me");
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.needsSignIn || apiError.code === "forbidden") return null;
    throw apiError;
  }
}

/**
 * Asks the server who is signed in. `before` is who this tab thought was signed in (to say why
 * the sign-in page shows when that session has ended) and `kindIfEnded` how it would have ended.
 */
async function loadSession(before: Me | null, kindIfEnded: SignInReason["kind"]): Promise<SessionState> {
  const askedAt = Date.now();
  try {
    const [setup, me] = await Promise.all([api("setupStatus"), loadMe()]);
    const signInReason = endedReason(before, me, kindIfEnded);
    writeCachedMe(me);
    return { phase: "ready", setup, me, offline: false, confirmedAt: askedAt, signInReason };
  } catch (error) {
    const apiError = toApiError(error);
    const cached = readCachedMe();
    if (apiError.code === "network_unreachable" && cached) {
      return { phase: "ready", setup: { initialized: true, demoPresent: false, demoLogins: null }, me: cached, offline: true, confirmedAt: null };
    }
    return { phase: "unreachable", error: apiError };
  }
}

let earlyAnswer: Promise<SessionState> | null = null;

/**
 * Asks who is signed in before the first render (main.tsx), while the language's words load, so
 * the first screen waits one round trip less (issue 9, Lighthouse). The provider's first check
 * takes this answer instead of asking again. Not for the public self-check, which asks nothing.
 */
export function askSessionEarly(): void {
  earlyAnswer ??= loadSession(readCachedMe(), "ended");
}

function takeEarlyAnswer(): Promise<SessionState> | null {
  const answer = earlyAnswer;
  earlyAnswer = null;
  return answer;
}

function unconfirmed(state: SessionState): SessionState {
  return state.phase === "ready" ? { ...state, confirmedAt: null } : state;
}

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ phase: "loading" });
  const current = useRef(state);
  current.current = state;
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    const before = current.current.phase === "ready" ? current.current.me : readCachedMe();
    const next = await (takeEarlyAnswer() ?? loadSession(before, "ended"));
    if (mine === generation.current) setState(next);
  }, []);

  // A check in the background: until the server answers nothing is sent; a failure keeps the page.
  const recheck = useCallback(async (kindIfEnded: SignInReason["kind"]) => {
    const mine = ++generation.current;
    const before = current.current.phase === "ready" ? current.current.me : null;
    setState(unconfirmed);
    const next = await loadSession(before, kindIfEnded);
    if (mine === generation.current && next.phase === "ready") setState(next);
  }, []);

  // The public self-check asks the server nothing (issue 9 §5): the session is first asked for
  // when a page that needs it opens.
  const path = usePath();
  const needsSession = !isSelfCheckPath(path);
  const asked = useRef(false);
  useEffect(() => {
    if (!needsSession || asked.current) return;
    asked.current = true;
    void refresh();
  }, [needsSession, refresh]);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea !== null && event.storageArea !== window.localStorage) return;
      const me = current.current.phase === "ready" ? current.current.me : null;
      if (current.current.phase === "ready" && sessionChangeNeedsRecheck(event, me)) void recheck("elsewhere");
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [recheck]);

  // Not confirmed (opened offline, or a check failed): ask again when online, and every minute.
  const waitingForServer = state.phase === "ready" && state.me !== null && state.confirmedAt === null;
  useEffect(() => {
    if (!waitingForServer) return;
    const again = () => void recheck("ended");
    window.addEventListener("online", again);
    const timer = window.setInterval(again, RECHECK_MS);
    return () => {
      window.removeEventListener("online", again);
      window.clearInterval(timer);
    };
  }, [waitingForServer, recheck]);

  const signedIn = useCallback((me: Me) => {
    generation.current += 1;
    writeCachedMe(me);
    setState((previous) => ({
      phase: "ready",
      setup: previous.phase === "ready" ? { ...previous.setup, initialized: true } : { initialized: true, demoPresent: false, demoLogins: null },
      me,
      offline: false,
      confirmedAt: Date.now(),
    }));
  }, []);

  const signedOut = useCallback((reason?: SignInReason) => {
    generation.current += 1;
    writeCachedMe(null);
    setState((previous) => (previous.phase === "ready" ? { ...previous, me: null, signInReason: reason } : previous));
  }, []);

  const showSignIn = useCallback(() => {
    generation.current += 1;
    setState((previous) => (previous.phase === "ready" ? { ...previous, me: null } : previous));
  }, []);

  const value = useMemo(() => ({ state, refresh, signedIn, signedOut, showSignIn }), [state, refresh, signedIn, signedOut, showSignIn]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}
