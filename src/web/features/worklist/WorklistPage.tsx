/** The worklist: every patient with their pathway state and next action. */
import type { Me } from "#contracts/api/auth.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { Page } from "#web/ui/Page.tsx";

export function WorklistPage({ me, clinicId }: { readonly me: Me; readonly clinicId: string }) {
  return <Page title="Worklist" theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>{null}</Page>;
}
