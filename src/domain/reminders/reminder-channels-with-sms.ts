/**
 * Where a reminder goes when the patient may also be reached by text message (issue 9 §6: "web
 * push where the browser allows, and the notification outbox (e-mail; an SMS gateway can drain it)
 * otherwise"). Push first, as reminderRoute says; when no device takes it, a text message to the
 * patient's mobile instead of email, since a number given for reminders is the patient asking for
 * them that way; email only when neither. One reminder is still one nudge (ADR 0022).
 */
import { reminderRoute } from "./reminder-channels.ts";
import type { ReminderSettings } from "./reminder-settings.ts";

export interface ReminderChannels {
  readonly push: boolean;
  readonly sms: boolean;
  readonly email: boolean;
}

export interface ReminderReach {
  /** Devices where the patient allowed web push. */
  readonly devices: number;
  /** An email address the clinic may write to. */
  readonly emailAddress: boolean;
  /** A mobile number saved for text messages, and a server with an SMS gateway to send them. */
  readonly textMessages: boolean;
}

/**
 * The channels of one reminder: push when allowed and a device is there; else a text message
 * when chosen and possible; else email when allowed and possible.
 * @example reminderChannels({ push: true, email: true, sms: true }, { devices: 1, emailAddress: true, textMessages: true }) // { push: true, sms: false, email: false }
 * @example reminderChannels({ push: true, email: true, sms: true }, { devices: 0, emailAddress: true, textMessages: true }) // { push: false, sms: true, email: false }
 * @example reminderChannels({ push: true, email: true, sms: true }, { devices: 0, emailAddress: true, textMessages: false }) // { push: false, sms: false, email: true }
 */
export function reminderChannels(settings: Pick<ReminderSettings, "push" | "email"> & { readonly sms: boolean }, reach: ReminderReach): ReminderChannels {
  const base = reminderRoute(settings, reach);
  const sms = !base.push && settings.sms && reach.textMessages;
  return { push: base.push, sms, email: base.email && !sms };
}
