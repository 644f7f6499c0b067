/** The clinic's staff with their role and whether they have accepted their invitation. */
import type { ApiResponse } from "#web/app/api.ts";

type StaffMember = ApiResponse<"listStaff">[number];

const ROLE_LABELS: Record<string, string> = { admin: "Administrator", clinician: "Clinician" };

export function StaffTable({ staff }: { readonly staff: readonly StaffMember[] }) {
  if (staff.length === 0) return <p>No staff yet.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Staff of this clinic</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((member) => (
            <tr key={member.userId}>
              <td>{member.name}</td>
              <td>{member.email}</td>
              <td>{ROLE_LABELS[member.role] ?? member.role}</td>
              <td>{member.active ? "Active" : "Invited, not yet accepted"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
