/**
 * Where a reminder goes (issue 9 §6): web push to each device where the patient allowed it, and
 * email only when no device takes it ("web push where the browser allows, the outbox otherwise"),
 * so one reminder is one nudge. The in-app list always keeps it.
 */
import type { ReminderSettings } from "./reminder-settings.ts";

export interface ReminderRoute {
  readonly push: boolean;
  readonly email: boolean;
}

/**
 * The channels of one reminder: push when allowed and a device is there, else email when allowed
 * and the patient has an address the clinic may write to.
 * @example reminderRoute({ push: true, email: true }, { devices: 1, emailAddress: true }) // { push: true, email: false }
 * @example reminderRoute({ push: true, email: true }, { devices: 0, emailAddress: true }) // { push: false, email: true }
 */
export function reminderRoute(settings: Pick<ReminderSettings, "push" | "email">, reach: { readonly devices: number; readonly emailAddress: boolean }): ReminderRoute {
  const push = settings.push && reach.devices > 0;
  return { push, email: !push && settings.email && reach.emailAddress };
}
