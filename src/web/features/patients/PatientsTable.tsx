/** The clinic's patients, each opening the patient page. */
import type { PatientSummary } from "#contracts/api/patients.ts";
import { Link } from "#web/app/router.tsx";
import { formatPlainDate } from "#web/ui/format.ts";

export function PatientsTable({ clinicId, patients }: { readonly clinicId: string; readonly patients: readonly PatientSummary[] }) {
  if (patients.length === 0) return <p>No patients yet. Add the first one with the form.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Patients of this clinic</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Birth date</th>
            <th scope="col">Time zone</th>
            <th scope="col">Diary app</th>
          </tr>
        </thead>
        <tbody>
          {patients.map((patient) => (
            <tr key={patient.id}>
              <td>
                <Link to={`/clinic/${clinicId}/patients/${patient.id}`}>{patient.name}</Link>
              </td>
              <td className="nowrap">{formatPlainDate(patient.birthDate)}</td>
              <td>{patient.timeZone}</td>
              <td>{patient.hasAccount ? "Signed up" : "Not yet"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
