/**
 * The one table from error code to HTTP status (ADR 0007), and the translation of every error
 * the HTTP layer meets (our AppError, request validation, Fastify's own) into the one body shape
 * `{ "error": { "code", "message", "details" } }`. Bad input is never a 500.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { ErrorBody, ErrorCode, FieldIssue } from "#contracts/api/errors.ts";
import { AppError, invalidField } from "../app-error.ts";

export { AppError };

export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  two_factor_required: 403,
  not_found: 404,
  conflict: 409,
  account_mismatch: 409,
  not_signable: 409,
  stale_version: 409,
  slot_taken: 409,
  already_initialized: 409,
  invitation_invalid: 410,
  link_invalid: 410,
  payload_too_large: 413,
  rate_limited: 429,
  internal_error: 500,
};

export function errorBody(error: AppError): ErrorBody {
  return { error: { code: error.code, message: error.message, details: error.details } };
}

const PART_NAMES: Record<string, string> = { body: "body", params: "path", querystring: "query", headers: "headers" };

/** Field issues from a failed request validation: paths like `hours` or `admin.email`. */
function validationIssues(error: FastifyError & { validation: { instancePath: string; message?: string | undefined }[] }): FieldIssue[] {
  const part = PART_NAMES[error.validationContext ?? "body"] ?? "body";
  return error.validation.map((issue) => {
    const path = issue.instancePath.replace(/^\//, "").split("/").filter(Boolean).join(".");
    return { path: path === "" ? part : path, message: issue.message ?? "is not valid" };
  });
}

/**
 * PostgreSQL's refusals of a character it cannot store: 22021 (U+0000 in text) and 22P05 (a
 * `\u0000` escape in jsonb). The contracts refuse control characters first (contracts/text.ts);
 * this is the last line of defence, so such input is bad input, never a 500.
 */
const UNSTORABLE_CHARACTER_CODES: ReadonlySet<unknown> = new Set(["22021", "22P05"]);

function isUnstorableCharacter(error: unknown): boolean {
  return typeof error === "object" && error !== null && UNSTORABLE_CHARACTER_CODES.has((error as { code?: unknown }).code);
}

/** The value is not echoed: it may be personal or health data. */
export const UNSTORABLE_CHARACTER_MESSAGE = "The request holds a character that cannot be stored (such as U+0000). Remove it and send again.";

/** Our error for anything thrown while handling a request; `null` for an internal error (a bug). */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isUnstorableCharacter(error)) return new AppError("validation_failed", UNSTORABLE_CHARACTER_MESSAGE);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = validationIssues(error);
    const where = PART_NAMES[error.validationContext ?? "body"] ?? "body";
    const summary = issues.map((issue) => `${issue.path} ${issue.message}`).join("; ");
    return new AppError("validation_failed", `The ${where} is not valid: ${summary}`, { issues, location: where });
  }
  const fastifyError = error as Partial<FastifyError>;
  // Refused by Fastify's router before any route runs (frameworkErrors in app.ts): the path is the field.
  if (fastifyError.code === "FST_ERR_BAD_URL") return invalidField("path", "is not a valid address: a %-encoding in it is broken");
  if (fastifyError.code === "FST_ERR_MAX_PARAM_LENGTH") return invalidField("path", "has a part longer than 100 characters, which names nothing here");
  const status = typeof fastifyError.statusCode === "number" ? fastifyError.statusCode : 500;
  if (status === 413) return new AppError("payload_too_large", "The request is too large.");
  if (status === 404) return new AppError("not_found", "Not found.");
  if (status === 429) return new AppError("rate_limited", "Too many requests. Wait a moment and try again.");
  // Bad input names its field (ADR 0007): when the body as a whole cannot be read, the field is the body.
  if (status === 415) return new AppError("validation_failed", "Send the body as JSON (Content-Type: application/json).", { issues: [{ path: "body", message: "must be JSON (Content-Type: application/json)" }] });
  if (fastifyError.code === "FST_ERR_CTP_INVALID_JSON_BODY" || (error instanceof SyntaxError && status === 400)) {
    return new AppError("validation_failed", "The request body is not valid JSON.", { issues: [{ path: "body", message: "is not valid JSON" }] });
  }
  if (status >= 400 && status < 500) return new AppError("validation_failed", "The request is not valid.");
  return null;
}

/** Answers, in the one shape, what Fastify refuses before any route runs (its `frameworkErrors`: a broken URL). */
export function sendFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const appError = toAppError(error) ?? INTERNAL_ERROR;
  request.errorCode = appError.code;
  void reply.code(HTTP_STATUS[appError.code]).type("application/json; charset=utf-8").send(JSON.stringify(errorBody(appError)));
}

export const INTERNAL_ERROR = new AppError("internal_error", "Something went wrong on the server. Please try again; if it keeps happening, tell the clinic's administrator.");
