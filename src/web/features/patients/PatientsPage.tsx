/** Staff: the clinic's patients, and adding one for those who may (patients.manage). */
import type { Me } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { membershipCan, membershipFor } from "#web/app/home.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { ListWithForm } from "#web/ui/ListWithForm.tsx";
import { ClinicExportsCard } from "#web/features/exchange/ClinicExportsCard.tsx";
import { Page } from "#web/ui/Page.tsx";
import { AddPatientForm } from "./AddPatientForm.tsx";
import { PatientsTable } from "./PatientsTable.tsx";

export function PatientsPage({ me, clinicId }: { readonly me: Me; readonly clinicId: string }) {
  const patients = useApiQuery(`patients:${clinicId}`, () => api("listPatients", { params: { clinicId } }));
  return (
    <Page title="Patients" theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>
      <ListWithForm
        listTitle="Patients of this clinic"
        query={patients}
        what="the patients"
        list={(data) => <PatientsTable clinicId={clinicId} patients={data} />}
        formTitle="Add a patient"
        form={membershipCan(membershipFor(me, clinicId), "patients.manage") ? <AddPatientForm clinicId={clinicId} /> : null}
      />
      <ClinicExportsCard clinicId={clinicId} />
    </Page>
  );
}
