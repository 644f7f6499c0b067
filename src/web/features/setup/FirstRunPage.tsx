/** The first page of a new installation: create a clinic, or explore the demo. */
import type { SetupStatus } from "#contracts/api/setup.ts";
import { PublicHeader } from "#web/app/PublicHeader.tsx";
import { Link } from "#web/app/router.tsx";
import { Card } from "#web/ui/Card.tsx";
import { Page } from "#web/ui/Page.tsx";
import { CreateClinicForm } from "./CreateClinicForm.tsx";
import { DemoChoice } from "./DemoChoice.tsx";

export function FirstRunPage({ setup }: { readonly setup: SetupStatus }) {
  return (
    <Page title="Welcome to Cephalog" theme="clinic" header={<PublicHeader note="First run" />}>
      <p>
        This installation has no clinic yet. Choose how to start, or <Link to="/sign-in">sign in</Link> with an account you already have.
      </p>
      <div className="grid-2">
        <Card title="Create a clinic">
          <CreateClinicForm />
        </Card>
        <Card title="Explore with demo data">
          <DemoChoice setup={setup} />
        </Card>
      </div>
    </Page>
  );
}
