/**
 * What the offline outbox holds: one saved diary revision and how far it got (ADR 0006: each
 * save is a new revision with a client-generated id, re-sent safely until acknowledged).
 */
import type { z } from "zod";
import type { diaryRevisionBodySchema } from "#contracts/api/diary.ts";
import type { FieldIssue } from "#contracts/api/errors.ts";

/** The revision as checked against the contract on saving; sent with its patient's id. */
export type DiaryRevisionPayload = z.output<typeof diaryRevisionBodySchema>;

/**
 * - `pending`: saved on this phone, not sent yet (or a send failed for a passing reason);
 * - `sent`: the server acknowledged it;
 * - `needs-attention`: the person must act (sign in again, or change a refused answer).
 */
export type OutboxState = "pending" | "sent" | "needs-attention";

/**
 * - `retrying`: a passing failure (no network, a proxy's page, a server error); tried again later;
 * - `sign-in`: the session ended; sent again once the person has signed in;
 * - `other-account`: the browser is now signed in as someone else; held for this diary's owner;
 * - `refused`: the server will not take it as it is (its reason is kept).
 */
export type OutboxProblemKind = "retrying" | "sign-in" | "other-account" | "refused";

export interface OutboxProblem {
  readonly kind: OutboxProblemKind;
  readonly message: string;
  readonly issues: readonly FieldIssue[];
  /** When it happened (sign-in, other-account): held until a session confirmed after this. */
  readonly at?: string | undefined;
  /**
   * The server's error code of a refusal. Absent on refusals stored before codes were kept,
   * when passing failures were also stored as refusals: those are tried once more.
   */
  readonly code?: string | undefined;
}

/** What every outbox entry on the phone carries (diary days, side effects, questionnaires). */
export interface OutboxEntryBase {
  /** The record's id (UUIDv7), also the outbox key: the server is idempotent by it. */
  readonly id: string;
  /** Whose it is: sent along, so the server refuses another patient's session (`account_mismatch`). */
  readonly patientId: string;
  readonly state: OutboxState;
  /** Send attempts so far. */
  readonly attempts: number;
  readonly problem: OutboxProblem | null;
  readonly sentAt: string | null;
  /** Passing failures in a row (absent in entries stored before backoff existed). */
  readonly failures?: number | undefined;
  /** Not tried again before this instant, except when the person or the network asks (backoff). */
  readonly retryAt?: string | null | undefined;
}

/** One diary day's revision waiting on the phone. */
export interface OutboxEntry extends OutboxEntryBase {
  readonly date: string;
  readonly payload: DiaryRevisionPayload;
}

/** What one send attempt changes in an entry that was not acknowledged. */
export interface FailedAttempt {
  readonly state: OutboxState;
  readonly problem: OutboxProblem;
  readonly failures: number;
  readonly retryAt: string | null;
}
