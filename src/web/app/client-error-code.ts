/**
 * The codes an API call can fail with in the browser: its own module so that both the error
 * (api-error.ts) and its words (error-words.ts) can name them without importing each other.
 */
import type { ErrorCode, FieldIssue } from "#contracts/api/errors.ts";

/** The server's codes, plus the two failures that never reach the server's error table. */
export type ClientErrorCode = ErrorCode | "network_unreachable" | "unexpected_response";

/** What an error's sentence is made from: an ApiError, or anything with its code, message and field issues. */
export interface WordableError {
  readonly code: ClientErrorCode;
  readonly message: string;
  readonly issues: readonly FieldIssue[];
}
