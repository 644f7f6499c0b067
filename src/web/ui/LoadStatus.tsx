/**
 * What state a page's server data is in: loading, loaded (at what time), or failed with the
 * reason and a way to try again.
 */
import { describeError } from "#web/app/api-error.ts";
import type { QueryState } from "#web/app/use-api-query.ts";
import { Button } from "./Button.tsx";
import { formatTime } from "./format.ts";
import { StatusMessage } from "./StatusMessage.tsx";

type LoadStatusProps = {
  readonly state: QueryState<unknown>;
  readonly what: string;
  readonly onRetry: () => void;
};

export function LoadStatus({ state, what, onRetry }: LoadStatusProps) {
  if (state.phase === "loading") return <StatusMessage tone="info" title={`Loading ${what}…`} />;
  if (state.phase === "failed") {
    return (
      <StatusMessage tone="error" title={`Could not load ${what}.`}>
        <p>{describeError(state.error)}</p>
        <Button onClick={onRetry}>Try again</Button>
      </StatusMessage>
    );
  }
  return (
    <p className="muted" role="status">
      {`Up to date as of ${formatTime(state.loadedAt)}.`}
    </p>
  );
}
