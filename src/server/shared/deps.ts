/** What every use case receives explicitly: the database, the clock and a logger. */
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

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
}

/** A logger that drops everything (tests, one-shot commands). */
export const silentLog: Log = { info() {}, warn() {}, error() {} };
