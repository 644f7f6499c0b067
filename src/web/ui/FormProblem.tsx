/**
 * The form-level message of a failed submit: what went wrong, in words; field problems are
 * also shown beside each field.
 */
import { describeError, type ApiError } from "#web/app/api-error.ts";
import { StatusMessage } from "./StatusMessage.tsx";

export function FormProblem({ error, title = "Not saved." }: { readonly error: ApiError | null; readonly title?: string }) {
  if (!error) return null;
  const text = error.code === "validation_failed" && error.issues.length > 0 ? "Please check the fields marked below." : describeError(error);
  return (
    <StatusMessage tone="error" title={title}>
      <p>{text}</p>
    </StatusMessage>
  );
}
