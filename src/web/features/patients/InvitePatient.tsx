/** Creates the patient's single-use invitation link to the diary app, and shows it to copy. */
import { useState } from "react";
import type { InvitationCreated } from "#contracts/api/invitations.ts";
import { api } from "#web/app/api.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { Button } from "#web/ui/Button.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { InvitationLink } from "#web/features/invitations/InvitationLink.tsx";

type InvitePatientProps = { readonly clinicId: string; readonly patientId: string; readonly name: string; readonly hasAccount: boolean };

export function InvitePatient({ clinicId, patientId, name, hasAccount }: InvitePatientProps) {
  const [invitation, setInvitation] = useState<InvitationCreated | null>(null);
  const submit = useSubmit();

  const invite = async () => {
    const created = await submit.run(() => api("invitePatient", { params: { clinicId, patientId } }));
    if (created) setInvitation(created);
  };

  return (
    <div>
      <p>{hasAccount ? `${name} has signed up for the diary app.` : `${name} has not signed up for the diary app yet.`}</p>
      {hasAccount ? null : (
        <Button variant="primary" onClick={() => void invite()} busy={submit.busy} busyLabel="Creating the link…">
          {invitation ? "Create a new link" : "Invite patient"}
        </Button>
      )}
      <FormProblem error={submit.error} title="No invitation was created." />
      {invitation ? <InvitationLink who={name} invitation={invitation} /> : null}
    </div>
  );
}
