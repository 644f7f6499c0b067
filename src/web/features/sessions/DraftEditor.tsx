/**
 * A session being recorded: the draft saved as the injector works (on the tablet first), the
 * domain's checks live, and signing once nothing blocks it. Only the injector recorded on the
 * session may sign; signing makes it immutable.
 */
import { useState } from "react";
import type { Me } from "#contracts/api/auth.ts";
import type { SessionContext } from "#contracts/api/sessions.ts";
import { api } from "#web/app/api.ts";
import { describeError, toApiError, type ApiError } from "#web/app/api-error.ts";
import { membershipCan, membershipFor } from "#web/app/home.ts";
import { navigate } from "#web/app/router.tsx";
import { Button } from "#web/ui/Button.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { checkDraft } from "./session-check.ts";
import { SaveStateNote } from "./SaveStateNote.tsx";
import { SessionForm } from "./SessionForm.tsx";
import { useSessionDraft } from "./use-session-draft.ts";

type Props = { readonly me: Me; readonly clinicId: string; readonly patientId: string; readonly draftId: string; readonly context: SessionContext; readonly onSigned: () => void };

export function DraftEditor({ me, clinicId, patientId, draftId, context, onSigned }: Props) {
  const { state, update, flush, reload, useOlderLocal, discardLocal, version } = useSessionDraft(clinicId, patientId, draftId);
  const [signError, setSignError] = useState<ApiError | null>(null);
  const [signing, setSigning] = useState(false);
  const membership = membershipFor(me, clinicId);

  if (state.loadError) return <StatusMessage tone="error" title={`Could not open the draft: ${describeError(state.loadError)}`} />;
  if (state.draft === null) return <StatusMessage tone="info" title="Opening the draft…" />;

  const check = checkDraft(state.content, context, null);
  const isInjector = state.content.injectorUserId === me.user.id;
  const maySign = membershipCan(membership, "sessions.sign") && isInjector;
  const signBlocked = !check.canSign ? "Fix the errors and write a reason for each warning first." : !isInjector ? "Only the injector recorded on the session can sign it." : !maySign ? "Your roles do not include signing sessions." : null;

  const sign = async () => {
    setSigning(true);
    setSignError(null);
    try {
      if (!(await flush())) throw new Error("The draft could not be sent; check the connection and try again.");
      await api("signSession", { params: { clinicId, patientId, draftId }, body: { version: version() } });
      onSigned();
    } catch (error) {
      setSignError(toApiError(error));
    } finally {
      setSigning(false);
    }
  };

  const discard = async () => {
    if (!window.confirm("Discard this draft? Nothing of it is kept.")) return;
    await flush();
    await api("discardSessionDraft", { params: { clinicId, patientId, draftId } });
    discardLocal();
    navigate(`/clinic/${clinicId}/patients/${patientId}`);
  };

  return (
    <div className="session-draft" data-testid="session-draft">
      <div className="session-draft__bar">
        <span className="badge badge--draft">Draft</span>
        <SaveStateNote state={state.saveState} storageFailed={state.storageFailed} />
        {state.saveState === "conflict" ? (
          <Button onClick={() => void reload()}>Reload the draft</Button>
        ) : null}
      </div>
      {state.olderLocal ? (
        <StatusMessage tone="warn" title="This tablet has changes to this draft that were not sent before another device saved it.">
          <div className="row">
            <Button onClick={useOlderLocal}>Use the changes from this tablet</Button>
            <Button variant="quiet" onClick={discardLocal}>Keep the saved draft</Button>
          </div>
        </StatusMessage>
      ) : null}
      {state.error && state.saveState === "refused" ? <StatusMessage tone="error" title={describeError(state.error)} /> : null}
      <SessionForm key={`${draftId}:${state.draft.id}`} content={state.content} onChange={update} context={context} check={check} readOnly={false} sessionId={null} />
      <div className="session-sign" data-testid="sign-area">
        {signBlocked ? <p className="muted">{signBlocked}</p> : <p>Signing records the session as given. It cannot be changed afterwards except by an amendment with a reason.</p>}
        {signError ? <StatusMessage tone="error" title={`Not signed: ${describeError(signError)}`} /> : null}
        <div className="row">
          <Button variant="primary" onClick={() => void sign()} disabled={signBlocked !== null} busy={signing} busyLabel="Signing…">
            Sign the session
          </Button>
          <Button variant="quiet" onClick={() => void discard()}>
            Discard the draft
          </Button>
        </div>
      </div>
    </div>
  );
}
