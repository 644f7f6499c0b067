/**
 * Who is signed in and whether the clinic exists: loaded once on start, then updated by
 * sign-in, sign-out and setup. Offline, the last known user is used so the diary still opens.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Me } from "#contracts/api/auth.ts";
import type { SetupStatus } from "#contracts/api/setup.ts";
import { api } from "./api.ts";
import { toApiError, type ApiError } from "./api-error.ts";
import { readCachedMe, writeCachedMe } from "./session-cache.ts";

export type SessionState =
  | { readonly phase: "loading" }
  | { readonly phase: "unreachable"; readonly error: ApiError }
  | { readonly phase: "ready"; readonly setup: SetupStatus; readonly me: Me | null; readonly offline: boolean };

interface SessionValue {
  readonly state: SessionState;
  /** Asks the server again (after setup, or to retry). */
  readonly refresh: () => Promise<void>;
  readonly signedIn: (me: Me) => void;
  readonly signedOut: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

async function loadMe(): Promise<Me | null> {
  try {
    return await api("me");
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.needsSignIn || apiError.code === "forbidden") return null;
    throw apiError;
  }
}

async function loadSession(): Promise<SessionState> {
  try {
    const [setup, me] = await Promise.all([api("setupStatus"), loadMe()]);
    writeCachedMe(me);
    return { phase: "ready", setup, me, offline: false };
  } catch (error) {
    const apiError = toApiError(error);
    const cached = readCachedMe();
    if (apiError.code === "network_unreachable" && cached) {
      return { phase: "ready", setup: { initialized: true, demoPresent: false, demoLogins: null }, me: cached, offline: true };
    }
    return { phase: "unreachable", error: apiError };
  }
}

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ phase: "loading" });

  const refresh = useCallback(async () => {
    setState(await loadSession());
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signedIn = useCallback((me: Me) => {
    writeCachedMe(me);
    setState((previous) => ({
      phase: "ready",
      setup: previous.phase === "ready" ? { ...previous.setup, initialized: true } : { initialized: true, demoPresent: false, demoLogins: null },
      me,
      offline: false,
    }));
  }, []);

  const signedOut = useCallback(() => {
    writeCachedMe(null);
    setState((previous) => (previous.phase === "ready" ? { ...previous, me: null } : previous));
  }, []);

  const value = useMemo(() => ({ state, refresh, signedIn, signedOut }), [state, refresh, signedIn, signedOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}
