/**
 * The outbox's channels (issue 8, ADR 0018): one `notifications` row per recipient and channel
 * (in-app, email, web push), with the recipient's account, the clinic it is about (when one), the
 * app path it points to, and its delivery state (next attempt, the claim of the worker sending it,
 * the last error's code, sent, failed, read). Web push subscriptions (one per device a person
 * allowed) and the server's VAPID key pair (one, global, made on first use) get their own tables.
 *
 * The clinic column is `for_clinic_id`, not `clinic_id`: the outbox stays a global table (a
 * password reset belongs to no clinic; clinic-keys.int.test.ts), and the column only tags the
 * clinic for the administrators' view and the in-app list.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  sql`ALTER TABLE notifications DROP CONSTRAINT notifications_channel_check`,
  sql`ALTER TABLE notifications ADD CONSTRAINT notifications_channel_known CHECK (channel IN ('email', 'in-app', 'web-push'))`,
  sql`ALTER TABLE notifications ADD COLUMN user_id uuid REFERENCES users (id)`,
  sql`ALTER TABLE notifications ADD COLUMN for_clinic_id uuid REFERENCES clinics (id)`,
  sql`ALTER TABLE notifications ADD COLUMN link text`,
  // No foreign key: a person may turn push off while a row for that device waits (it then fails as gone).
  sql`ALTER TABLE notifications ADD COLUMN subscription_id uuid`,
  sql`ALTER TABLE notifications ADD COLUMN next_attempt_at timestamptz`,
  sql`ALTER TABLE notifications ADD COLUMN claimed_at timestamptz`,
  sql`ALTER TABLE notifications ADD COLUMN claimed_by text`,
  sql`ALTER TABLE notifications ADD COLUMN last_error text`,
  sql`ALTER TABLE notifications ADD COLUMN failed_at timestamptz`,
  sql`ALTER TABLE notifications ADD COLUMN read_at timestamptz`,
  // Messages queued before this migration are due now (their delivery jobs are already queued).
  sql`UPDATE notifications SET next_attempt_at = created_at WHERE sent_at IS NULL`,
  sql`CREATE INDEX notifications_inbox ON notifications (user_id, created_at) WHERE channel = 'in-app'`,
  sql`CREATE INDEX notifications_by_clinic ON notifications (for_clinic_id, created_at)`,
  sql`CREATE TABLE push_subscriptions (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id),
    endpoint text NOT NULL UNIQUE,
    p256dh text NOT NULL,
    auth text NOT NULL,
    label text NOT NULL,
    created_at timestamptz NOT NULL,
    last_success_at timestamptz,
    last_failure_at timestamptz,
    last_error text
  )`,
  sql`CREATE INDEX push_subscriptions_by_user ON push_subscriptions (user_id)`,
  sql`CREATE TABLE web_push_keys (
    id smallint PRIMARY KEY CHECK (id = 1),
    public_key text NOT NULL,
    private_key text NOT NULL,
    created_at timestamptz NOT NULL
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
