/**
 * One injection session at the injector's tablet: the draft being recorded, or the signed record
 * with its revisions. The address holds the session's id (a draft's id becomes the signed
 * session's), so a reload opens the same session in the state it is in.
 */
import type { Me } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { Link } from "#web/app/router.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { formatPlainDate } from "#web/ui/format.ts";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { Page } from "#web/ui/Page.tsx";
import { SessionHoldNotice } from "#web/features/side-effects/HoldNotice.tsx";
import { DraftEditor } from "./DraftEditor.tsx";
import { SignedSessionView } from "./SignedSessionView.tsx";

type Props = { readonly me: Me; readonly clinicId: string; readonly patientId: string; readonly sessionId: string };

type Opened = { readonly kind: "draft" } | { readonly kind: "signed"; readonly session: Awaited<ReturnType<typeof loadSigned>> };

const loadSigned = (clinicId: string, patientId: string, sessionId: string) => api("session", { params: { clinicId, patientId, sessionId } });

/**
 * A draft still open, or the signed session (also for sessions that never had a draft, such as
 * imported ones): the patient's list says which, so neither is asked for in vain.
 */
async function open(clinicId: string, patientId: string, sessionId: string): Promise<Opened> {
  const list = await api("patientSessions", { params: { clinicId, patientId } });
  if (list.drafts.some((draft) => draft.id === sessionId)) return { kind: "draft" };
  return { kind: "signed", session: await loadSigned(clinicId, patientId, sessionId) };
}

/** The context for a new session today, or for the signed session shown (its previous session and side effects before its date). */
function loadContext(clinicId: string, patientId: string, opened: Opened) {
  return api("sessionContext", { params: { clinicId, patientId }, query: opened.kind === "signed" ? { forSessionId: opened.session.id } : {} });
}

export function SessionPage({ me, clinicId, patientId, sessionId }: Props) {
  const patient = useApiQuery(`patient:${clinicId}:${patientId}`, () => api("getPatient", { params: { clinicId, patientId } }));
  const opened = useApiQuery(`session:${sessionId}`, () => open(clinicId, patientId, sessionId));
  const shown = opened.state.phase === "loaded" ? opened.state.data : null;
  const context = useApiQuery(`session-context:${clinicId}:${patientId}:${shown?.kind ?? "opening"}:${sessionId}`, () => (shown === null ? new Promise<never>(() => {}) : loadContext(clinicId, patientId, shown)));
  const name = patient.state.phase === "loaded" ? patient.state.data.patient.name : "the patient";
  const title = opened.state.phase === "loaded" && opened.state.data.kind === "signed" ? `Injection session, ${formatPlainDate(opened.state.data.session.current.content.date)}` : "Injection session";

  return (
    <Page title={title} theme="clinic" width="full" header={<AppHeader me={me} clinicId={clinicId} />}>
      <p>
        <Link to={`/clinic/${clinicId}/patients/${patientId}`}>{`‹ ${name}`}</Link>
      </p>
      {context.state.phase !== "loaded" ? <LoadStatus state={context.state} what="the session's context" onRetry={() => void context.reload()} /> : null}
      {opened.state.phase !== "loaded" ? <LoadStatus state={opened.state} what="the session" onRetry={() => void opened.reload()} /> : null}
      {context.state.phase === "loaded" && opened.state.phase === "loaded" ? (
        opened.state.data.kind === "draft" ? (
          <>
            <SessionHoldNotice clinicId={clinicId} patientId={patientId} />
            <DraftEditor me={me} clinicId={clinicId} patientId={patientId} draftId={sessionId} context={context.state.data} onSigned={() => void Promise.all([opened.reload(), context.reload()])} />
          </>
        ) : (
          <SignedSessionView key={opened.state.data.session.current.revision} me={me} clinicId={clinicId} patientId={patientId} session={opened.state.data.session} context={context.state.data} onAmended={() => void opened.reload()} />
        )
      ) : null}
    </Page>
  );
}
