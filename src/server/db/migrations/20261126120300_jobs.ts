/**
 * The job queue lives in the database so any app server can run it (architecture.md): workers
 * claim a due job with FOR UPDATE SKIP LOCKED, which PGlite and PostgreSQL both support.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`CREATE TABLE jobs (
    id uuid PRIMARY KEY,
    queue text NOT NULL,
    payload jsonb NOT NULL,
    run_at timestamptz NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    locked_at timestamptz,
    locked_by text,
    done_at timestamptz,
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  sql`CREATE INDEX jobs_due ON jobs (queue, run_at) WHERE done_at IS NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
