/**
 * A failed call in the patient's language (issue 9 §7): the server writes its messages in English
 * (ADR 0007), so for another language each code a patient can meet is mapped to a sentence of the
 * `common` catalogue; a code not mapped keeps the server's own message. Pure: the caller gives
 * `t` fixed to the reader's language (api-error.ts `describeError`, the sign-in forms).
 */
import type { TFunction } from "i18next";
import type { ClientErrorCode, WordableError } from "./client-error-code.ts";

type ErrorKey = "network" | "unexpected" | "rateLimited" | "signIn" | "accountMismatch" | "forbidden" | "notFound" | "conflict" | "tooLarge" | "internal" | "invalid";

/** The codes a patient's screens can meet; staff-only codes (slot_taken, not_signable…) keep the server's words. */
const KEY_OF_CODE: Readonly<Partial<Record<ClientErrorCode, ErrorKey>>> = {
  network_unreachable: "network",
  unexpected_response: "unexpected",
  rate_limited: "rateLimited",
  unauthenticated: "signIn",
  account_mismatch: "accountMismatch",
  forbidden: "forbidden",
  not_found: "notFound",
  conflict: "conflict",
  payload_too_large: "tooLarge",
  internal_error: "internal",
  validation_failed: "invalid",
};

/** The server's refusal of a diary day older than the clinic's late-entry window (server/features/diary/diary.ts). */
const TOO_FAR_BACK = /^is too far back\b.*?\bup to (\d+) days\b/;

/**
 * The sentence to show for `error` in `t`'s language.
 * @example errorSentence(new ApiError("rate_limited", "Too many…", 429), fixedT("es", "common")) // "Demasiados intentos en poco tiempo. …"
 * @example errorSentence(new ApiError("slot_taken", "The slot is booked.", 409), fixedT("es", "common")) // "The slot is booked."
 */
export function errorSentence(error: WordableError, t: TFunction<"common">): string {
  const days = error.code === "validation_failed" ? error.issues.map((issue) => TOO_FAR_BACK.exec(issue.message)?.[1]).find((found) => found !== undefined) : undefined;
  if (days !== undefined) return t("errors.tooFarBack", { days });
  const key = KEY_OF_CODE[error.code];
  return key === undefined ? error.message : t(`errors.${key}`);
}
