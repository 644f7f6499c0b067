/**
 * Where the patient stands on the pathway (the same state and next action as their worklist
 * row, computed by src/domain/pathway), with the two records that move it besides sessions and
 * visits: prior authorizations, kept by a coordinator (schedule.manage), and treatment decisions,
 * made by a clinician (clinical.write) after the response review. Without either permission the
 * card only shows. `revision` changes when another card on the chart changed the record.
 */
import { useState } from "react";
import type { PatientCare } from "#contracts/api/care.ts";
import { api } from "#web/app/api.ts";
import { Link } from "#web/app/router.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Button } from "#web/ui/Button.tsx";
import { Card } from "#web/ui/Card.tsx";
import { formatInstant, formatPlainDate } from "#web/ui/format.ts";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { ACTION_WORDS, stateText } from "#web/features/worklist/pathway-words.ts";
import { agreementText } from "#web/features/review/review-words.ts";
import { AuthorizationForm } from "./AuthorizationForm.tsx";
import { authorizationLine, decisionLine, recordedLine } from "./care-words.ts";
import { DecisionForm } from "./DecisionForm.tsx";
import "./care.css";

type PathwayCardProps = {
  readonly clinicId: string;
  readonly patientId: string;
  readonly today: string;
  readonly canAuthorize: boolean;
  readonly canDecide: boolean;
  readonly revision?: number;
  /** Called after this card saved, so the chart's other cards can show the change. */
  readonly onChanged?: () => void;
};

type Mode = { readonly form: "none" } | { readonly form: "authorization"; readonly editing: PatientCare["authorizations"][number] | null } | { readonly form: "decision" };

export function PathwayCard({ clinicId, patientId, today, canAuthorize, canDecide, revision = 0, onChanged }: PathwayCardProps) {
  const query = useApiQuery(`care:${clinicId}:${patientId}:${revision}`, () => api("patientCare", { params: { clinicId, patientId } }));
  const [saved, setSaved] = useState<{ readonly care: PatientCare; readonly revision: number } | null>(null);
  const [mode, setMode] = useState<Mode>({ form: "none" });
  const [done, setDone] = useState<string | null>(null);
  // What this card saved wins over the load it started from; a newer load from a change elsewhere wins over both.
  const care = saved !== null && saved.revision === revision ? saved.care : query.state.phase === "loaded" ? query.state.data : null;

  const finished = (answer: PatientCare, message: string) => {
    setSaved({ care: answer, revision });
    setMode({ form: "none" });
    setDone(message);
    onChanged?.();
  };
  const open = (next: Mode) => {
    setDone(null);
    setMode(next);
  };
  const close = () => setMode({ form: "none" });

  return (
    <Card title="Pathway">
      {care === null ? <LoadStatus state={query.state} what="the pathway" onRetry={() => void query.reload()} /> : null}
      {care ? (
        <div className="pathway-card" data-testid="pathway-card">
          {done !== null ? (
            <StatusMessage tone="ok" title="Saved." testId="care-saved">
              <p>{done}</p>
            </StatusMessage>
          ) : null}
          <PathwayState pathway={care.pathway} />
          <section aria-labelledby="authorizations-title">
            <h3 id="authorizations-title">Prior authorization</h3>
            {care.authorizations.length === 0 ? <p className="muted">None recorded.</p> : null}
            <ul className="care-list">
              {care.authorizations.map((authorization, index) => (
                <li key={authorization.id} className={`care-item care-item--${authorization.status}`} data-testid="authorization">
                  <p className="care-item__line">
                    {index === 0 ? <strong>{authorizationLine(authorization)}</strong> : authorizationLine(authorization)}
                  </p>
                  {authorization.note ? <p className="care-item__note">{authorization.note}</p> : null}
                  <p className="muted care-item__meta">{recordedLine(authorization, formatInstant(authorization.recordedAt))}</p>
                  {canAuthorize && mode.form === "none" ? (
                    <Button onClick={() => open({ form: "authorization", editing: authorization })} aria-label={`Update: ${authorizationLine(authorization)}`}>
                      Update
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
            {canAuthorize && mode.form === "none" ? <Button onClick={() => open({ form: "authorization", editing: null })}>Record an authorization</Button> : null}
            {mode.form === "authorization" ? (
              <AuthorizationForm clinicId={clinicId} patientId={patientId} today={today} editing={mode.editing} onDone={finished} onClose={close} />
            ) : null}
          </section>
          <section aria-labelledby="decisions-title">
            <h3 id="decisions-title">Treatment decisions</h3>
            {care.decisions.length === 0 ? <p className="muted">None recorded.</p> : null}
            <ul className="care-list">
              {care.decisions.map((decision) => (
                <li key={decision.id} className={decision.basis?.followsRecommendation === false ? "care-item care-item--departs" : "care-item"} data-testid="decision">
                  <p className="care-item__line">{decisionLine(decision)}</p>
                  {decision.basis ? <p className="care-item__basis">{agreementText(decision.basis)}</p> : null}
                  <p className="care-item__note">{decision.reason}</p>
                  <p className="muted care-item__meta">{recordedLine(decision, formatInstant(decision.recordedAt))}</p>
                </li>
              ))}
            </ul>
            <p>
              <Link to={`/clinic/${clinicId}/patients/${patientId}/review`}>Open the response review</Link>
              <span className="muted">{" "}(baseline against evaluation window, the policy's recommendation, decisions with their figures)</span>
            </p>
            {canDecide && mode.form === "none" ? <Button onClick={() => open({ form: "decision" })}>Record a decision</Button> : null}
            {mode.form === "decision" ? <DecisionForm clinicId={clinicId} patientId={patientId} today={today} onDone={finished} onClose={close} /> : null}
          </section>
        </div>
      ) : null}
    </Card>
  );
}

function PathwayState({ pathway }: { readonly pathway: PatientCare["pathway"] }) {
  if (pathway === null) return <p className="muted">The pathway state is being worked out; it appears after the next refresh.</p>;
  return (
    <dl className={pathway.overdue ? "pathway-state pathway-state--overdue" : "pathway-state"} data-testid="pathway-state">
      <div>
        <dt>State</dt>
        <dd>{stateText(pathway.state, pathway.cycle, pathway.stoppedBy)}</dd>
      </div>
      <div>
        <dt>Next</dt>
        <dd>
          {ACTION_WORDS[pathway.nextAction]}
          {pathway.nextActionDate ? `, ${formatPlainDate(pathway.nextActionDate)}` : ""}
          
        </dd>
      </div>
      {pathway.overdue ? (
        <div>
          <dt>Session</dt>
          <dd className="pathway-state__overdue">Overdue: past the late date, none booked</dd>
        </div>
      ) : null}
      {pathway.lastSessionDate ? (
        <div>
          <dt>Last session</dt>
          <dd>{formatPlainDate(pathway.lastSessionDate)}</dd>
        </div>
      ) : null}
      {pathway.nextDue ? (
        <div>
          <dt>Next due</dt>
          <dd>{`${formatPlainDate(pathway.nextDue)}${pathway.nextLate ? `, late after ${formatPlainDate(pathway.nextLate)}` : ""}`}</dd>
        </div>
      ) : null}
    </dl>
  );
}
