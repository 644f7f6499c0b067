/**
 * Wrong passwords given on an invitation link are counted on it: after a few the link is spent,
 * so one link cannot be used to try many emails' passwords (issue 7, finding 8).
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE invitations ADD COLUMN failed_attempts integer NOT NULL DEFAULT 0`.execute(db);
}
