/** Administrators: the clinic's staff, adding a clinician or administrator by invitation link, and the clinic's settings. */
import type { Me } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { ListWithForm } from "#web/ui/ListWithForm.tsx";
import { Page } from "#web/ui/Page.tsx";
import { ClinicSettingsCard } from "#web/features/assessment/ClinicSettingsCard.tsx";
import { AddStaffForm } from "./AddStaffForm.tsx";
import { StaffTable } from "./StaffTable.tsx";

export function StaffPage({ me, clinicId }: { readonly me: Me; readonly clinicId: string }) {
  const staff = useApiQuery(`staff:${clinicId}`, () => api("listStaff", { params: { clinicId } }));
  return (
    <Page title="Staff" theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>
      <ListWithForm
        listTitle="Staff of this clinic"
        query={staff}
        what="the staff list"
        list={(data) => <StaffTable staff={data} />}
        formTitle="Add a staff member"
        form={<AddStaffForm clinicId={clinicId} onAdded={() => void staff.reload()} />}
      />
      <div className="page-note">
        <ClinicSettingsCard clinicId={clinicId} />
      </div>
    </Page>
  );
}
