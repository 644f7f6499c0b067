/** The small pages of the shell: opening, server unreachable, not found, no access. */
import type { Me } from "#contracts/api/auth.ts";
import { Button } from "#web/ui/Button.tsx";
import { Page } from "#web/ui/Page.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { describeError, type ApiError } from "./api-error.ts";
import { AppHeader } from "./AppHeader.tsx";
import { homePath } from "./home.ts";
import { PublicHeader } from "./PublicHeader.tsx";
import { Link } from "./router.tsx";

export function OpeningPage() {
  return (
    <Page title="Cephalog" theme="patient" width="narrow" header={<PublicHeader />} hideTitle>
      <StatusMessage tone="info" title="Opening Cephalog…" />
    </Page>
  );
}

export function UnreachablePage({ error, onRetry }: { readonly error: ApiError; readonly onRetry: () => void }) {
  return (
    <Page title="Cephalog cannot open" theme="patient" width="narrow" header={<PublicHeader />}>
      <StatusMessage tone="error" title="The server could not be reached.">
        <p>{describeError(error)}</p>
        <p>Nothing is stored on this device yet, so there is nothing to show offline.</p>
      </StatusMessage>
      <Button variant="primary" onClick={onRetry}>
        Try again
      </Button>
    </Page>
  );
}

export function NotFoundPage({ me }: { readonly me: Me }) {
  return (
    <Page title="Page not found" theme={me.patient ? "patient" : "clinic"} header={<AppHeader me={me} />} width="narrow">
      <p>There is no page at this address, or it is not one you can open.</p>
      <Link to={homePath(me)}>Go to your start page</Link>
    </Page>
  );
}

export function NoAccessPage({ me }: { readonly me: Me }) {
  return (
    <Page title="No clinic yet" theme="clinic" header={<AppHeader me={me} />} width="narrow">
      <p>This account is not a member of any clinic and is not linked to a patient. Ask the clinic administrator for an invitation link.</p>
    </Page>
  );
}
