/**
 * Server state for a page: load once, say whether it is loading, loaded (and when) or failed,
 * and reload on request. Small on purpose; the diary has its own offline store instead.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { toApiError, type ApiError } from "./api-error.ts";

export type QueryState<T> =
  | { readonly phase: "loading" }
  | { readonly phase: "failed"; readonly error: ApiError }
  | { readonly phase: "loaded"; readonly data: T; readonly loadedAt: Date };

export interface Query<T> {
  readonly state: QueryState<T>;
  readonly reload: () => Promise<void>;
}

/** Runs `load` now and whenever `key` changes; the last answer wins. */
export function useApiQuery<T>(key: string, load: () => Promise<T>): Query<T> {
  const [state, setState] = useState<QueryState<T>>({ phase: "loading" });
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const data = await loadRef.current();
      if (mine === generation.current) setState({ phase: "loaded", data, loadedAt: new Date() });
    } catch (error) {
      if (mine === generation.current) setState({ phase: "failed", error: toApiError(error) });
    }
  }, []);

  useEffect(() => {
    setState({ phase: "loading" });
    void reload();
  }, [key, reload]);

  return { state, reload };
}
