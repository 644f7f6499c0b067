/**
 * The reminder job (issue 9 §6), a recurring singleton every few minutes (ADR 0012): for each
 * patient with an account, the domain says which reminders are due now (remindersDue: their
 * settings, zone, quiet hours, today's diary, their visits and questionnaires); each due one whose
 * key is new is recorded and fanned out into the notification outbox in one transaction: an
 * in-app row, and web push to each of their devices where allowed, or otherwise a text message
 * (when chosen, with a number, on a server with an SMS gateway: ADR 0022; with the last instant its
 * words are still true, text-message-timeliness.ts) or else email (one row per recipient and
 * channel, ADR 0018). A key already recorded is skipped, so two servers or a rerun
 * queue nothing twice. Logs counts only.
 */
import { DEFAULT_REMINDER_SETTINGS } from "#domain/reminders/reminder-settings.ts";
import { openDailySlots, remindersDue, type DueReminder, type QuestionnairesDueNow, type UpcomingVisit } from "#domain/reminders/reminders-due.ts";
import { reminderChannels } from "#domain/reminders/reminder-channels-with-sms.ts";
import { isQuietAt } from "#domain/reminders/quiet-hours.ts";
import { textMessageSendBy } from "#domain/reminders/text-message-timeliness.ts";
import { addDays, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { INSTRUMENTS } from "#domain/shared/record.ts";
import type { RecordContent } from "#contracts/records/kind-contents.ts";
import type { PatientRow } from "../../db/schema.ts";
import type { JobHandler } from "../../jobs/worker.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { currentRecords } from "../../shared/records/repository.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { queueNotification } from "../notifications/outbox.ts";
import { subscriptionsOfUsers } from "../notifications/push-subscriptions-repository.ts";
import { questionnaireState } from "../questionnaires/questionnaire-state.ts";
import { claimReminderKey, forgetOldReminderKeys, loggedDates, remindablePatients, type RemindablePatient } from "./repository.ts";
import { reminderWords } from "./reminder-words.ts";
import { smsText } from "./sms-words.ts";

/** What the job needs of the configuration: text messages go out only where an SMS gateway drains them. */
export interface ReminderJobOptions {
  /** SMS_GATEWAY_TOKEN is set. */
  readonly smsGateway?: boolean;
  /** PUBLIC_URL: a text message's link is whole with it. */
  readonly publicUrl?: string | null;
}

export const REMINDER_QUEUE = "patient-reminders";
/** Every five minutes: a reminder comes at most a few minutes after its time. */
export const REMINDER_EVERY_MS = 5 * 60 * 1000;
/** Keys are kept this long; by then none of their reminders can fall due again. */
export const REMINDER_KEYS_KEPT_MS = 60 * 24 * 60 * 60 * 1000;
const BATCH = 200;

/** The booked visits whose reminder may be due: starting in the next day (and a bit). */
async function visitsAhead(db: Executor, patient: PatientRow, now: Date): Promise<UpcomingVisit[]> {
  const rows = await currentRecords(db, { clinicId: patient.clinic_id, patientId: patient.id, kinds: ["appointment"], from: addDays(localDateAt(now, patient.time_zone), -1) });
  return rows
    .map((row) => ({ id: row.record_id, startsAtMs: Date.parse((row.content as RecordContent<"appointment">).startsAt) }))
    .filter((visit) => visit.startsAtMs > now.getTime() && visit.startsAtMs <= now.getTime() + 26 * 3600_000);
}

/** HIT-6 and MIDAS due now, with the visit they prepare for (a span before a visit over a baseline). */
async function questionnairesDueNow(db: Executor, patient: PatientRow, now: Date): Promise<QuestionnairesDueNow | null> {
  const open = (await questionnaireState(db, patient, now)).spans.filter((span) => span.doneOn === null);
  if (open.length === 0) return null;
  const instruments = INSTRUMENTS.filter((instrument) => open.some((span) => span.instrument === instrument));
  const visitDate = (open.find((span) => span.reason === "before-visit") ?? open[0])?.visitDate ?? null;
  return { instruments, visitDate };
}

/** A reminder due now, with the last instant its text message would still make sense (ADR 0022). */
interface DueNow extends DueReminder {
  readonly textSendByMs: number;
}

/** What is due for one patient now, reading only what their settings and the hour make relevant. */
async function dueFor(deps: ServiceDeps, candidate: RemindablePatient, now: Date): Promise<DueNow[]> {
  const { patient } = candidate;
  const settings = candidate.stored?.settings ?? DEFAULT_REMINDER_SETTINGS;
  if (!settings.diary && !settings.visits && !settings.questionnaires) return [];
  if (isQuietAt(now.getTime(), patient.time_zone, settings.quietHours)) return [];
  const slots = openDailySlots(settings, patient.time_zone, now.getTime());
  const [logged, visits, questionnaires] = await Promise.all([
    settings.diary && slots.length > 0 ? loggedDates(deps.db, patient, slots.map((slot) => slot.date)) : Promise.resolve([]),
    settings.visits ? visitsAhead(deps.db, patient, now) : Promise.resolve([]),
    settings.questionnaires && slots.length > 0 ? questionnairesDueNow(deps.db, patient, now) : Promise.resolve(null),
  ]);
  const due = remindersDue({
    patientId: patient.id,
    settings,
    timeZone: patient.time_zone,
    nowMs: now.getTime(),
    loggedDates: logged.map((date) => plainDate(date) as PlainDate),
    visits,
    questionnaires,
  });
  // A visit reminder's key names its visit and start (reminders-due.ts): its text stops before that start.
  const visitStartOf = (reminder: DueReminder) => visits.find((visit) => reminder.key === `visit:${patient.id}:${visit.id}:${visit.startsAtMs}`)?.startsAtMs ?? null;
  return due.map((reminder) => ({ ...reminder, textSendByMs: textMessageSendBy(reminder, patient.time_zone, reminder.kind === "visit" ? visitStartOf(reminder) : null) }));
}

/** Records the reminder's key and queues its rows, in one transaction; false when it was queued before. */
async function queueReminder(deps: ServiceDeps, candidate: RemindablePatient, reminder: DueNow, now: Date, options: ReminderJobOptions): Promise<boolean> {
  const { patient, stored } = candidate;
  const settings = stored?.settings ?? DEFAULT_REMINDER_SETTINGS;
  const language = stored?.language ?? "en";
  const words = reminderWords(reminder.kind, reminder.link, language);
  const smsNumber = options.smsGateway === true ? (stored?.smsNumber ?? null) : null;
  const userId = patient.user_id;
  if (userId === null) return false;
  return deps.db.transaction().execute(async (tx) => {
    const claimed = await claimReminderKey(tx, { clinicId: patient.clinic_id, patientId: patient.id, key: reminder.key, kind: reminder.kind, dueAt: new Date(reminder.dueAtMs).toISOString(), queuedAt: now.toISOString() });
    if (!claimed) return false;
    const devices = settings.push ? await subscriptionsOfUsers(tx, [userId]) : [];
    // The demo clinic's addresses are made up: never written to (ADR 0018).
    const route = reminderChannels({ ...settings, sms: stored?.sms ?? false }, { devices: devices.length, emailAddress: !candidate.isDemoClinic && candidate.email.trim() !== "", textMessages: !candidate.isDemoClinic && smsNumber !== null });
    const common = { kind: `reminder.${reminder.kind}`, subject: words.subject, body: words.body, link: reminder.link, clinicId: patient.clinic_id, userId };
    await queueNotification(tx, { ...common, channel: "in-app", recipient: "" }, now);
    if (route.push) for (const device of devices) await queueNotification(tx, { ...common, channel: "web-push", recipient: "", subscriptionId: device.id }, now);
    if (route.sms && smsNumber !== null) await queueNotification(tx, { ...common, channel: "sms", recipient: smsNumber, body: smsText(reminder.kind, reminder.link, language, options.publicUrl ?? null), sendBy: new Date(reminder.textSendByMs) }, now);
    if (route.email) await queueNotification(tx, { ...common, channel: "email", recipient: candidate.email }, now);
    return true;
  });
}

/** One pass over every patient with an account: queues what is due now; answers counts. */
export async function queueDueReminders(deps: ServiceDeps, now: Date, options: ReminderJobOptions = {}): Promise<{ patients: number; queued: number; failed: number }> {
  let after: { clinicId: string; patientId: string } | null = null;
  let patients = 0;
  let queued = 0;
  let failed = 0;
  for (;;) {
    const batch = await remindablePatients(deps.db, after, BATCH);
    for (const candidate of batch) {
      patients += 1;
      // One patient's failure (a database hiccup) must not hold back everyone else's reminders: the next run tries again.
      try {
        for (const reminder of await dueFor(deps, candidate, now)) if (await queueReminder(deps, candidate, reminder, now, options)) queued += 1;
      } catch {
        failed += 1;
      }
    }
    const last = batch[batch.length - 1];
    if (last === undefined || batch.length < BATCH) break;
    after = { clinicId: last.patient.clinic_id, patientId: last.patient.id };
  }
  await forgetOldReminderKeys(deps.db, new Date(now.getTime() - REMINDER_KEYS_KEPT_MS).toISOString());
  return { patients, queued, failed };
}

export function reminderJobHandler(deps: ServiceDeps, options: ReminderJobOptions = {}): JobHandler {
  return async () => {
    const result = await queueDueReminders(deps, deps.clock(), options);
    // Counts only: who was reminded of what is personal.
    if (result.failed > 0) deps.log.warn({ queue: REMINDER_QUEUE, ...result }, "reminders queued, some patients failed");
    else deps.log.info({ queue: REMINDER_QUEUE, ...result }, "reminders queued");
  };
}
