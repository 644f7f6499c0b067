/**
 * Text messages sent only while they still make sense (review of ADR 0022, finding 1): an sms row
 * may carry `send_by`, the last instant its words are still true (a daily diary reminder: the end
 * of the patient's local day it was for; a visit reminder: an hour before the visit; a
 * questionnaire reminder: 12 hours after it was due). The gateway's claim hands out a row only
 * before it, and housekeeping gives up the rows past it. Null keeps the outbox's own limit (a day
 * after the row was queued).
 */
import { sql, type Kysely } from "kysely";

const statements = [sql`ALTER TABLE notifications ADD COLUMN send_by timestamptz`];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
