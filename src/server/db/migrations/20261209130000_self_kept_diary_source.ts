/**
 * Diary days a person kept on their phone before joining the clinic and later added to their
 * record with consent (issue 9 §5) carry the source `self-kept`. The check is widened by adding
 * the new one before dropping the old, so no moment accepts an unknown source; the older servers'
 * values stay valid.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`ALTER TABLE diary_revisions ADD CONSTRAINT diary_revisions_source_known CHECK (source IN ('app', 'import', 'self-kept'))`,
  sql`ALTER TABLE diary_revisions DROP CONSTRAINT diary_revisions_source_check`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
