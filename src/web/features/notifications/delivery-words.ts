/**
 * How a device's alerts went, in words, in the reader's language (the Account page's "Alerts on
 * this device"). Pure: `t` is fixed to the "account" namespace and `when` writes an instant.
 */
import type { TFunction } from "i18next";
import type { PushDevice } from "#contracts/api/notifications.ts";

/**
 * The last delivery of a device, or the last problem when it came after.
 * @example deliveryWords({ lastSuccessAt: null, lastFailureAt: null, lastError: null }, fixedT("en", "account"), String) // "No alert sent to it yet."
 */
export function deliveryWords(device: Pick<PushDevice, "lastSuccessAt" | "lastFailureAt" | "lastError">, t: TFunction<"account">, when: (instant: string) => string): string {
  const problemLater = device.lastFailureAt !== null && (device.lastSuccessAt === null || device.lastFailureAt > device.lastSuccessAt);
  if (problemLater) return t("alerts.notThrough", { when: when(device.lastFailureAt ?? ""), problem: device.lastError ?? t("alerts.unknownProblem") });
  if (device.lastSuccessAt !== null) return t("alerts.reached", { when: when(device.lastSuccessAt) });
  return t("alerts.none");
}
