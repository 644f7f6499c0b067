/** The clinic's schedule: the day's visits by injector, the overdue and due lists, working hours. */
import type { Me } from "#contracts/api/auth.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { Page } from "#web/ui/Page.tsx";

export function SchedulePage({ me, clinicId }: { readonly me: Me; readonly clinicId: string }) {
  return <Page title="Schedule" theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>{null}</Page>;
}
