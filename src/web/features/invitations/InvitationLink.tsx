/** A freshly created invitation link, to copy and pass on; says until when it works. */
import type { InvitationCreated } from "#contracts/api/invitations.ts";
import { CopyField } from "#web/ui/CopyField.tsx";
import { formatInstant } from "#web/ui/format.ts";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";

/** Invitation links are absolute on the server's public address; shown as given. */
export function InvitationLink({ who, invitation }: { readonly who: string; readonly invitation: InvitationCreated }) {
  const expires = formatInstant(invitation.expiresAt);
  return (
    <div className="invitation-link" data-testid="invitation-link">
      <StatusMessage tone="ok" title={`Invitation created for ${who}.`}>
        <p>{`Send this link to ${who}. It works once and expires on ${expires}.`}</p>
      </StatusMessage>
      <CopyField label="Invitation link" value={invitation.url} />
    </div>
  );
}
