/**
 * Every API endpoint, once: method, path, inputs and response. Each resource's contract file
 * lists its own endpoints (route-contract.ts gives their shape); this gathers them. The server
 * registers its handlers against these entries and the web client calls through them, so the two
 * cannot drift; the OpenAPI document is generated from the same schemas.
 */
import { assessmentRoutes } from "./assessment.ts";
import { auditRoutes } from "./audit.ts";
import { authRoutes } from "./auth.ts";
import { careRoutes } from "./care.ts";
import { clinicalHistoryRoutes } from "./clinical-history.ts";
import { clinicSettingsRoutes } from "./clinic-settings.ts";
import { csvExchangeRoutes } from "./csv-exchange.ts";
import { diaryRoutes } from "./diary.ts";
import { invitationRoutes } from "./invitations.ts";
import { notificationRoutes } from "./notifications.ts";
import { patientRecordRoutes } from "./patient-record.ts";
import { patientRoutes } from "./patients.ts";
import { questionnaireRoutes } from "./questionnaires.ts";
import { reminderRoutes } from "./reminders.ts";
import { progressRoutes } from "./progress.ts";
import { responseReviewRoutes } from "./response-review.ts";
import type { RouteContract } from "./route-contract.ts";
import { schedulingRoutes } from "./scheduling.ts";
import { sessionRoutes } from "./sessions.ts";
import { setupRoutes } from "./setup.ts";
import { sideEffectRoutes } from "./side-effects.ts";
import { smsOutboxRoutes } from "./sms-outbox.ts";
import { selfKeptDiaryRoutes } from "./self-kept-diary.ts";
import { documentRoutes } from "./documents.ts";
import { clinicReportRoutes } from "./clinic-reports.ts";
import { stockRoutes } from "./stock.ts";
import { worklistRoutes } from "./worklist.ts";
import { staffRoutes } from "./staff.ts";

export const apiRoutes = {
  ...setupRoutes,
  ...authRoutes,
  ...staffRoutes,
  ...patientRoutes,
  ...invitationRoutes,
  ...diaryRoutes,
  ...clinicSettingsRoutes,
  ...assessmentRoutes,
  ...clinicalHistoryRoutes,
  ...sessionRoutes,
  ...stockRoutes,
  ...worklistRoutes,
  ...schedulingRoutes,
  ...patientRecordRoutes,
  ...careRoutes,
  ...progressRoutes,
  ...responseReviewRoutes,
  ...auditRoutes,
  ...notificationRoutes,
  ...questionnaireRoutes,
  ...sideEffectRoutes,
  ...selfKeptDiaryRoutes,
  ...documentRoutes,
  ...clinicReportRoutes,
  ...reminderRoutes,
  ...smsOutboxRoutes,
  ...csvExchangeRoutes,
} as const satisfies Record<string, RouteContract>;

export type ApiRoutes = typeof apiRoutes;
export type RouteName = keyof ApiRoutes;
