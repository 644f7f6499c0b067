/**
 * Staff: the clinic's reports page (issue 10 §1, §3-5): the clinic outcomes PDF for a date range,
 * the clinic's data as CSV (the same card the Patients page shows) and the FHIR R4 bulk export.
 * For everyone who may read the clinic (clinic.read, as each of these routes asks). English only,
 * as every staff screen (ADR 0020).
 */
import type { Me } from "#contracts/api/auth.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { ClinicExportsCard } from "#web/features/exchange/ClinicExportsCard.tsx";
import { Page } from "#web/ui/Page.tsx";
import { FhirExportCard } from "./FhirExportCard.tsx";
import { OutcomesReportCard } from "./OutcomesReportCard.tsx";
import "./reports.css";

export function ReportsPage({ me, clinicId }: { readonly me: Me; readonly clinicId: string }) {
  return (
    <Page title="Reports" theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>
      <div className="reports-page">
        <OutcomesReportCard clinicId={clinicId} />
        <ClinicExportsCard clinicId={clinicId} />
        <FhirExportCard clinicId={clinicId} />
      </div>
    </Page>
  );
}
