/**
 * The clinic's staff (DataTable: one card each on a phone): name, email, every role each holds
 * (with changing them, for an administrator; reactivating a deactivated member) and whether they
 * are active. Invitations not yet accepted are listed apart (PendingInvitationsCard).
 */
import type { Role } from "#contracts/permissions.ts";
import type { ApiResponse } from "#web/app/api.ts";
import { Button } from "#web/ui/Button.tsx";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";
import { roleNames } from "./role-words.ts";

export type StaffMember = ApiResponse<"listStaff">[number];

export function RoleList({ roles }: { readonly roles: readonly Role[] }) {
  return (
    <ul className="role-list">
      {roleNames(roles).map((name) => (
        <li key={name} className="role-list__role">
          {name}
        </li>
      ))}
    </ul>
  );
}

/** An email that may break after its "@" when the column is narrow, and nowhere else unless it must. */
function EmailText({ email }: { readonly email: string }) {
  const at = email.indexOf("@");
  if (at < 0) return <span className="staff__email">{email}</span>;
  return (
    <span className="staff__email">
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </span>
  );
}

type StaffTableProps = {
  readonly staff: readonly StaffMember[];
  /** Given to administrators: change the roles of a member who has accepted. */
  readonly onChangeRoles?: ((member: StaffMember) => void) | undefined;
  /** Given to administrators: reactivate a deactivated member. */
  readonly onReactivate?: ((member: StaffMember) => void) | undefined;
};

const STATUS_WORDS: Record<StaffMember["status"], string> = { active: "Active", invited: "Invited, not yet accepted", deactivated: "Deactivated" };

export function StaffTable({ staff, onChangeRoles, onReactivate }: StaffTableProps) {
  const columns: Column<StaffMember>[] = [
    { header: "Name", cell: (member) => member.name, rowHeader: true },
    { header: "Email", cell: (member) => <EmailText email={member.email} /> },
    {
      header: "Roles",
      // The change sits with the roles it changes (one element per cell: a phone's card is a label-value grid).
      cell: (member) => (
        <div className="staff__roles">
          <RoleList roles={member.roles} />
          {onChangeRoles && member.active ? (
            <Button variant="quiet" className="staff__action" aria-label={`Change roles of ${member.name}`} onClick={() => onChangeRoles(member)}>
              Change roles
            </Button>
          ) : null}
          {onReactivate && member.status === "deactivated" ? (
            <Button variant="quiet" className="staff__action" aria-label={`Reactivate ${member.name}`} onClick={() => onReactivate(member)}>
              Reactivate
            </Button>
          ) : null}
        </div>
      ),
    },
    // Older servers send no status: `active` alone then says it.
    { header: "Status", cell: (member) => STATUS_WORDS[member.status] ?? (member.active ? "Active" : STATUS_WORDS.invited) },
  ];
  return (
    <DataTable caption="Staff of this clinic" captionHidden columns={columns} rows={staff} rowKey={(member) => member.userId} testId="staff-table" empty={<p>No staff yet.</p>} />
  );
}
