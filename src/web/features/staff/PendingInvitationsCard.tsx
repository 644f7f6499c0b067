/**
 * The clinic's invitations not yet accepted (a table; cards on a phone): who, for what, sent when,
 * until when; Revoke (the link stops working at once) and Resend (a new link to pass on, with a
 * new expiry; the old link stops working).
 */
import { useState } from "react";
import type { InvitationCreated, PendingInvitation } from "#contracts/api/invitations.ts";
import { api } from "#web/app/api.ts";
import type { Query } from "#web/app/use-api-query.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { InvitationLink } from "#web/features/invitations/InvitationLink.tsx";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";
import { formatInstant } from "#web/ui/format.ts";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { roleNames } from "./role-words.ts";

type Outcome = { readonly kind: "revoked"; readonly name: string } | { readonly kind: "resent"; readonly name: string; readonly invitation: InvitationCreated };

export function PendingInvitationsCard({ clinicId, query, onChanged }: { readonly clinicId: string; readonly query: Query<PendingInvitation[]>; readonly onChanged: () => void }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const submit = useSubmit();

  const revoke = async (invitation: PendingInvitation) => {
    setOutcome(null);
    if (await submit.run(() => api("revokeInvitation", { params: { clinicId, invitationId: invitation.id } }))) {
      setOutcome({ kind: "revoked", name: invitation.name });
      onChanged();
    }
  };
  const resend = async (invitation: PendingInvitation) => {
    setOutcome(null);
    const created = await submit.run(() => api("resendInvitation", { params: { clinicId, invitationId: invitation.id } }));
    if (created) {
      setOutcome({ kind: "resent", name: invitation.name, invitation: created });
      onChanged();
    }
  };

  const columns: Column<PendingInvitation>[] = [
    { header: "Name", cell: (row) => row.name, rowHeader: true },
    { header: "Email", cell: (row) => <span className="staff__email">{row.email ?? "Chosen by the patient"}</span> },
    { header: "For", cell: (row) => (row.kind === "patient" ? "Patient's diary" : roleNames(row.roles).join(", ")) },
    { header: "Sent", cell: (row) => formatInstant(row.sentAt) },
    { header: "Expires", cell: (row) => formatInstant(row.expiresAt) },
    {
      header: "Actions",
      cell: (row) => (
        <div className="row staff__invitation-actions">
          <Button variant="quiet" className="staff__action" aria-label={`Resend the invitation of ${row.name}`} onClick={() => void resend(row)} disabled={submit.busy}>
            Resend
          </Button>
          <Button variant="quiet" className="staff__action" aria-label={`Revoke the invitation of ${row.name}`} onClick={() => void revoke(row)} disabled={submit.busy}>
            Revoke
          </Button>
        </div>
      ),
    },
  ];

  return (
    <Card title="Invitations not yet accepted">
      <FormProblem error={submit.error} title="Not changed." />
      {outcome?.kind === "revoked" ? (
        <StatusMessage tone="ok" title="Invitation revoked." testId="invitation-revoked">
          <p>{`The link sent to ${outcome.name} no longer works.`}</p>
        </StatusMessage>
      ) : null}
      {outcome?.kind === "resent" ? <InvitationLink who={outcome.name} invitation={outcome.invitation} /> : null}
      {query.state.phase === "loaded" ? (
        <DataTable
          caption="Invitations not yet accepted"
          captionHidden
          columns={columns}
          rows={query.state.data}
          rowKey={(row) => row.id}
          testId="pending-invitations"
          empty={<p className="muted">No invitation is waiting to be accepted.</p>}
        />
      ) : (
        <LoadStatus state={query.state} what="the invitations" onRetry={() => void query.reload()} />
      )}
    </Card>
  );
}
