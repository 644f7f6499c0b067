/**
 * A message to one account on each of its channels (in-app, email, web push on each device it
 * allowed): the visit reminders of issue 9 and any later personal notice. Called inside the
 * transaction of the use case that decides to tell; plain words and a link, never health data.
 */
import type { Executor } from "../../shared/executor.ts";
import { queueForRecipients, recipientOf } from "./recipients.ts";

export interface UserNotice {
  readonly userId: string;
  /** The clinic it is about, or null for the account's own matters. */
  readonly clinicId: string | null;
  readonly kind: string;
  readonly subject: string;
  readonly body: string;
  /** An app path ("/today", "/clinic/..."). */
  readonly link: string;
  readonly now: Date;
}

/** Queues the notice for one account on each of its channels; false when there is no such account. */
export async function notifyUser(tx: Executor, notice: UserNotice): Promise<boolean> {
  const recipient = await recipientOf(tx, notice.userId);
  if (recipient === undefined) return false;
  await queueForRecipients(tx, [recipient], notice);
  return true;
}
