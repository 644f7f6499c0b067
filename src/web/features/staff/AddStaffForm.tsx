/** An administrator adds a member of staff with one or more roles; the answer is an invitation link to pass on. */
import { useState, type FormEvent } from "react";
import type { InvitationCreated } from "#contracts/api/invitations.ts";
import { staffInviteBodySchema } from "#contracts/api/invitations.ts";
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { fieldMessage, validate } from "#web/app/validate.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { CheckboxGroup } from "#web/ui/CheckboxGroup.tsx";
import type { Role } from "#contracts/permissions.ts";
import { TextField } from "#web/ui/TextField.tsx";
import { InvitationLink } from "#web/features/invitations/InvitationLink.tsx";
import { ROLE_OPTIONS, rolesHint } from "./role-words.ts";

export function AddStaffForm({ clinicId, onAdded }: { readonly clinicId: string; readonly onAdded: () => void }) {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [roles, setRoles] = useState<Role[]>(["clinician"]);
  const [created, setCreated] = useState<{ readonly name: string; readonly invitation: InvitationCreated } | null>(null);
  const submit = useSubmit();
  const issue = (label: string, path: string) => fieldMessage(label, submit.error?.issueFor(path));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(staffInviteBodySchema, { name, email, roles });
    if (!checked.ok) return submit.fail(checked.error);
    const invitation = await submit.run(() => api("inviteStaff", { params: { clinicId }, body: checked.value }));
    if (invitation) {
      setCreated({ name: checked.value.name, invitation });
      setName("");
      setEmail("");
      onAdded();
    }
  };

  return (
    <>
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Add a staff member">
        <FormProblem error={submit.error} title="Not added." />
        <TextField label="Name" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={issue("Name", "name")} required />
        <TextField label="Email" type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} error={issue("Email", "email")} required />
        <div className="roles-field">
          <CheckboxGroup legend="Roles" values={roles} onChange={setRoles} hint={rolesHint()} options={ROLE_OPTIONS} error={issue("Roles", "roles")} testId="staff-roles" />
        </div>
        <Button type="submit" variant="primary" busy={submit.busy} busyLabel="Adding…">
          Add and create invitation link
        </Button>
      </form>
      {created ? <InvitationLink who={created.name} invitation={created.invitation} /> : null}
    </>
  );
}
