/** Patient reminders (issue 9 §6): settings, quiet hours, which reminders are due, their channels. */
export * from "./quiet-hours.ts";
export * from "./reminder-channels.ts";
export * from "./reminder-channels-with-sms.ts";
export * from "./reminder-settings.ts";
export * from "./reminders-due.ts";
