/** Clinicians: the clinic's patients and adding one. */
import type { Me } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Card } from "#web/ui/Card.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { Page } from "#web/ui/Page.tsx";
import { AddPatientForm } from "./AddPatientForm.tsx";
import { PatientsTable } from "./PatientsTable.tsx";

export function PatientsPage({ me, clinicId }: { readonly me: Me; readonly clinicId: string }) {
  const patients = useApiQuery(`patients:${clinicId}`, () => api("listPatients", { params: { clinicId } }));
  return (
    <Page title="Patients" theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>
      <div className="grid-main-side">
        <Card title="Patients of this clinic">
          <LoadStatus state={patients.state} what="the patients" onRetry={() => void patients.reload()} />
          {patients.state.phase === "loaded" ? <PatientsTable clinicId={clinicId} patients={patients.state.data} /> : null}
        </Card>
        <Card title="Add a patient">
          <AddPatientForm clinicId={clinicId} />
        </Card>
      </div>
    </Page>
  );
}
