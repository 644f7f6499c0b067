import type { reminders as en } from "../en/reminders.ts";

/** Las palabras de las pantallas de reminders. */
export const reminders: typeof en = {};
