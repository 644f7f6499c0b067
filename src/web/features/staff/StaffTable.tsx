/** The clinic's staff with their roles and whether they have accepted their invitation. */
import { ROLE_LABELS } from "#contracts/permissions.ts";
import type { ApiResponse } from "#web/app/api.ts";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";

type StaffMember = ApiResponse<"listStaff">[number];

const COLUMNS: readonly Column<StaffMember>[] = [
  { header: "Name", cell: (member) => member.name },
  { header: "Email", cell: (member) => member.email },
  { header: "Roles", cell: (member) => member.roles.map((role) => ROLE_LABELS[role]).join(", ") },
  { header: "Status", cell: (member) => (member.active ? "Active" : "Invited, not yet accepted") },
];

export function StaffTable({ staff }: { readonly staff: readonly StaffMember[] }) {
  return <DataTable caption="Staff of this clinic" captionHidden columns={COLUMNS} rows={staff} rowKey={(member) => member.userId} empty={<p>No staff yet.</p>} />;
}
