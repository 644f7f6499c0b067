/**
 * The red side-effect alert on every staff page of a clinic (issue 8): while a red report waits
 * for a clinician's acknowledgement, a banner under the header says how many and since when, and
 * links to the inbox. Calm but unmistakable: no flashing, the danger colour and the word "Urgent".
 */
import { Link } from "#web/app/router.tsx";
import { formatInstant } from "#web/ui/format.ts";
import { useRedAlerts } from "./use-red-alerts.ts";
import "./side-effects.css";

export function RedAlertBanner({ clinicId }: { readonly clinicId: string }) {
  const alerts = useRedAlerts(clinicId);
  const count = alerts?.unacknowledgedRed ?? 0;
  return (
    // The live region stays on the page so a new alert is announced when it appears.
    <div role="status" aria-live="polite" className="red-alert-region">
      {count > 0 ? (
        <div className="red-alert" data-testid="red-alert">
          <strong>Urgent:</strong>{" "}
          {count === 1 ? "a red side-effect report needs a clinician's review" : `${count} red side-effect reports need a clinician's review`}
          {alerts?.oldestReceivedAt ? ` (waiting since ${formatInstant(alerts.oldestReceivedAt)})` : ""}.{" "}
          <Link to={`/clinic/${clinicId}/side-effects`}>Open the side-effect inbox</Link>
        </div>
      ) : null}
    </div>
  );
}
