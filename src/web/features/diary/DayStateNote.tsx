/**
 * Where a saved day is: on this phone only, sent, or needing the person (design.md, "Say what
 * state data is in").
 */
import type { LocalDay } from "#web/offline/merge-days.ts";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";

export function DayStateNote({ day, clinicName, ownerName }: { readonly day: LocalDay; readonly clinicName: string; readonly ownerName: string }) {
  if (day.state === "sent") {
    return (
      <StatusMessage tone="ok" title="Sent" testId="day-state">
        {`${clinicName} can see this day.`}
      </StatusMessage>
    );
  }
  if (day.state === "on-phone") {
    return (
      <StatusMessage tone="warn" title="Saved on this phone, not sent yet" testId="day-state">
        It will be sent when the phone is online.
      </StatusMessage>
    );
  }
  if (day.problem?.kind === "other-account") {
    return (
      <StatusMessage tone="error" title={`Needs attention: sign in again as ${ownerName}`} testId="day-state">
        {`This day is saved on this phone. It is sent once ${ownerName} signs in again.`}
      </StatusMessage>
    );
  }
  if (day.problem?.kind === "sign-in") {
    return (
      <StatusMessage tone="error" title="Needs attention: sign in again" testId="day-state">
        This day is saved on this phone. Sign in again to send it.
      </StatusMessage>
    );
  }
  return (
    <StatusMessage tone="error" title="Needs attention: not accepted" testId="day-state">
      <p>{day.problem?.message ?? "The clinic's server did not accept this day."}</p>
      {day.problem && day.problem.issues.length > 0 ? (
        <ul>
          {day.problem.issues.map((issue) => (
            <li key={issue.path}>{`${issue.path}: ${issue.message}`}</li>
          ))}
        </ul>
      ) : null}
      <p>Change this day to correct it.</p>
    </StatusMessage>
  );
}
