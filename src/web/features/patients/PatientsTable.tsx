/** The clinic's patients, each opening the patient page. */
import type { PatientSummary } from "#contracts/api/patients.ts";
import { Link } from "#web/app/router.tsx";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";
import { formatPlainDate } from "#web/ui/format.ts";

export function PatientsTable({ clinicId, patients }: { readonly clinicId: string; readonly patients: readonly PatientSummary[] }) {
  const columns: readonly Column<PatientSummary>[] = [
    { header: "Name", cell: (patient) => <Link to={`/clinic/${clinicId}/patients/${patient.id}`}>{patient.name}</Link> },
    { header: "Record number", cell: (patient) => patient.recordNumber ?? "—" },
    { header: "Birth date", className: "nowrap", cell: (patient) => formatPlainDate(patient.birthDate) },
    { header: "Time zone", cell: (patient) => patient.timeZone },
    { header: "Diary app", cell: (patient) => (patient.hasAccount ? "Signed up" : "Not yet") },
  ];
  return (
    <DataTable
      caption="Patients of this clinic"
      captionHidden
      columns={columns}
      rows={patients}
      rowKey={(patient) => patient.id}
      empty={<p>No patients yet. Add the first one with the form.</p>}
    />
  );
}
