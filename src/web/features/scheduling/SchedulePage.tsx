/**
 * The clinic's schedule: a day's agenda by injector with date navigation; the overdue list and
 * the patients due in the next 14 days (the worklist's own views, read from its API); the
 * injectors' working hours for those who manage them; and the signed-in injector's calendar feed.
 */
import { useState } from "react";
import type { Me } from "#contracts/api/auth.ts";
import { isPlainDate } from "#domain/shared/plain-date.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { membershipCan, membershipFor } from "#web/app/home.ts";
import { Page } from "#web/ui/Page.tsx";
import { AgendaCard } from "./AgendaCard.tsx";
import { CalendarFeedCard } from "./CalendarFeedCard.tsx";
import { DueListCard } from "./DueListCard.tsx";
import { HoursEditor } from "./HoursEditor.tsx";
import "./scheduling.css";

/** The day in the address (?date=YYYY-MM-DD), so a day's agenda can be linked and reloaded. */
function dateInAddress(): string | null {
  const date = new URLSearchParams(window.location.search).get("date");
  return date !== null && isPlainDate(date) ? date : null;
}

export function SchedulePage({ me, clinicId }: { readonly me: Me; readonly clinicId: string }) {
  const membership = membershipFor(me, clinicId);
  const [date, setDate] = useState<string | null>(dateInAddress);
  // Saved hours change the agenda's hours: ask for it again.
  const [hoursRevision, setHoursRevision] = useState(0);

  const chooseDate = (next: string | null) => {
    setDate(next);
    window.history.replaceState(null, "", next === null ? window.location.pathname : `${window.location.pathname}?date=${next}`);
  };

  return (
    <Page title="Schedule" theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>
      <div className="stack schedule">
        <AgendaCard key={hoursRevision} clinicId={clinicId} date={date} onDate={chooseDate} />
        <div className="grid-2">
          <DueListCard clinicId={clinicId} view="overdue" />
          <DueListCard clinicId={clinicId} view="due-soon" />
        </div>
        {membershipCan(membership, "hours.manage") ? <HoursEditor clinicId={clinicId} onSaved={() => setHoursRevision((n) => n + 1)} /> : null}
        <CalendarFeedCard clinicId={clinicId} />
      </div>
    </Page>
  );
}
