/**
 * The one refusal of a change made from a revision that is no longer the newest (issue 7: no lost
 * update). Every write that changes an existing record checks it under the lock that numbers the
 * next revision (the record's, the patient's), so of two changes from one revision exactly one is
 * written, on one server or two.
 */
import { AppError } from "../../app-error.ts";

/**
 * Throws `stale_version` (409) with `details.currentRevision` unless the change was made from the
 * current revision (0: none yet). The message says what happened and what to do, with no record
 * content, since the forms show it as it is.
 */
export function refuseStaleRevision(currentRevision: number, fromRevision: number): void {
  if (currentRevision === fromRevision) return;
  throw new AppError(
    "stale_version",
    `Someone changed this since you opened it: it is now at revision ${currentRevision}, and your change was made from revision ${fromRevision}. Nothing was saved: reload to see their change, then make yours again.`,
    { currentRevision },
  );
}
