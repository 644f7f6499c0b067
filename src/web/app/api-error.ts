/**
 * The error every API call rejects with: the server's `{ error: { code, message, details } }`
 * (ADR 0008, src/contracts/api/errors.ts), or a failure to reach the server at all.
 */
import type { ErrorCode, FieldIssue } from "#contracts/api/errors.ts";

/** The server's codes, plus the two failures that never reach the server's error table. */
export type ClientErrorCode = ErrorCode | "network_unreachable" | "unexpected_response";

export class ApiError extends Error {
  readonly code: ClientErrorCode;
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** Field issues of a `validation_failed`, each naming a dotted path such as `admin.email`. */
  readonly issues: readonly FieldIssue[];

  constructor(code: ClientErrorCode, message: string, status: number, issues: readonly FieldIssue[] = []) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.issues = issues;
  }

  /** The message for one field, matched by its full dotted path. */
  issueFor(path: string): string | undefined {
    return this.issues.find((issue) => issue.path === path)?.message;
  }

  /** Whether the failure means the person must sign in (again). */
  get needsSignIn(): boolean {
    return this.code === "unauthenticated";
  }

  /** Whether trying again later may succeed without changing anything. */
  get isTransient(): boolean {
    return this.code === "network_unreachable" || this.code === "rate_limited" || this.status >= 500;
  }
}

/** Wraps anything thrown into an ApiError, so pages have one thing to show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError("unexpected_response", message, 0);
}

/** The sentence to show for an error: the server's message, or plain words for a lost connection. */
export function describeError(error: ApiError): string {
  if (error.code === "network_unreachable") return "Cannot reach the Cephalog server. Check the connection and try again.";
  return error.message;
}
