/**
 * Sessions with an idle and an absolute limit (issue 7, finding 5): each session keeps the
 * instant it must end by however busy it is, and how long it may sit unused. Rows from before
 * have neither and keep the old 30-day sliding rule until they end.
 */
import { sql, type Kysely } from "kysely";

const statements = [sql`ALTER TABLE sessions ADD COLUMN absolute_expires_at timestamptz`, sql`ALTER TABLE sessions ADD COLUMN idle_seconds integer`];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
