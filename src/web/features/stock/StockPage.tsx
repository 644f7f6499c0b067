/** The clinic's stock: lots with vials left and status, receiving a lot, the product catalogue. */
import type { Me } from "#contracts/api/auth.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { Page } from "#web/ui/Page.tsx";

export function StockPage({ me, clinicId }: { readonly me: Me; readonly clinicId: string }) {
  return <Page title="Stock" theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>{null}</Page>;
}
