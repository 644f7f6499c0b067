/**
 * Singleton jobs (ADR 0012): a job enqueued as `singleton` may have at most one pending (not
 * done) row per queue, across every app server. The partial unique index makes "enqueue unless
 * one is pending" a single INSERT ... ON CONFLICT DO NOTHING, safe under concurrency without a
 * lock or a leader. Ordinary jobs (`singleton` false) are not limited.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  // A constant default: PostgreSQL 11+ adds the column without rewriting the table.
  sql`ALTER TABLE jobs ADD COLUMN singleton boolean NOT NULL DEFAULT false`,
  sql`CREATE UNIQUE INDEX jobs_one_pending_singleton ON jobs (queue) WHERE done_at IS NULL AND singleton`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
