/** The reminders screens' words (English: the source every other language follows). */
export const reminders = {};
