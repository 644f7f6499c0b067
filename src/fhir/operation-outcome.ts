/**
 * The project's errors (ADR 0007: a code, a message, field issues) as a FHIR R4 OperationOutcome,
 * the error body of every answer under /fhir/R4 (issue 10 §4; docs/fhir.md, "On the server"). The
 * HTTP status is unchanged; each issue's `code` is from the required IssueType value set
 * (http://hl7.org/fhir/ValueSet/issue-type), `details` carries the project's own code so a client
 * can tell `stale_version` from `conflict`, and `diagnostics` the message (never health data: the
 * messages never quote it).
 */
import type { ErrorCode, FieldIssue } from "#contracts/api/errors.ts";
import type { FhirResource } from "./types.ts";

/** The IssueType codes these errors use (a subset of http://hl7.org/fhir/issue-type). */
export type IssueType = "invalid" | "login" | "forbidden" | "not-found" | "conflict" | "expired" | "too-long" | "throttled" | "exception" | "not-supported" | "incomplete";

/** Each error code's IssueType: the nearest meaning in the value set. */
export const ISSUE_TYPE_OF: Readonly<Record<ErrorCode, IssueType>> = {
  validation_failed: "invalid",
  unauthenticated: "login",
  invalid_credentials: "login",
  forbidden: "forbidden",
  two_factor_required: "forbidden",
  not_found: "not-found",
  conflict: "conflict",
  already_initialized: "conflict",
  account_mismatch: "conflict",
  not_signable: "conflict",
  stale_version: "conflict",
  slot_taken: "conflict",
  invitation_invalid: "expired",
  link_invalid: "expired",
  payload_too_large: "too-long",
  rate_limited: "throttled",
  internal_error: "exception",
};

/** The project's error codes as a code system, for OperationOutcome.issue.details. */
export const ERROR_CODE_SYSTEM = "https://cephalog.org/fhir/CodeSystem/error-code";

export interface OutcomeInput {
  readonly code: ErrorCode;
  readonly message: string;
  /** Field issues (bad input): one OperationOutcome issue each, `expression` the field. */
  readonly issues?: readonly FieldIssue[] | undefined;
  /** A more precise IssueType than the code's (e.g. `not-supported` for an unsupported parameter). */
  readonly issueType?: IssueType | undefined;
}

/**
 * The OperationOutcome of one error.
 * @example operationOutcome({ code: "not_found", message: "No such patient." }).issue // [{ severity: "error", code: "not-found", details: { coding: [{ system: ERROR_CODE_SYSTEM, code: "not_found" }] }, diagnostics: "No such patient." }]
 */
export function operationOutcome(error: OutcomeInput): FhirResource {
  // A server fault stops the request outright: `fatal`; everything else is the caller's to fix.
  const severity = error.code === "internal_error" ? "fatal" : "error";
  const code = error.issueType ?? ISSUE_TYPE_OF[error.code];
  const details = { coding: [{ system: ERROR_CODE_SYSTEM, code: error.code }] };
  const fieldIssues = error.issues ?? [];
  const issue =
    fieldIssues.length === 0
      ? [{ severity, code, details, diagnostics: error.message }]
      : fieldIssues.map((field) => ({ severity, code, details, diagnostics: `${field.path}: ${field.message}`, expression: [field.path] }));
  return { resourceType: "OperationOutcome", issue };
}
