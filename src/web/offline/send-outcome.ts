/**
 * What a failed send of a diary revision means for the outbox: keep trying later, ask the person
 * to sign in again, or show why the server refused it (architecture.md: every failure visible).
 */
import { describeError, type ApiError } from "#web/app/api-error.ts";
import type { OutboxProblem, OutboxState } from "./outbox-entry.ts";

export interface SendOutcome {
  readonly state: OutboxState;
  readonly problem: OutboxProblem;
  /** Whether the rest of the outbox should wait (the next send would fail the same way). */
  readonly stopSending: boolean;
}

/**
 * Classifies a failed send.
 * @example sendOutcome(new ApiError("network_unreachable", "…", 0)).state // "pending"
 * @example sendOutcome(new ApiError("unauthenticated", "…", 401)).problem.kind // "sign-in"
 */
export function sendOutcome(error: ApiError): SendOutcome {
  if (error.needsSignIn) {
    return { state: "needs-attention", problem: { kind: "sign-in", message: "Sign in again to send it.", issues: [] }, stopSending: true };
  }
  if (error.isTransient) {
    return { state: "pending", problem: { kind: "retrying", message: describeError(error), issues: [] }, stopSending: true };
  }
  return { state: "needs-attention", problem: { kind: "refused", message: error.message, issues: error.issues }, stopSending: false };
}
