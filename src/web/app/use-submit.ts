/** A form's sending state: busy while the action runs, and the ApiError it failed with, if any. */
import { useCallback, useState } from "react";
import { toApiError, type ApiError } from "./api-error.ts";

export interface Submit {
  readonly busy: boolean;
  readonly error: ApiError | null;
  /** Runs the action; resolves to its result, or undefined when it failed (the error is kept). */
  readonly run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
  readonly fail: (error: ApiError) => void;
  /** Forgets the last failure (the form it belonged to was left). */
  readonly reset: () => void;
}

export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (caught) {
      setError(toApiError(caught));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  const reset = useCallback(() => setError(null), []);

  return { busy, error, run, fail: setError, reset };
}
