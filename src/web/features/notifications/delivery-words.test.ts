import { describe, expect, it } from "vitest";
import { fixedT } from "#web/i18n/fixed-t.ts";
import { deliveryWords } from "./delivery-words.ts";

const when = (instant: string) => `<${instant.slice(0, 10)}>`;
const never = { lastSuccessAt: null, lastFailureAt: null, lastError: null };
const failedLast = { lastSuccessAt: "2026-07-20T08:00:00.000Z", lastFailureAt: "2026-07-20T09:00:00.000Z", lastError: "push-503" };
const reachedLast = { lastSuccessAt: "2026-07-21T10:00:00.000Z", lastFailureAt: "2026-07-20T09:00:00.000Z", lastError: "push-503" };

describe("a device's alerts in the reader's language", () => {
  it("reads in English as before", () => {
    const t = fixedT("en", "account");
    expect(deliveryWords(never, t, when)).toBe("No alert sent to it yet.");
    expect(deliveryWords(reachedLast, t, when)).toBe("Last alert reached it <2026-07-21>.");
    expect(deliveryWords(failedLast, t, when)).toBe("Last alert did not get through (<2026-07-20>, push-503); Cephalog keeps trying.");
    expect(deliveryWords({ ...failedLast, lastError: null }, t, when)).toBe("Last alert did not get through (<2026-07-20>, unknown); Cephalog keeps trying.");
  });

  it("reads in Spanish", () => {
    const t = fixedT("es", "account");
    expect(deliveryWords(never, t, when)).toBe("Todavía no se le ha enviado ningún aviso.");
    expect(deliveryWords(reachedLast, t, when)).toBe("El último aviso llegó el <2026-07-21>.");
    expect(deliveryWords({ ...failedLast, lastError: null }, t, when)).toBe("El último aviso no llegó (<2026-07-20>, motivo desconocido); Cephalog lo sigue intentando.");
  });
});
