/**
 * The one error shape of the API (ADR 0007): `{ "error": { "code", "message", "details" } }`.
 * Codes are stable snake_case; `src/server/http/errors.ts` maps each to an HTTP status.
 */
import { z } from "zod";

export const ERROR_CODES = [
  "validation_failed", // 400: a field is missing or wrong; details name it
  "unauthenticated", // 401: no valid session
  "invalid_credentials", // 401: email or password wrong
  "forbidden", // 403: signed in, but not allowed
  "two_factor_required", // 403: the clinic asks its staff for two-factor sign-in, and this account has not set it up
  "not_found", // 404: no such thing, or not yours to see
  "conflict", // 409: already exists / state does not allow it
  "already_initialized", // 409: setup already done
  "account_mismatch", // 409: the session belongs to another person than the one the app wrote for
  "not_signable", // 409: an injection session with an error, or a warning without a reason; details.problems
  "stale_version", // 409: the draft changed since the version sent (details.current holds it), or a record since the revision sent (details.currentRevision)
  "slot_taken", // 409: the injector's slot is booked
  "invitation_invalid", // 410: used, expired or unknown invitation
  "link_invalid", // 410: a used, expired or unknown password reset link
  "payload_too_large", // 413
  "rate_limited", // 429
  "internal_error", // 500: a bug; the message says nothing of the data
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const fieldIssueSchema = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.object({ issues: z.array(fieldIssueSchema).optional() }).catchall(z.unknown()).nullable(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
