/** The clinic's staff with their role and whether they have accepted their invitation. */
import type { ApiResponse } from "#web/app/api.ts";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";

type StaffMember = ApiResponse<"listStaff">[number];

const ROLE_LABELS: Record<string, string> = { admin: "Administrator", clinician: "Clinician" };

const COLUMNS: readonly Column<StaffMember>[] = [
  { header: "Name", cell: (member) => member.name },
  { header: "Email", cell: (member) => member.email },
  { header: "Role", cell: (member) => ROLE_LABELS[member.role] ?? member.role },
  { header: "Status", cell: (member) => (member.active ? "Active" : "Invited, not yet accepted") },
];

export function StaffTable({ staff }: { readonly staff: readonly StaffMember[] }) {
  return <DataTable caption="Staff of this clinic" captionHidden columns={COLUMNS} rows={staff} rowKey={(member) => member.userId} empty={<p>No staff yet.</p>} />;
}
