/**
 * What state a page's server data is in: loading, loaded (at what time), or failed with the
 * reason and a way to try again. In the page's language (status-words.ts): `what` is given in it.
 */
import { describeError } from "#web/app/api-error.ts";
import type { QueryState } from "#web/app/use-api-query.ts";
import { pageCommonWords } from "#web/i18n/i18n.ts";
import { Button } from "./Button.tsx";
import { StatusMessage } from "./StatusMessage.tsx";
import { statusWords } from "./status-words.ts";

type LoadStatusProps = {
  readonly state: QueryState<unknown>;
  readonly what: string;
  readonly onRetry: () => void;
};

export function LoadStatus({ state, what, onRetry }: LoadStatusProps) {
  const { language, t } = pageCommonWords();
  const words = statusWords(language, t);
  if (state.phase === "loading") return <StatusMessage tone="info" title={words.loading(what)} />;
  if (state.phase === "failed") {
    return (
      <StatusMessage tone="error" title={words.loadFailed(what)}>
        <p>{describeError(state.error)}</p>
        <Button onClick={onRetry}>{words.retry}</Button>
      </StatusMessage>
    );
  }
  return (
    <p className="muted" role="status">
      {words.upToDate(state.loadedAt)}
    </p>
  );
}
