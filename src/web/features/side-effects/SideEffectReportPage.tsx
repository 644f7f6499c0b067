/**
 * One side-effect report (issue 8): its level and what it means, the onset, symptoms and note,
 * how and when it came, the session it follows with the sites and units at the muscles concerned,
 * what the patient was told, and every action the clinic took (the report's revisions, each with
 * its note). Clinicians acknowledge it, record actions and clear the hold on the next session.
 */
import { useState } from "react";
import type { Me } from "#contracts/api/auth.ts";
import type { SideEffectDetail } from "#contracts/api/side-effects.ts";
import { api } from "#web/app/api.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { membershipCan, membershipFor } from "#web/app/home.ts";
import { Link } from "#web/app/router.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Card } from "#web/ui/Card.tsx";
import { formatInstant, formatPlainDate } from "#web/ui/format.ts";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { Page } from "#web/ui/Page.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { holdersText } from "#web/features/stock/permission-words.ts";
import { FollowedSession } from "./FollowedSession.tsx";
import { LevelBadge } from "./LevelBadge.tsx";
import { AcknowledgeButton, ActionForm, ChangedMessage, ClearHoldForm } from "./ReportActions.tsx";
import { ACTION_WORDS, LEVEL_MEANING, STATUS_WORDS, sourceInWords, symptomsInWords } from "./side-effect-words.ts";
import "./side-effects.css";

type Props = { readonly me: Me; readonly clinicId: string; readonly patientId: string; readonly reportId: string };

export function SideEffectReportPage({ me, clinicId, patientId, reportId }: Props) {
  const query = useApiQuery(`side-effect:${clinicId}:${reportId}`, () => api("sideEffectReport", { params: { clinicId, patientId, reportId } }));
  const [changed, setChanged] = useState<{ readonly report: SideEffectDetail; readonly message: string } | null>(null);
  const report = changed?.report ?? (query.state.phase === "loaded" ? query.state.data : null);
  const canAct = membershipCan(membershipFor(me, clinicId), "clinical.write");
  const target = { clinicId, patientId, reportId };
  const onChanged = (next: SideEffectDetail, message: string) => setChanged({ report: next, message });

  return (
    <Page title={report ? `Side effect: ${report.patientName}` : "Side-effect report"} theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>
      <p>
        <Link to={`/clinic/${clinicId}/side-effects`}>‹ Side-effect inbox</Link>
        {" · "}
        <Link to={`/clinic/${clinicId}/patients/${patientId}`}>{report ? `${report.patientName}'s chart` : "The patient's chart"}</Link>
      </p>
      {report === null ? <LoadStatus state={query.state} what="the report" onRetry={() => void query.reload()} /> : null}
      {report ? (
        <div className="stack">
          <ChangedMessage message={changed?.message ?? null} />
          {report.hold === "held" ? (
            <StatusMessage tone="error" title="The patient's next session is on hold." live={false} testId="hold-notice">
              <p>No session can be signed for this patient until a clinician has reviewed this report and cleared the hold with a reason.</p>
              {canAct ? <ClearHoldForm key={report.revision} {...target} report={report} onChanged={onChanged} /> : <p>{`Clearing it needs ${holdersText("clinical.write")}.`}</p>}
            </StatusMessage>
          ) : null}
          <Card title="The report">
            <dl className="side-effect-facts" data-testid="report-facts">
              <div>
                <dt>Level</dt>
                <dd>
                  <LevelBadge level={report.level} /> {LEVEL_MEANING[report.level]}
                </dd>
              </div>
              <div>
                <dt>Symptoms</dt>
                <dd>{symptomsInWords(report.symptoms)}</dd>
              </div>
              <div>
                <dt>Onset</dt>
                <dd>{formatPlainDate(report.onsetDate)}</dd>
              </div>
              <div>
                <dt>Received</dt>
                <dd>{`${formatInstant(report.receivedAt)}, ${sourceInWords(report.source)}`}</dd>
              </div>
              {report.callBackBy ? (
                <div>
                  <dt>Call the patient by</dt>
                  <dd>{formatInstant(report.callBackBy)}</dd>
                </div>
              ) : null}
              {report.checkIn ? (
                <div>
                  <dt>Check-in</dt>
                  <dd>{`Day ${report.checkIn.day} after the session`}</dd>
                </div>
              ) : null}
              <div>
                <dt>Status</dt>
                <dd data-testid="report-status">{STATUS_WORDS[report.status]}</dd>
              </div>
              {report.hold === "cleared" ? (
                <div>
                  <dt>Next session</dt>
                  <dd>Hold cleared</dd>
                </div>
              ) : null}
            </dl>
            {report.note ? <p className="side-effect-note">{`In the patient's words: “${report.note}”`}</p> : null}
          </Card>
          <Card title="After the session">
            <FollowedSession session={report.followsSession} />
            {report.followsSession ? (
              <p>
                <Link to={`/clinic/${clinicId}/patients/${patientId}/sessions/${report.followsSession.id}`}>Open that session</Link>
              </p>
            ) : null}
          </Card>
          <Card title="What triage asks">
            <ul>
              {report.actions.map((action) => (
                <li key={action.text}>{`${action.audience === "patient" ? "The patient was told" : "The clinic"}: ${action.text}`}</li>
              ))}
            </ul>
          </Card>
          <Card title="Actions taken">
            <ol className="side-effect-history" data-testid="report-history">
              {report.history.map((entry) => (
                <li key={entry.revision}>
                  <p>
                    <strong>{entry.action === null ? "Received" : ACTION_WORDS[entry.action]}</strong>
                    <span className="muted">{` · ${formatInstant(entry.recordedAt)} · ${entry.recordedBy.name}`}</span>
                  </p>
                  {entry.note && entry.action !== "acknowledged" ? <p>{entry.note}</p> : null}
                </li>
              ))}
            </ol>
            {canAct ? (
              <>
                {report.status === "new" ? <AcknowledgeButton key={`ack-${report.revision}`} {...target} report={report} onChanged={onChanged} /> : null}
                <ActionForm key={`act-${report.revision}`} {...target} report={report} onChanged={onChanged} />
              </>
            ) : (
              <p className="muted">{`Recording actions needs ${holdersText("clinical.write")}.`}</p>
            )}
          </Card>
        </div>
      ) : null}
    </Page>
  );
}
