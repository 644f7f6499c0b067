/**
 * What a failed delivery leaves behind (ADR 0018): a short code, never the error's message (an SMTP
 * server's answer may quote the address, a push service's the endpoint), whether trying again can
 * help, and when to try again. A channel that is down is retried with a growing delay for about
 * 18 hours; a refusal that will not change (the address does not exist, the device unsubscribed)
 * gives the row up at once.
 */

/** A transport's own failure, already classified. */
export class DeliveryError extends Error {
  override readonly name = "DeliveryError";
  readonly code: string;
  readonly permanent: boolean;
  constructor(code: string, permanent: boolean) {
    super(code);
    this.code = code;
    this.permanent = permanent;
  }
}

export interface DeliveryFailure {
  readonly code: string;
  readonly permanent: boolean;
}

/** Attempts before a row is given up: 30 s doubling to an hour, then hourly, about 18 hours in all. */
export const MAX_DELIVERY_ATTEMPTS = 24;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/**
 * How long to wait after the `attempts`-th attempt failed.
 * @example retryDelayMs(1) // 30_000
 * @example retryDelayMs(3) // 120_000
 * @example retryDelayMs(12) // 3_600_000
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

/**
 * A code safe to keep and show: letters, digits and dashes, 40 at most.
 * @example safeCode("smtp-ECONNECTION") // "smtp-ECONNECTION"
 * @example safeCode("x y/z") // "x-y-z"
 */
export function safeCode(text: string): string {
  return text.replace(/[^A-Za-z0-9-]+/g, "-").slice(0, 40) || "unknown";
}

/**
 * Classifies an SMTP error (nodemailer): a 5xx answer is a refusal that will not change (no such
 * mailbox); a 4xx answer, a refused connection or a timeout passes.
 * @example smtpFailure(Object.assign(new Error("550 No such user"), { responseCode: 550 })) // DeliveryError { code: "smtp-550", permanent: true }
 * @example smtpFailure(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNECTION" })) // DeliveryError { code: "smtp-ECONNECTION", permanent: false }
 */
export function smtpFailure(error: unknown): DeliveryError {
  if (typeof error === "object" && error !== null) {
    const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
    if (typeof responseCode === "number") return new DeliveryError(`smtp-${responseCode}`, responseCode >= 500 && responseCode < 600);
    if (typeof code === "string") return new DeliveryError(safeCode(`smtp-${code}`), false);
  }
  return new DeliveryError("smtp-failed", false);
}

/**
 * The failure a row keeps: a transport's classified error as it is; anything else is retried,
 * named by its class only.
 * @example failureOf(new DeliveryError("push-410", true)) // { code: "push-410", permanent: true }
 * @example failureOf(new TypeError("fetch failed")) // { code: "TypeError", permanent: false }
 */
export function failureOf(error: unknown): DeliveryFailure {
  if (error instanceof DeliveryError) return { code: safeCode(error.code), permanent: error.permanent };
  return { code: safeCode(error instanceof Error ? error.name : "unknown"), permanent: false };
}
