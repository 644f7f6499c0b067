/**
 * What the offline outbox holds: one saved diary revision and how far it got (ADR 0006: each
 * save is a new revision with a client-generated id, re-sent safely until acknowledged).
 */
import type { z } from "zod";
import type { diaryRevisionBodySchema } from "#contracts/api/diary.ts";
import type { FieldIssue } from "#contracts/api/errors.ts";

/** The revision exactly as sent to POST /api/me/diary (already checked against the contract). */
export type DiaryRevisionPayload = z.output<typeof diaryRevisionBodySchema>;

/**
 * - `pending`: saved on this phone, not sent yet (or a send failed for a passing reason);
 * - `sent`: the server acknowledged it;
 * - `needs-attention`: the person must act (sign in again, or change a refused answer).
 */
export type OutboxState = "pending" | "sent" | "needs-attention";

export interface OutboxProblem {
  /** `sign-in`: the session ended; `refused`: the server will not take it as it is; `retrying`: a passing failure. */
  readonly kind: "sign-in" | "refused" | "retrying";
  readonly message: string;
  readonly issues: readonly FieldIssue[];
}

export interface OutboxEntry {
  /** The revision id (UUIDv7), also the outbox key. */
  readonly id: string;
  readonly patientId: string;
  readonly date: string;
  readonly payload: DiaryRevisionPayload;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly problem: OutboxProblem | null;
  readonly sentAt: string | null;
}
