/**
 * The decisions recorded for the patient, newest first, each with whether it followed the
 * policy's recommendation and, one click away, the figures it was made on: the review kept with
 * it when it was recorded (its basis), never recomputed.
 */
import { useState } from "react";
import type { PatientCare } from "#contracts/api/care.ts";
import { api } from "#web/app/api.ts";
import { useApiQuery } from "#web/app/use-api-query.ts";
import { formatInstant, formatPlainDate } from "#web/ui/format.ts";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { policyLabel } from "#web/features/assessment/labels.ts";
import { decisionLine, recordedLine } from "#web/features/care/care-words.ts";
import { agreementText } from "./review-words.ts";
import { ReviewFigures } from "./ReviewFigures.tsx";

type Decision = PatientCare["decisions"][number];

export function DecisionHistory({ clinicId, patientId, decisions }: { readonly clinicId: string; readonly patientId: string; readonly decisions: readonly Decision[] }) {
  if (decisions.length === 0) return <p className="muted">No decision recorded yet.</p>;
  return (
    <ul className="care-list" data-testid="review-decisions">
      {decisions.map((decision) => (
        <li key={decision.id} className={decision.basis?.followsRecommendation === false ? "care-item care-item--departs" : "care-item"} data-testid="review-decision">
          <p className="care-item__line">
            <strong>{decisionLine(decision)}</strong>
          </p>
          {decision.basis ? <p className="care-item__basis">{agreementText(decision.basis)}</p> : null}
          <p className="care-item__note">{decision.reason}</p>
          <p className="muted care-item__meta">{recordedLine(decision, formatInstant(decision.recordedAt))}</p>
          {decision.basis ? <BasisDisclosure clinicId={clinicId} patientId={patientId} decision={decision} basis={decision.basis} /> : <p className="muted">Recorded before reviews were kept with decisions.</p>}
        </li>
      ))}
    </ul>
  );
}

function BasisDisclosure({ clinicId, patientId, decision, basis }: { readonly clinicId: string; readonly patientId: string; readonly decision: Decision; readonly basis: NonNullable<Decision["basis"]> }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="review-basis" onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="decision-basis">
      <summary>{`Decided on these figures: as of ${formatPlainDate(basis.asOf)}, ${policyLabel(basis.policy)}`}</summary>
      {open ? <BasisFigures clinicId={clinicId} patientId={patientId} decisionId={decision.id} /> : null}
    </details>
  );
}

function BasisFigures({ clinicId, patientId, decisionId }: { readonly clinicId: string; readonly patientId: string; readonly decisionId: string }) {
  const query = useApiQuery(`decision-basis:${clinicId}:${patientId}:${decisionId}`, () => api("treatmentDecisionBasis", { params: { clinicId, patientId, decisionId } }));
  if (query.state.phase !== "loaded") return <LoadStatus state={query.state} what="the figures of that day" onRetry={() => void query.reload()} />;
  const basis = query.state.data;
  return (
    <div className="review-basis__figures">
      <p className="muted">{`Kept as the clinician saw them when the decision was recorded (${formatInstant(basis.recordedAt)}); later diary days do not change them.`}</p>
      <ReviewFigures review={basis.review} headingLevel={3} idPrefix={`basis-${decisionId}`} />
    </div>
  );
}
