/**
 * Checks a form against the same contract schema the server uses, before sending, and reports
 * problems exactly as the server would (a `validation_failed` ApiError with dotted field paths),
 * so a form shows one kind of message beside its fields.
 */
import type { z } from "zod";
import { ApiError } from "./api-error.ts";

export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

/** Parses `value` with `schema`; on failure an ApiError naming each field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
  return { ok: false, error: new ApiError("validation_failed", "Some answers need changing.", 400, issues) };
}

/**
 * A field's message as a sentence: the contract's messages are fragments ("is required").
 * @example fieldMessage("Email", "must be an email address") // "Email must be an email address."
 */
export function fieldMessage(label: string, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const text = /^(is|are|must|should|has|was)\b/i.test(message) ? `${label} ${message}` : message;
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
