/**
 * Text-message reminders (issue 9 §6, ADR 0022). The outbox takes a fourth channel, `sms`: a row
 * holds the mobile number (recipient) and the whole text (body), and waits for the clinic's SMS
 * gateway to claim it (POST /api/sms-outbox/claim) rather than for a delivery job; the partial
 * index finds the waiting ones. A patient's reminder settings keep whether they want text
 * messages and the number (E.164), never one without the other.
 */
import { sql, type Kysely } from "kysely";

const E164 = "'^\\+[1-9][0-9]{6,14}$'";

const statements = [
  // Widening the known channels: the old check goes, the same check with `sms` replaces it.
  sql`ALTER TABLE notifications DROP CONSTRAINT notifications_channel_known`,
  sql`ALTER TABLE notifications ADD CONSTRAINT notifications_channel_known CHECK (channel IN ('email', 'in-app', 'web-push', 'sms'))`,
  sql`CREATE INDEX notifications_sms_waiting ON notifications (next_attempt_at, id) WHERE channel = 'sms' AND sent_at IS NULL AND failed_at IS NULL`,
  sql`ALTER TABLE reminder_settings ADD COLUMN sms boolean NOT NULL DEFAULT false`,
  sql`ALTER TABLE reminder_settings ADD COLUMN sms_number text CHECK (sms_number ~ ${sql.raw(E164)})`,
  sql`ALTER TABLE reminder_settings ADD CONSTRAINT reminder_settings_sms_needs_number CHECK (NOT sms OR sms_number IS NOT NULL)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
