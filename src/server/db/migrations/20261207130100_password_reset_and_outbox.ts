/**
 * Password reset links (the sha256 of the token only, single-use, expiring) and the notification
 * outbox: one row per message to deliver, by channel (email now; web push later), sent by a job
 * on the database queue. A message holds a link, never health data, and its subject and body are
 * emptied once it is delivered (a reset link must not outlive its delivery in the database).
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`CREATE TABLE password_reset_tokens (
    token_hash text PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at timestamptz
  )`,
  sql`CREATE INDEX password_reset_tokens_by_user ON password_reset_tokens (user_id)`,
  sql`CREATE TABLE notifications (
    id uuid PRIMARY KEY,
    channel text NOT NULL CHECK (channel IN ('email')),
    kind text NOT NULL,
    recipient text NOT NULL,
    subject text NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL,
    sent_at timestamptz,
    attempts integer NOT NULL DEFAULT 0
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
