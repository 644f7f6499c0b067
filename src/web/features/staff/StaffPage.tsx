/** Administrators: the clinic's staff, and adding a clinician by invitation link. */
import type { Me } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Card } from "#web/ui/Card.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { Page } from "#web/ui/Page.tsx";
import { AddStaffForm } from "./AddStaffForm.tsx";
import { StaffTable } from "./StaffTable.tsx";

export function StaffPage({ me, clinicId }: { readonly me: Me; readonly clinicId: string }) {
  const staff = useApiQuery(`staff:${clinicId}`, () => api("listStaff", { params: { clinicId } }));
  return (
    <Page title="Staff" theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>
      <div className="grid-main-side">
        <Card title="Staff of this clinic">
          <LoadStatus state={staff.state} what="the staff list" onRetry={() => void staff.reload()} />
          {staff.state.phase === "loaded" ? <StaffTable staff={staff.state.data} /> : null}
        </Card>
        <Card title="Add a clinician">
          <AddStaffForm clinicId={clinicId} onAdded={() => void staff.reload()} />
        </Card>
      </div>
    </Page>
  );
}
