/**
 * An administrator deactivates a member of staff (the membership stays, for the records they
 * signed, and can be reactivated) and revokes an invitation link (it stops working at once; the
 * row stays, so staff can still tell why a link fails).
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`ALTER TABLE memberships ADD COLUMN deactivated_at timestamptz`,
  sql`ALTER TABLE invitations ADD COLUMN revoked_at timestamptz`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
