/**
 * Matrix entries of the patient's reminder settings (issue 9 §6): the patient's own routes
 * (`/api/me/reminders`), the patient taken from the session, so each patient reaches only theirs.
 */
import type { MatrixEntries } from "./entry.ts";

export const reminderEntries: MatrixEntries = {
  myReminders: { call: () => ({}), answerPatient: (answer) => (answer as { patientId: string }).patientId },
  saveMyReminders: {
    call: () => ({ body: { diary: true, diaryTime: "19:30", visits: true, questionnaires: false, quietHours: { start: "22:00", end: "07:00" }, push: true, email: false, language: "en" } }),
    answerPatient: (answer) => (answer as { patientId: string }).patientId,
  },
};
