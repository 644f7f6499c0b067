/**
 * Every entry of the authorization matrix, one per route name of `apiRoutes`. A route added
 * without an entry here fails the matrix (authorization-matrix.test.ts), and so does an entry
 * left behind by a route's removal or renaming.
 */
import { accountEntries } from "./entries-account.ts";
import { adminEntries } from "./entries-admin.ts";
import { clinicEntries } from "./entries-clinic.ts";
import { clinicalEntries } from "./entries-clinical.ts";
import { notificationEntries } from "./entries-notifications.ts";
import { progressEntries } from "./entries-progress.ts";
import { reviewEntries } from "./entries-review.ts";
import { schedulingEntries } from "./entries-scheduling.ts";
import { securityEntries } from "./entries-security.ts";
import { sessionEntries } from "./entries-sessions.ts";
import { sideEffectEntries } from "./entries-side-effects.ts";
import type { MatrixEntries } from "./entry.ts";
import { questionnaireEntries } from "./entries-questionnaires.ts";
import { reminderEntries } from "./entries-reminders.ts";
import { smsOutboxEntries } from "./entries-sms-outbox.ts";
import { documentEntries } from "./entries-documents.ts";
import { csvEntries } from "./entries-csv.ts";

/** Each group's entries, kept apart so a name given twice is caught rather than silently replaced. */
export const entryGroups: readonly MatrixEntries[] = [accountEntries, securityEntries, clinicEntries, adminEntries, clinicalEntries, sessionEntries, schedulingEntries, progressEntries, questionnaireEntries, sideEffectEntries, reviewEntries, notificationEntries, reminderEntries, smsOutboxEntries, documentEntries, csvEntries];

export const matrixEntries: MatrixEntries = Object.assign({}, ...entryGroups) as MatrixEntries;
