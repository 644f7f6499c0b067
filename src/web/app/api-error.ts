/**
 * The error every API call rejects with: the server's `{ error: { code, message, details } }`
 * (ADR 0008, src/contracts/api/errors.ts), or a failure to reach the server at all.
 */
import type { FieldIssue } from "#contracts/api/errors.ts";
import type { ClientErrorCode } from "./client-error-code.ts";
import { pageCommonWords } from "#web/i18n/i18n.ts";
import { errorSentence } from "./error-words.ts";

export type { ClientErrorCode } from "./client-error-code.ts";

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

  /** Whether the session belongs to another person than the one the app acted for (tab left open). */
  get isAccountMismatch(): boolean {
    return this.code === "account_mismatch";
  }

  /**
   * Whether the server itself answered that this request will fail again as it is: a refused
   * field, a conflict, a thing that does not exist or is not allowed, or too large. Everything
   * else (no network, a proxy's page, a timeout, rate limiting, a server error) may pass.
   */
  get isPermanent(): boolean {
    return PERMANENT_CODES.has(this.code);
  }

  /** Whether trying again later may succeed without changing anything. */
  get isTransient(): boolean {
    if (TRANSIENT_CODES.has(this.code)) return true;
    return this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

const TRANSIENT_CODES: ReadonlySet<ClientErrorCode> = new Set<ClientErrorCode>(["network_unreachable", "unexpected_response", "rate_limited", "internal_error"]);
const PERMANENT_CODES: ReadonlySet<ClientErrorCode> = new Set<ClientErrorCode>(["validation_failed", "conflict", "not_found", "forbidden", "payload_too_large", "not_signable", "stale_version", "slot_taken"]);

/** Wraps anything thrown into an ApiError, so pages have one thing to show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError("unexpected_response", message, 0);
}

/**
 * The sentence to show for an error. In English (staff pages always) the server's message, which
 * says most (which limit, how long), or plain words for a lost connection; on a patient's page in
 * another language the code's sentence in that language (error-words.ts).
 */
export function describeError(error: ApiError): string {
  const { language, t } = pageCommonWords();
  if (language !== "en") return errorSentence(error, t);
  if (error.code === "network_unreachable") return "Cannot reach the Cephalog server. Check the connection and try again.";
  return error.message;
}

/** A form's problem: a pointer to the fields marked when the server named them, else `describeError`. */
export function describeFormProblem(error: ApiError): string {
  if (error.code !== "validation_failed" || error.issues.length === 0) return describeError(error);
  const { language, t } = pageCommonWords();
  return language === "en" ? "Please check the fields marked below." : t("errors.checkFields");
}
