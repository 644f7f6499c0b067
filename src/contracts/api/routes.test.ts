/** `apiRoutes` gathers each resource's endpoints: none lost to a repeated name, no address served twice. */
import { describe, expect, it } from "vitest";
import { assessmentRoutes } from "./assessment.ts";
import { auditRoutes } from "./audit.ts";
import { authRoutes } from "./auth.ts";
import { careRoutes } from "./care.ts";
import { clinicalHistoryRoutes } from "./clinical-history.ts";
import { clinicSettingsRoutes } from "./clinic-settings.ts";
import { csvExchangeRoutes } from "./csv-exchange.ts";
import { diaryRoutes } from "./diary.ts";
import { documentRoutes } from "./documents.ts";
import { clinicReportRoutes } from "./clinic-reports.ts";
import { invitationRoutes } from "./invitations.ts";
import { notificationRoutes } from "./notifications.ts";
import { patientRecordRoutes } from "./patient-record.ts";
import { patientRoutes } from "./patients.ts";
import { progressRoutes } from "./progress.ts";
import { questionnaireRoutes } from "./questionnaires.ts";
import { reminderRoutes } from "./reminders.ts";
import { responseReviewRoutes } from "./response-review.ts";
import type { RouteContract } from "./route-contract.ts";
import { apiRoutes } from "./routes.ts";
import { schedulingRoutes } from "./scheduling.ts";
import { selfKeptDiaryRoutes } from "./self-kept-diary.ts";
import { sessionRoutes } from "./sessions.ts";
import { setupRoutes } from "./setup.ts";
import { sideEffectRoutes } from "./side-effects.ts";
import { smsOutboxRoutes } from "./sms-outbox.ts";
import { staffRoutes } from "./staff.ts";
import { stockRoutes } from "./stock.ts";
import { worklistRoutes } from "./worklist.ts";

const resources: Record<string, Record<string, RouteContract>> = {
  setupRoutes,
  authRoutes,
  staffRoutes,
  patientRoutes,
  invitationRoutes,
  diaryRoutes,
  clinicSettingsRoutes,
  assessmentRoutes,
  clinicalHistoryRoutes,
  sessionRoutes,
  stockRoutes,
  worklistRoutes,
  schedulingRoutes,
  patientRecordRoutes,
  careRoutes,
  responseReviewRoutes,
  progressRoutes,
  auditRoutes,
  notificationRoutes,
  questionnaireRoutes,
  sideEffectRoutes,
  reminderRoutes,
  selfKeptDiaryRoutes,
  smsOutboxRoutes,
  csvExchangeRoutes,
  documentRoutes,
  clinicReportRoutes,
};

describe("apiRoutes", () => {
  it("holds every resource's endpoints under their own names, and nothing else", () => {
    const gathered = Object.values(resources).flatMap((routes) => Object.entries(routes));
    // A name in two resources would be spread over silently: the later one would win.
    expect(gathered.map(([name]) => name).sort()).toEqual(Object.keys(apiRoutes).sort());
    for (const [name, route] of gathered) expect(apiRoutes[name as keyof typeof apiRoutes], name).toBe(route);
  });

  it("serves each method and path once", () => {
    const addresses = Object.values(apiRoutes).map((route) => `${route.method} ${route.path}`);
    expect(new Set(addresses).size).toBe(addresses.length);
  });
});
