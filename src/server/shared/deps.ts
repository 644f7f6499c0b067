/**
 * What every use case receives explicitly: the database, the clock, a logger, and what to do
 * after a write to a patient's record (refresh the projections that read it, ADR 0015), so a
 * feature need not import the features that read its records.
 */
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Executor } from "./executor.ts";

/** The logger subset services use (pino's and Fastify's loggers fit). Never pass health data or names. */
export interface Log {
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
}

export interface ServiceDeps {
  readonly db: Kysely<Database>;
  readonly clock: () => Date;
  readonly log: Log;
  /** Call inside the transaction of every write to a patient's record (diary, history, sessions, visits...). */
  readonly recordChanged: (tx: Executor, target: { readonly clinicId: string; readonly patientId: string }, now: Date) => Promise<void>;
}

/** A logger that drops everything (tests, one-shot commands). */
export const silentLog: Log = { info() {}, warn() {}, error() {} };
