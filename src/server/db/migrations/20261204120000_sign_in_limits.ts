/**
 * The sign-in limit made atomic and per account (issue 7, findings 1-2):
 * - each attempt is recorded, under its own id, before its password is checked, so parallel
 *   guesses count each other (login_failures.attempt_id lets a refused attempt take back its rows);
 * - the addresses an account signed in from before (hashed), which the account's growing delay
 *   does not slow, so a stranger's guesses cannot keep the owner out;
 * - each account's failed sign-ins since its last sign-in, reported to the holder at the next one.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`ALTER TABLE login_failures ADD COLUMN attempt_id text`,
  sql`CREATE INDEX login_failures_by_attempt ON login_failures (attempt_id)`,
  sql`CREATE TABLE sign_in_known_addresses (
    key_hash text PRIMARY KEY,
    last_at timestamptz NOT NULL
  )`,
  sql`ALTER TABLE users ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0`,
  sql`ALTER TABLE users ADD COLUMN last_failed_sign_in_at timestamptz`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
