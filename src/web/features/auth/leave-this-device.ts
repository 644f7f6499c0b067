/**
 * What signing out (here, or everywhere) takes off this device, so a shared phone keeps nothing
 * of the person but entries not yet sent (they stay until that person signs in again, issue 9
 * §2): before the session ends, this device's alerts (stop-alerts-at-sign-out.ts); after it, the
 * server's copy of the diary and the medicine list kept for the check-in.
 */
import { forgetMyMedicines } from "#web/features/diary/use-my-medicines.ts";
import { stopAlertsOnThisDevice } from "#web/features/notifications/stop-alerts-at-sign-out.ts";
import { clearServerCopy } from "#web/offline/server-copy.ts";

/** While the session still stands. */
export async function beforeLeavingThisDevice(userId: string | undefined): Promise<void> {
  if (userId) await stopAlertsOnThisDevice(userId);
}

/** Once the server has ended the session. */
export async function afterLeavingThisDevice(patientId: string | undefined): Promise<void> {
  if (!patientId) return;
  await clearServerCopy(patientId).catch(() => undefined);
  forgetMyMedicines(patientId);
}
