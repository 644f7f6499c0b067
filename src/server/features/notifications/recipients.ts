/**
 * Who an alert goes to, and on which channels (issue 8, ADR 0018): the active staff of a clinic
 * whose roles give a permission (a deactivated member gets nothing), or one account; each gets an
 * in-app row always, an email row when they have an address (never for the demo clinic, whose
 * addresses are made up), and a web-push row per device on which they allowed alerts.
 */
import { isAppPath } from "#contracts/api/notifications.ts";
import { PERMISSION_ROLES, type Permission } from "#contracts/permissions.ts";
import type { Executor } from "../../shared/executor.ts";
import { subscriptionsOfUsers } from "./push-subscriptions-repository.ts";
import { queueNotification } from "./outbox.ts";

/** An account an alert goes to. */
export interface Recipient {
  readonly userId: string;
  readonly email: string;
}

/** What every recipient is told: plain words and a link, never health data nor a patient's name. */
export interface Notice {
  /** The clinic it is about, or null (an account's own message). */
  readonly clinicId: string | null;
  readonly kind: string;
  readonly subject: string;
  readonly body: string;
  /** An app path ("/clinic/..."). */
  readonly link: string;
  readonly now: Date;
}

/** The clinic's active members holding a role that gives `permission`, in a stable order. */
export async function activeStaffWith(db: Executor, clinicId: string, permission: Permission): Promise<Recipient[]> {
  const roles = [...PERMISSION_ROLES[permission]];
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.id as userId", "users.email as email"])
    .where("memberships.clinic_id", "=", clinicId)
    .where("memberships.deactivated_at", "is", null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("membership_roles")
          .select("membership_roles.role")
          .whereRef("membership_roles.clinic_id", "=", "memberships.clinic_id")
          .whereRef("membership_roles.user_id", "=", "memberships.user_id")
          .where("membership_roles.role", "in", roles),
      ),
    )
    .orderBy("users.id")
    .execute();
}

/** One account as a recipient, or undefined when there is no such account. */
export async function recipientOf(db: Executor, userId: string): Promise<Recipient | undefined> {
  return db.selectFrom("users").select(["id as userId", "email"]).where("id", "=", userId).executeTakeFirst();
}

/** Whether email may go out for this clinic: not for the demo clinic (its staff's addresses are made up). */
async function emailAllowed(db: Executor, clinicId: string | null): Promise<boolean> {
  if (clinicId === null) return true;
  const clinic = await db.selectFrom("clinics").select("is_demo").where("id", "=", clinicId).executeTakeFirst();
  return clinic !== undefined && !clinic.is_demo;
}

/** Queues the notice for each recipient on each of their channels, in the caller's transaction; returns the row count. */
export async function queueForRecipients(tx: Executor, recipients: readonly Recipient[], notice: Notice): Promise<number> {
  // A programmer's mistake, caught before anything is queued: every link opens a page of this app.
  if (!isAppPath(notice.link)) throw new Error("a notice links to an app path (\"/clinic/...\"), never to another site");
  if (recipients.length === 0) return 0;
  const email = await emailAllowed(tx, notice.clinicId);
  const devices = await subscriptionsOfUsers(tx, recipients.map((recipient) => recipient.userId));
  const common = { kind: notice.kind, subject: notice.subject, body: notice.body, link: notice.link, clinicId: notice.clinicId };
  let rows = 0;
  for (const recipient of recipients) {
    await queueNotification(tx, { ...common, channel: "in-app", recipient: "", userId: recipient.userId }, notice.now);
    rows += 1;
    if (email && recipient.email.trim() !== "") {
      await queueNotification(tx, { ...common, channel: "email", recipient: recipient.email, userId: recipient.userId }, notice.now);
      rows += 1;
    }
    for (const device of devices.filter((candidate) => candidate.user_id === recipient.userId)) {
      await queueNotification(tx, { ...common, channel: "web-push", recipient: "", userId: recipient.userId, subscriptionId: device.id }, notice.now);
      rows += 1;
    }
  }
  return rows;
}
