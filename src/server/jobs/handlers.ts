/**
 * The job handlers the server runs, by queue name, and the queues that recur. Reminders, reports
 * and imports will add theirs here, and the worker started in main.ts picks them up.
 */
import type { ServiceDeps } from "../shared/deps.ts";
import { AUDIT_HEAD_EVERY_MS, AUDIT_HEAD_QUEUE, AUDIT_SEAL_EVERY_MS, AUDIT_SEAL_QUEUE, auditHeadHandler, auditSealHandler } from "../features/audit/audit-jobs.ts";
import type { SyslogTarget } from "../features/audit/syslog.ts";
import { notificationDeliveryHandler } from "../features/notifications/delivery.ts";
import { NOTIFICATION_QUEUE } from "../features/notifications/outbox.ts";
import type { NotificationTransports } from "../features/notifications/transports.ts";
import { HOUSEKEEPING_EVERY_MS, HOUSEKEEPING_QUEUE, housekeepingHandler } from "./housekeeping.ts";
import { PATHWAY_REFRESH_EVERY_MS, PATHWAY_REFRESH_QUEUE, pathwayRefreshHandler } from "./pathway-refresh.ts";
import { REMINDER_EVERY_MS, REMINDER_QUEUE, reminderJobHandler, type ReminderJobOptions } from "../features/reminders/reminder-job.ts";
import type { JobHandler, WorkerOptions } from "./worker.ts";
import { OUTCOMES_REPORT_QUEUE, outcomesReportHandler } from "../features/documents/outcomes-report-job.ts";
import { bulkExportExpiryHandler, bulkExportHandler, FHIR_BULK_EXPORT_QUEUE, FHIR_EXPORT_EXPIRY_EVERY_MS, FHIR_EXPORT_EXPIRY_QUEUE } from "../features/fhir/bulk-export-job.ts";

/** `transports`: where the outbox delivers (notifications/transports.ts); without them notifications wait in the queue. */
/** `auditSyslog`: AUDIT_SYSLOG, where the daily audit heads go besides the log (ADR 0016). */
/** `reminders`: whether text messages can be sent (SMS_GATEWAY_TOKEN) and PUBLIC_URL for their links (ADR 0022). */
/** `exportsDir`: where FHIR bulk exports write their files (`<dataDir>/exports`, ADR 0025). */
export function jobHandlers(deps: ServiceDeps, transports?: NotificationTransports, auditSyslog: SyslogTarget | null = null, reminders: ReminderJobOptions = {}, exportsDir = "./data/exports"): Record<string, JobHandler> {
  return {
    [HOUSEKEEPING_QUEUE]: housekeepingHandler(deps),
    [PATHWAY_REFRESH_QUEUE]: pathwayRefreshHandler(deps),
    [AUDIT_SEAL_QUEUE]: auditSealHandler(deps),
    [AUDIT_HEAD_QUEUE]: auditHeadHandler(deps, auditSyslog),
    [REMINDER_QUEUE]: reminderJobHandler(deps, reminders),
    [FHIR_BULK_EXPORT_QUEUE]: bulkExportHandler(deps, exportsDir),
    [FHIR_EXPORT_EXPIRY_QUEUE]: bulkExportExpiryHandler(deps, exportsDir),
    [OUTCOMES_REPORT_QUEUE]: outcomesReportHandler(deps),
    ...(transports === undefined ? {} : { [NOTIFICATION_QUEUE]: notificationDeliveryHandler(deps, transports) }),
  };
}

/** Queues that run again after each run, one pending job each across every app server (ADR 0012). */
export const recurringJobs: NonNullable<WorkerOptions["recurring"]> = {
  [HOUSEKEEPING_QUEUE]: { everyMs: HOUSEKEEPING_EVERY_MS },
  [PATHWAY_REFRESH_QUEUE]: { everyMs: PATHWAY_REFRESH_EVERY_MS },
  [AUDIT_SEAL_QUEUE]: { everyMs: AUDIT_SEAL_EVERY_MS },
  [AUDIT_HEAD_QUEUE]: { everyMs: AUDIT_HEAD_EVERY_MS },
  [REMINDER_QUEUE]: { everyMs: REMINDER_EVERY_MS },
  [FHIR_EXPORT_EXPIRY_QUEUE]: { everyMs: FHIR_EXPORT_EXPIRY_EVERY_MS },
};
