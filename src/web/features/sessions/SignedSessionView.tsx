/**
 * A signed session: the record as it stands (read-only), every revision listed with who made it,
 * when and why (the signed original stays visible), and an amendment, which needs a reason.
 */
import { useState } from "react";
import type { Me } from "#contracts/api/auth.ts";
import type { SessionContext, SessionView } from "#contracts/api/sessions.ts";
import { api } from "#web/app/api.ts";
import { describeError, toApiError, type ApiError } from "#web/app/api-error.ts";
import { membershipCan, membershipFor } from "#web/app/home.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { formatInstant } from "#web/ui/format.ts";
import { LabelledField } from "#web/ui/LabelledField.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { checkDraft } from "./session-check.ts";
import { SessionForm } from "./SessionForm.tsx";
import type { DraftContent } from "./use-session-draft.ts";

type Props = { readonly me: Me; readonly clinicId: string; readonly patientId: string; readonly session: SessionView; readonly context: SessionContext; readonly onAmended: () => void };

export function SignedSessionView({ me, clinicId, patientId, session, context, onAmended }: Props) {
  const [shown, setShown] = useState(session.current.revision);
  const [amending, setAmending] = useState<DraftContent | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const mayAmend = membershipCan(membershipFor(me, clinicId), "sessions.amend");
  const revision = session.revisions.find((r) => r.revision === shown) ?? session.current;
  const content = (amending ?? revision.content) as DraftContent;
  const check = checkDraft(content, context, session.id);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await api("amendSession", { params: { clinicId, patientId, sessionId: session.id }, body: { content: amending as never, reason, fromRevision: session.current.revision } });
      setAmending(null);
      setReason("");
      onAmended();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="session-signed" data-testid="session-signed">
      <div className="session-draft__bar">
        <span className={session.revisions.length > 1 ? "badge badge--amended" : "badge badge--signed"}>{session.revisions.length > 1 ? "Signed, amended" : "Signed"}</span>
        <span className="muted">{`Injector: ${session.injector.name}`}</span>
      </div>
      <Card title="Record history" className="session-section">
        <ol className="revisions" data-testid="revisions">
          {session.revisions.map((r) => (
            <li key={r.revision}>
              <strong>{r.revision === 1 ? "Signed" : `Amendment ${r.revision - 1}`}</strong>
              {` by ${r.recordedBy.name}, ${formatInstant(r.recordedAt)}`}
              {r.reason ? <span className="revisions__reason">{` · Reason: ${r.reason}`}</span> : null}
              {r.revision === shown && amending === null ? (
                <span className="muted"> · shown below</span>
              ) : (
                <Button variant="quiet" onClick={() => { setAmending(null); setShown(r.revision); }}>
                  {`Show ${r.revision === 1 ? "the original" : `amendment ${r.revision - 1}`}`}
                </Button>
              )}
            </li>
          ))}
        </ol>
        {mayAmend && amending === null ? (
          <Button onClick={() => { setShown(session.current.revision); setAmending(session.current.content as DraftContent); }}>Amend this session</Button>
        ) : null}
      </Card>
      {amending !== null ? (
        <StatusMessage tone="info" title="Amending: the signed record stays on file; the corrected record becomes current.">
          <LabelledField label="Reason for the amendment" hint="Required; kept with the record.">
            {(control) => <textarea {...control} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="amend-reason" />}
          </LabelledField>
          {error ? <p className="field__error">{describeError(error)}</p> : null}
          <div className="row">
            <Button variant="primary" onClick={() => void save()} disabled={reason.trim() === "" || !check.canSign} busy={busy} busyLabel="Saving…">
              Save the amendment
            </Button>
            <Button variant="quiet" onClick={() => setAmending(null)}>Cancel</Button>
          </div>
        </StatusMessage>
      ) : null}
      <SessionForm key={`${session.id}:${shown}:${amending === null ? "view" : "amend"}`} content={content} onChange={setAmending} context={context} check={check} readOnly={amending === null} sessionId={session.id} />
    </div>
  );
}
