/**
 * The signed-in injector's calendar feed: an address a calendar app subscribes to, showing their
 * visits (the patient's name and "Botox injection visit", nothing clinical). The address is shown
 * once, to copy; a new one replaces it, and revoking stops it working at once.
 */
import { useState } from "react";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { CopyField } from "#web/ui/CopyField.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { formatInstant } from "#web/ui/format.ts";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";

export function CalendarFeedCard({ clinicId }: { readonly clinicId: string }) {
  const status = useApiQuery(`calendar-feed:${clinicId}`, () => api("calendarFeed", { params: { clinicId } }));
  const [url, setUrl] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const submit = useSubmit();
  const loaded = status.state.phase === "loaded" ? status.state.data : null;
  if (loaded === null || !loaded.available) return null;

  const create = async () => {
    setRevoked(false);
    const created = await submit.run(() => api("createCalendarFeed", { params: { clinicId } }));
    if (created) {
      setUrl(created.url);
      await status.reload();
    }
  };
  const revoke = async () => {
    const answer = await submit.run(() => api("revokeCalendarFeed", { params: { clinicId } }));
    if (answer) {
      setUrl(null);
      setRevoked(true);
      await status.reload();
    }
  };

  return (
    <Card title="Your calendar feed">
      <div className="calendar-feed">
        <p className="muted">Subscribe to your visits from your phone's or computer's calendar. It shows each visit's time and the patient's name, nothing clinical. Anyone with the address can read it: keep it to yourself, and revoke it if it is lost.</p>
        {url !== null ? (
          <div data-testid="calendar-feed-url">
            <CopyField label="Calendar address" value={url} hint="Shown once: copy it into your calendar app now (add a calendar from a URL)." />
          </div>
        ) : loaded.active && loaded.createdAt ? (
          <p data-testid="calendar-feed-status">{`A feed address is active since ${formatInstant(loaded.createdAt)}. It is not shown again; make a new one if you need it (the old one stops working).`}</p>
        ) : (
          <p data-testid="calendar-feed-status">{revoked ? "Revoked: the old address no longer works." : "No feed address yet."}</p>
        )}
        {revoked ? <StatusMessage tone="ok" title="Feed revoked." /> : null}
        <FormProblem error={submit.error} title="Not done." />
        <div className="row">
          <Button variant={loaded.active ? "secondary" : "primary"} busy={submit.busy} busyLabel="Working…" onClick={() => void create()}>
            {loaded.active ? "Make a new address" : "Create a feed address"}
          </Button>
          {loaded.active ? (
            <Button busy={submit.busy} onClick={() => void revoke()}>
              Revoke the address
            </Button>
          ) : null}
        </div>
      </div>
    </Card>
  );
}
