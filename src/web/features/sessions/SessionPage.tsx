/** One injection session: the draft being recorded, or the signed record with its revisions. */
import type { Me } from "#contracts/api/auth.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { Page } from "#web/ui/Page.tsx";

export function SessionPage({ me, clinicId }: { readonly me: Me; readonly clinicId: string; readonly patientId: string; readonly sessionId: string }) {
  return <Page title="Injection session" theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>{null}</Page>;
}
