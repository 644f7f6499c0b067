/**
 * Staff alerts (issue 8, interface 2; ADR 0018): one outbox row per active member of the clinic
 * whose roles give `permission`, per channel they have: in-app always, email, and web push on
 * each device where they allowed it. Called inside the transaction of what it tells about (a red
 * side-effect report), so the alert exists exactly when the report does. A deactivated member
 * gets nothing. Subject and body never hold health data or names ("A red side-effect report needs
 * review", and the link).
 */
import type { Permission } from "#contracts/permissions.ts";
import type { Executor } from "../../shared/executor.ts";
import { activeStaffWith, queueForRecipients } from "./recipients.ts";

export interface StaffNotice {
  readonly clinicId: string;
  readonly permission: Permission;
  /** What it is for ("side-effect.red", ...): for counts and tests, never shown. */
  readonly kind: string;
  readonly subject: string;
  readonly body: string;
  /** Where the message points in the app: a path such as "/clinic/<id>/side-effects/<id>". */
  readonly link: string;
  readonly now: Date;
}

/** Queues the notice for the clinic's active staff holding `permission`, in the caller's transaction. */
export async function notifyClinicStaff(tx: Executor, notice: StaffNotice): Promise<void> {
  const recipients = await activeStaffWith(tx, notice.clinicId, notice.permission);
  await queueForRecipients(tx, recipients, notice);
}
