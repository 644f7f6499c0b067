/**
 * Two-factor sign-in (issue 7): an account's TOTP secret (set at enrolment, in use once a first
 * code confirmed it), the time step of the last code accepted (a code is never taken twice), its
 * recovery codes (sha256 only, each used once), and the pending second step of a sign-in (the
 * sha256 of a short-lived token given after a right password, before any session exists).
 *
 * A clinic may require it of its staff: on for clinics made from now on, off for the clinics that
 * exist already (their staff have not enrolled; an administrator turns it on when they have).
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`ALTER TABLE users ADD COLUMN totp_secret text`,
  sql`ALTER TABLE users ADD COLUMN totp_enabled_at timestamptz`,
  sql`ALTER TABLE users ADD COLUMN totp_last_step integer`,
  sql`ALTER TABLE users ADD CONSTRAINT users_totp_enabled_has_secret CHECK (totp_enabled_at IS NULL OR totp_secret IS NOT NULL)`,
  sql`CREATE TABLE recovery_codes (
    user_id uuid NOT NULL REFERENCES users (id),
    code_hash text NOT NULL,
    created_at timestamptz NOT NULL,
    used_at timestamptz,
    PRIMARY KEY (user_id, code_hash)
  )`,
  sql`CREATE TABLE two_factor_challenges (
    id text PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    failed_attempts integer NOT NULL DEFAULT 0
  )`,
  sql`CREATE INDEX two_factor_challenges_by_user ON two_factor_challenges (user_id)`,
  // Existing clinics get false (the column's first default); clinics made later get true.
  sql`ALTER TABLE clinics ADD COLUMN two_factor_required_for_staff boolean NOT NULL DEFAULT false`,
  sql`ALTER TABLE clinics ALTER COLUMN two_factor_required_for_staff SET DEFAULT true`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
