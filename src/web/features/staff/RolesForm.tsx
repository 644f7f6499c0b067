/**
 * An administrator changes a member's roles (several per person). The clinic keeps at least one
 * administrator: the server refuses taking the role from the last one, and says so beside the
 * field.
 */
import { useState, type FormEvent } from "react";
import { staffRolesBodySchema } from "#contracts/api/staff.ts";
import type { Role } from "#contracts/permissions.ts";
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { CheckboxGroup } from "#web/ui/CheckboxGroup.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { useFocusOnOpen } from "#web/ui/use-focus-on-open.ts";
import { ROLE_OPTIONS, dropsOwnAdmin, rolesHint, rolesSavedText } from "./role-words.ts";
import type { StaffMember } from "./StaffTable.tsx";

type RolesFormProps = {
  readonly clinicId: string;
  readonly member: StaffMember;
  /** The signed-in person's user id: taking their own administrator role is said first. */
  readonly myUserId: string;
  readonly onSaved: (message: string, roles: readonly Role[]) => void;
  readonly onCancel: () => void;
};

export function RolesForm({ clinicId, member, myUserId, onSaved, onCancel }: RolesFormProps) {
  const [roles, setRoles] = useState<Role[]>([...member.roles]);
  const submit = useSubmit();
  const heading = useFocusOnOpen(member.userId);
  const title = `Roles of ${member.name}`;


  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(staffRolesBodySchema, { roles });
    if (!checked.ok) return submit.fail(checked.error);
    const answer = await submit.run(() => api("setStaffRoles", { params: { clinicId, userId: member.userId }, body: checked.value }));
    if (answer !== undefined) onSaved(rolesSavedText(member.name, checked.value.roles), checked.value.roles);
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={title} className="roles-form" data-testid="roles-form">
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <FormProblem error={submit.error} title="Roles not changed." />
      <div className="roles-field">
        <CheckboxGroup
          legend="Roles"
          values={roles}
          onChange={(next) => {
            setRoles(next);
            submit.reset();
          }}
          hint={rolesHint()}
          options={ROLE_OPTIONS}
          error={fieldMessage("Roles", submit.error?.issueFor("roles"))}
          testId="member-roles"
        />
      </div>
      {/* Said before saving; once the server has refused (the last administrator), its reason stands alone. */}
      {dropsOwnAdmin(member.userId, myUserId, member.roles, roles) && submit.error?.issueFor("roles") === undefined ? (
        <StatusMessage tone="warn" title="This is your own administrator role." live={false} testId="own-admin-warning">
          <p>Without it you can no longer manage staff, settings or the catalogue, and this page closes for you.</p>
        </StatusMessage>
      ) : null}
      <div className="row">
        <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Saving…">
          Save roles
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
