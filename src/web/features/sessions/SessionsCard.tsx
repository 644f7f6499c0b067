/** A patient's injection sessions on their chart: signed ones (amended ones marked), open drafts to continue, and starting one. */
import type { Me } from "#contracts/api/auth.ts";
import { api } from "#web/app/api.ts";
import { membershipCan, membershipFor } from "#web/app/home.ts";
import { Link, navigate } from "#web/app/router.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { useSubmit } from "#web/app/use-submit.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";
import { FormProblem } from "#web/ui/FormProblem.tsx";
import { formatInstant, formatPlainDate } from "#web/ui/format.ts";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import type { ApiResponse } from "#web/app/api.ts";
import { units } from "./session-words.ts";

type Row = ApiResponse<"patientSessions">["sessions"][number];

type Props = { readonly me: Me; readonly clinicId: string; readonly patientId: string };

export function SessionsCard({ me, clinicId, patientId }: Props) {
  const list = useApiQuery(`sessions:${clinicId}:${patientId}`, () => api("patientSessions", { params: { clinicId, patientId } }));
  const start = useSubmit();
  const mayDraft = membershipCan(membershipFor(me, clinicId), "sessions.draft");
  const sessionPath = (id: string) => `/clinic/${clinicId}/patients/${patientId}/sessions/${id}`;
  const columns: readonly Column<Row>[] = [
    { header: "Date", cell: (row) => <Link to={sessionPath(row.id)}>{formatPlainDate(row.date)}</Link> },
    { header: "Units", cell: (row) => <span className="numeric">{units(row.totalUnits)}</span> },
    { header: "Sites", cell: (row) => <span className="numeric">{`${row.sites}${row.followThePainSites > 0 ? ` (${row.followThePainSites} follow-the-pain)` : ""}`}</span> },
    { header: "Injector", cell: (row) => row.injectorName },
    { header: "Record", cell: (row) => (row.amended ? `Amended (${row.revision - 1}×)` : "Signed") },
  ];

  const begin = async () => {
    const draft = await start.run(() => api("startSessionDraft", { params: { clinicId, patientId }, body: {} }));
    if (draft) navigate(sessionPath(draft.id));
  };

  return (
    <Card title="Injection sessions">
      <LoadStatus state={list.state} what="the sessions" onRetry={() => void list.reload()} />
      {list.state.phase === "loaded" ? (
        <>
          {list.state.data.drafts.map((draft) => (
            <p key={draft.id} className="status status--warn" data-testid="open-draft">
              <span>
                {`Draft${draft.date ? ` for ${formatPlainDate(draft.date)}` : ""}, last saved ${formatInstant(draft.updatedAt)} by ${draft.updatedBy.name}. `}
                <Link to={sessionPath(draft.id)}>Continue the draft</Link>
              </span>
            </p>
          ))}
          <DataTable caption="Signed sessions" captionHidden columns={columns} rows={list.state.data.sessions} rowKey={(row) => row.id} empty={<p className="muted">No session given yet.</p>} />
        </>
      ) : null}
      <FormProblem error={start.error} title="Could not start a session." />
      {mayDraft ? (
        <Button variant="primary" onClick={() => void begin()} busy={start.busy} busyLabel="Starting…">
          Start a session
        </Button>
      ) : null}
    </Card>
  );
}
