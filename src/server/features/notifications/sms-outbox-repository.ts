/**
 * The outbox's sms rows as the SMS gateway drains them (ADR 0022). A claim picks the waiting rows
 * that are due and not held by a live lease, oldest first, with FOR UPDATE SKIP LOCKED: two
 * gateway workers claiming at once lock different rows, and a row one has locked is skipped, not
 * waited for; once its claim commits, the row's lease keeps it from the next claims until the lease
 * runs out (an unacknowledged claim is handed out again). `claimed_by` holds the claim's token: the
 * claim whose reports count. It stays on a row sent or given up, so that claim's repeated report is
 * recognised, and is cleared when a failure releases the row for a retry (that claim is over).
 */
import { sql } from "kysely";
import { DEFAULT_REMINDER_SETTINGS } from "#domain/reminders/reminder-settings.ts";
import type { RecipientHours } from "#domain/reminders/text-message-timeliness.ts";
import type { NotificationRow } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

/** A waiting sms row picked (and locked) for a claim. */
export interface PickedSms {
  readonly id: string;
  readonly to: string;
  readonly text: string;
  readonly createdAtMs: number;
  readonly sendByMs: number | null;
  readonly userId: string | null;
  readonly clinicId: string | null;
}

/** Locks up to `limit` due sms rows not held by a live lease, oldest first, skipping rows another claim holds. */
export async function pickWaitingSms(tx: Executor, pick: { now: string; leaseStartedBefore: string; limit: number }): Promise<PickedSms[]> {
  const result = await sql<{ id: string; recipient: string; body: string; created_at: string; send_by: string | null; user_id: string | null; for_clinic_id: string | null }>`
    SELECT id, recipient, body, created_at, send_by, user_id, for_clinic_id FROM notifications
    WHERE channel = 'sms' AND sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ${pick.now}
      AND (claimed_at IS NULL OR claimed_at < ${pick.leaseStartedBefore})
    ORDER BY next_attempt_at, id
    LIMIT ${pick.limit}
    FOR UPDATE SKIP LOCKED`.execute(tx);
  return result.rows.map((row) => ({
    id: row.id,
    to: row.recipient,
    text: row.body,
    createdAtMs: new Date(row.created_at).getTime(),
    sendByMs: row.send_by === null ? null : new Date(row.send_by).getTime(),
    userId: row.user_id,
    clinicId: row.for_clinic_id,
  }));
}

/**
 * The zone and quiet hours, as they are now, of the patients the picked rows are for, by user id
 * (a patient with no settings row has the default quiet hours). Rows for no patient are absent.
 */
export async function recipientHoursOf(db: Executor, rows: readonly PickedSms[]): Promise<Map<string, RecipientHours>> {
  const userIds = [...new Set(rows.flatMap((row) => (row.userId === null ? [] : [row.userId])))];
  if (userIds.length === 0) return new Map();
  const found = await db
    .selectFrom("patients")
    .leftJoin("reminder_settings", (join) => join.onRef("reminder_settings.clinic_id", "=", "patients.clinic_id").onRef("reminder_settings.patient_id", "=", "patients.id"))
    .select(["patients.user_id", "patients.clinic_id", "patients.time_zone", "reminder_settings.patient_id as settings_of", "reminder_settings.quiet_start", "reminder_settings.quiet_end"])
    .where("patients.user_id", "in", userIds)
    .execute();
  const hours = new Map<string, RecipientHours>();
  for (const row of found) {
    if (row.user_id === null) continue;
    const quietHours = row.settings_of === null ? DEFAULT_REMINDER_SETTINGS.quietHours : row.quiet_start === null || row.quiet_end === null ? null : { start: row.quiet_start, end: row.quiet_end };
    hours.set(`${row.clinic_id}/${row.user_id}`, { timeZone: row.time_zone, quietHours });
  }
  return hours;
}

/** The key `recipientHoursOf` files a row's patient under. */
export const recipientKey = (row: Pick<PickedSms, "clinicId" | "userId">): string => `${row.clinicId}/${row.userId}`;

/** Hands the rows to a claim: leased from `now`, held by the claim's token, an attempt counted. */
export async function handOutSms(tx: Executor, ids: readonly string[], claim: { token: string; now: string }): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .updateTable("notifications")
    .set((eb) => ({ claimed_at: claim.now, claimed_by: claim.token, attempts: eb("attempts", "+", 1) }))
    .where("id", "in", ids)
    .execute();
}

/** Lets a row wait (quiet hours) until `until`, counting no attempt. */
export async function postponeSms(tx: Executor, id: string, until: string): Promise<void> {
  await tx.updateTable("notifications").set({ next_attempt_at: until }).where("id", "=", id).execute();
}

const GIVEN_UP = { recipient: "", subject: "", body: "", next_attempt_at: null, claimed_at: null } as const;

/** Gives up waiting sms rows with `code`: emptied (number and text gone), kept for the counts; the last claim's token stays. */
export async function giveUpSms(tx: Executor, ids: readonly string[], failure: { code: string; at: string }): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .updateTable("notifications")
    .set({ ...GIVEN_UP, failed_at: failure.at, last_error: failure.code })
    .where("id", "in", ids)
    .where("sent_at", "is", null)
    .where("failed_at", "is", null)
    .execute();
}

/**
 * Gives up (`sms-expired`) the sms rows still waiting past their last sensible instant (`send_by`),
 * or queued before `queuedBefore` when they have none, except those a live lease holds (a gateway
 * may be sending one right now; its report decides). Emptied, kept for the administrators' counts.
 */
export async function expireStaleSms(db: Executor, cut: { now: string; queuedBefore: string; leaseStartedBefore: string }): Promise<number> {
  const result = await db
    .updateTable("notifications")
    .set({ ...GIVEN_UP, failed_at: cut.now, last_error: "sms-expired" })
    .where("channel", "=", "sms")
    .where("sent_at", "is", null)
    .where("failed_at", "is", null)
    .where((eb) => eb.or([eb("send_by", "<=", cut.now), eb("created_at", "<", cut.queuedBefore)]))
    .where((eb) => eb.or([eb("claimed_at", "is", null), eb("claimed_at", "<", cut.leaseStartedBefore)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** An sms row, locked for the caller's transaction; undefined when no sms row has this id. */
export async function lockSms(tx: Executor, id: string): Promise<NotificationRow | undefined> {
  return tx.selectFrom("notifications").selectAll().where("id", "=", id).where("channel", "=", "sms").forUpdate().executeTakeFirst();
}

/** Marks an sms row sent: emptied like any sent row, its claim's token kept. */
export async function markSmsSent(tx: Executor, id: string, at: string): Promise<void> {
  await tx.updateTable("notifications").set({ sent_at: at, recipient: "", subject: "", body: "", next_attempt_at: null, claimed_at: null }).where("id", "=", id).where("sent_at", "is", null).execute();
}

/** Sets a failed sms row to be tried again at `nextAttemptAt`, its claim over and its code kept. */
export async function releaseSmsForRetry(tx: Executor, id: string, failure: { code: string; nextAttemptAt: string }): Promise<void> {
  await tx.updateTable("notifications").set({ next_attempt_at: failure.nextAttemptAt, last_error: failure.code, claimed_at: null, claimed_by: null }).where("id", "=", id).execute();
}
