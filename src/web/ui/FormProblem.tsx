/**
 * The form-level message of a failed submit: what went wrong, in words; field problems are
 * also shown beside each field. In the page's language, the default title too (status-words.ts).
 */
import { describeFormProblem, type ApiError } from "#web/app/api-error.ts";
import { pageCommonWords } from "#web/i18n/i18n.ts";
import { StatusMessage } from "./StatusMessage.tsx";
import { statusWords } from "./status-words.ts";

export function FormProblem({ error, title }: { readonly error: ApiError | null; readonly title?: string }) {
  if (!error) return null;
  const text = describeFormProblem(error);
  const { language, t } = pageCommonWords();
  return (
    <StatusMessage tone="error" title={title ?? statusWords(language, t).notSaved}>
      <p>{text}</p>
    </StatusMessage>
  );
}
