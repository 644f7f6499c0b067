/**
 * The response review of one patient (issue 8; pathway-rules §8), linked from the chart's
 * pathway card and the worklist's "evaluation due" rows: the figures of the review (server-made,
 * ReviewFigures), the clinician's decision recorded on exactly those figures, and the decisions
 * made so far with the figures each was made on. The policy can be changed for the review (the
 * clinic's by default, kept in the address); a decision is kept with the policy it was made under.
 */
import { useState } from "react";
import type { Me } from "#contracts/api/auth.ts";
import type { PatientCare } from "#contracts/api/care.ts";
import type { PolicyId } from "#domain/shared/record.ts";
import { api } from "#web/app/api.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { membershipCan, membershipFor } from "#web/app/home.ts";
import { Link, navigate } from "#web/app/router.tsx";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { Card } from "#web/ui/Card.tsx";
import { formatPlainDate } from "#web/ui/format.ts";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { Page } from "#web/ui/Page.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { PolicySelect } from "#web/features/assessment/PolicySelect.tsx";
import { policyFromSearch, searchWithPolicy } from "#web/features/assessment/policy-in-address.ts";
import { useClinicPolicy } from "#web/features/assessment/use-assessment.ts";
import { DecisionForm } from "#web/features/care/DecisionForm.tsx";
import { ACTION_WORDS, stateText } from "#web/features/worklist/pathway-words.ts";
import { DecisionHistory } from "./DecisionHistory.tsx";
import { RECOMMENDATION_WORDS } from "./review-words.ts";
import { ReviewFigures } from "./ReviewFigures.tsx";
import "../assessment/assessment.css";
import "../care/care.css";
import "./review.css";

type ReviewPageProps = { readonly me: Me; readonly clinicId: string; readonly patientId: string };

export function ReviewPage({ me, clinicId, patientId }: ReviewPageProps) {
  const [policy, setPolicy] = useState<PolicyId | null>(() => policyFromSearch(window.location.search));
  const [reviewRevision, setReviewRevision] = useState(0);
  const [saved, setSaved] = useState<{ readonly care: PatientCare; readonly message: string } | null>(null);
  const clinicPolicy = useClinicPolicy(clinicId);
  const patient = useApiQuery(`patient:${clinicId}:${patientId}`, () => api("getPatient", { params: { clinicId, patientId } }));
  const review = useApiQuery(`response-review:${clinicId}:${patientId}:${policy ?? "clinic"}:${reviewRevision}`, () =>
    api("responseReview", { params: { clinicId, patientId }, query: policy === null ? {} : { policy } }),
  );
  const careQuery = useApiQuery(`care:${clinicId}:${patientId}:review`, () => api("patientCare", { params: { clinicId, patientId } }));
  const canDecide = membershipCan(membershipFor(me, clinicId), "clinical.write");

  const loadedPatient = patient.state.phase === "loaded" ? patient.state.data : null;
  const loadedReview = review.state.phase === "loaded" ? review.state.data : null;
  const care = saved?.care ?? (careQuery.state.phase === "loaded" ? careQuery.state.data : null);

  const choosePolicy = (next: PolicyId) => {
    setPolicy(next);
    setSaved(null);
    navigate(`${window.location.pathname}${searchWithPolicy(window.location.search, next)}`, { replace: true });
  };

  return (
    <Page title={loadedPatient ? `Response review: ${loadedPatient.patient.name}` : "Response review"} theme="clinic" header={<AppHeader me={me} clinicId={clinicId} />}>
      <p>
        <Link to={`/clinic/${clinicId}/patients/${patientId}`}>Back to the chart</Link>
      </p>
      <div className="review-toolbar row">
        <PolicySelect value={policy ?? loadedReview?.policy ?? clinicPolicy} clinicDefault={clinicPolicy} onChange={choosePolicy} label="Review under" />
        {loadedReview ? <p className="muted">{`As of ${formatPlainDate(loadedReview.asOf)}, the patient's today.`}</p> : null}
      </div>
      {loadedReview === null ? <LoadStatus state={review.state} what="the response review" onRetry={() => void review.reload()} /> : null}
      {loadedReview ? (
        <div className="stack">
          <ReviewFigures review={loadedReview} />
          <Card title="Decision">
            {care?.pathway ? (
              <p data-testid="review-pathway">
                {`Pathway: ${stateText(care.pathway.state, care.pathway.cycle, care.pathway.stoppedBy)} · next: ${ACTION_WORDS[care.pathway.nextAction]}${care.pathway.nextActionDate ? `, ${formatPlainDate(care.pathway.nextActionDate)}` : ""}`}
              </p>
            ) : null}
            {saved !== null ? (
              <StatusMessage tone="ok" title="Saved." testId="review-saved">
                <p>{`${saved.message} It is kept with the figures above (as of ${formatPlainDate(loadedReview.asOf)}).`}</p>
              </StatusMessage>
            ) : null}
            {canDecide && loadedPatient ? (
              saved === null ? (
                <DecisionForm
                  key={loadedReview.fingerprint}
                  clinicId={clinicId}
                  patientId={patientId}
                  today={loadedPatient.today}
                  reviewed={{
                    asOf: loadedReview.asOf,
                    policy: loadedReview.policy,
                    fingerprint: loadedReview.fingerprint,
                    recommendation: loadedReview.assessment.response.recommendation,
                    recommendationWords: loadedReview.assessment.response.recommendation === null ? null : RECOMMENDATION_WORDS[loadedReview.assessment.response.recommendation],
                  }}
                  onDone={(answer, message) => setSaved({ care: answer, message })}
                  onReviewChanged={() => setReviewRevision((n) => n + 1)}
                />
              ) : null
            ) : !canDecide ? (
              <p className="muted">Treatment decisions are recorded by the clinic&apos;s clinicians.</p>
            ) : null}
          </Card>
          <Card title="Decisions made">
            {care === null ? <LoadStatus state={careQuery.state} what="the decisions" onRetry={() => void careQuery.reload()} /> : <DecisionHistory clinicId={clinicId} patientId={patientId} decisions={care.decisions} />}
          </Card>
        </div>
      ) : null}
    </Page>
  );
}
