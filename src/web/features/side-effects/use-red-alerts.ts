/**
 * The red side-effect alert of a clinic, for every staff page: asked when the page opens, every
 * minute, and whenever the window comes back into view, so a red report reaches whoever is
 * working within a minute. The answer holds counts only (no names, no symptoms), so polling it
 * writes no access-audit rows. A failed poll keeps the last answer: an alert never vanishes
 * because the network blinked.
 */
import { useEffect, useState } from "react";
import type { SideEffectAlerts } from "#contracts/api/side-effects.ts";
import { api } from "#web/app/api.ts";

/** How often the alert is asked for while the page is open. */
export const ALERT_POLL_MS = 60_000;

/** Said on the window when this page changed a report, so the banner asks again at once. */
export const SIDE_EFFECTS_CHANGED = "cephalog:side-effects-changed";

/** Tells the banner a report changed here (acknowledged, a hold cleared, a report taken by phone). */
export function announceSideEffectsChanged(): void {
  window.dispatchEvent(new Event(SIDE_EFFECTS_CHANGED));
}

export function useRedAlerts(clinicId: string | undefined): SideEffectAlerts | null {
  const [alerts, setAlerts] = useState<SideEffectAlerts | null>(null);

  useEffect(() => {
    if (clinicId === undefined) return;
    let stopped = false;
    const ask = async () => {
      try {
        const answer = await api("sideEffectAlerts", { params: { clinicId } });
        if (!stopped) setAlerts(answer);
      } catch {
        // Kept as it was: the next poll tries again.
      }
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") void ask();
    };
    void ask();
    const timer = window.setInterval(() => void ask(), ALERT_POLL_MS);
    const onChanged = () => void ask();
    window.addEventListener("focus", onVisible);
    window.addEventListener(SIDE_EFFECTS_CHANGED, onChanged);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      window.removeEventListener("focus", onVisible);
      window.removeEventListener(SIDE_EFFECTS_CHANGED, onChanged);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [clinicId]);

  return alerts;
}
