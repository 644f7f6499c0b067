/**
 * The clinical assessment of the patient's diary for a clinician's 30-second read (design.md,
 * "Evidence beside every verdict for staff"): chronic migraine, suspected medication overuse and
 * eligibility for onabotulinumtoxinA under a policy, each with its reasons, every criterion listed,
 * and the evidence one click away. As of the patient's today; the policy is the clinic's default
 * unless the clinician views another (kept in the address as `?policy=`).
 */
import { useState } from "react";
import type { PolicyId } from "#domain/shared/record.ts";
import { LoadStatus } from "#web/ui/LoadStatus.tsx";
import { StatusMessage } from "#web/ui/StatusMessage.tsx";
import { asOfText } from "./as-of.ts";
import type { AssessmentView } from "./assessment-view.ts";
import { CriteriaList } from "./CriteriaList.tsx";
import { ChronicMigraineVerdict, OveruseVerdict } from "./DiaryVerdicts.tsx";
import { ELIGIBILITY_TEXT, POLICY_SUMMARIES, criteriaTally, isPolicyId, policyLabel } from "./labels.ts";
import { policyFromSearch, searchWithPolicy } from "./policy-in-address.ts";
import { PolicySelect } from "./PolicySelect.tsx";
import { StatusBadge } from "./StatusBadge.tsx";
import { useAssessment, useClinicPolicy } from "./use-assessment.ts";
import { VerdictRow } from "./VerdictRow.tsx";
import { diaryShortfall } from "./window-evidence.ts";
import "./assessment.css";

type AssessmentCardProps = {
  readonly clinicId: string;
  readonly patientId: string;
  /** The patient's today (their time zone), the date the assessment is made as of. */
  readonly today: string;
  /** Goes up when the clinical history changes: the assessment is then asked again. */
  readonly revision?: number;
};

export function AssessmentCard({ clinicId, patientId, today, revision = 0 }: AssessmentCardProps) {
  const [chosen, setChosen] = useState<PolicyId | null>(() => policyFromSearch(window.location.search));
  const clinicDefault = useClinicPolicy(clinicId);
  const { query, shown, updating } = useAssessment(clinicId, patientId, today, chosen, revision);

  const choose = (policy: PolicyId) => {
    // Choosing the clinic's default drops the parameter, so the view follows the clinic's setting.
    const next = policy === clinicDefault ? null : policy;
    setChosen(next);
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, "", `${pathname}${searchWithPolicy(search, next)}`);
  };

  const shownPolicy = chosen ?? (shown && isPolicyId(shown.policy) ? shown.policy : clinicDefault);

  return (
    <section className="card assessment" aria-labelledby="assessment-title" aria-busy={updating || undefined} data-testid="assessment">
      <div className="assessment__head">
        <div>
          <h2 id="assessment-title" className="assessment__title">
            Assessment
          </h2>
          <p className="muted assessment__as-of" data-testid="assessment-as-of">
            {shown ? asOfText(shown.asOf, today) : asOfText(today, today)}
          </p>
        </div>
        <PolicySelect value={shownPolicy} clinicDefault={clinicDefault} onChange={choose} />
      </div>
      {/* Nothing to show yet, or the last request failed: say so, with a retry. */}
      {shown === null ? <LoadStatus state={query.state} what="the assessment" onRetry={() => void query.reload()} /> : null}
      {updating ? (
        <p className="muted" role="status">{`Updating for ${policyLabel(chosen ?? clinicDefault ?? "")}…`}</p>
      ) : null}
      {shown ? <AssessmentBody assessment={shown} /> : null}
    </section>
  );
}

function AssessmentBody({ assessment }: { readonly assessment: AssessmentView }) {
  const shortfall = diaryShortfall(assessment.chronicMigraine.windows);
  const eligibility = ELIGIBILITY_TEXT[assessment.eligibility.status];
  const policyName = policyLabel(assessment.policy);
  return (
    <>
      {shortfall.length > 0 ? <NotEnoughDiary shortfall={shortfall} minRecordedDays={assessment.settings.minRecordedDays} /> : null}
      <div className="verdicts">
        <ChronicMigraineVerdict assessment={assessment} />
        <OveruseVerdict assessment={assessment} />
        <VerdictRow
          title="Eligibility for onabotulinumtoxinA"
          subtitle={`Under ${policyName}`}
          badge={<StatusBadge verdict={eligibility.verdict} text={eligibility.short} size="large" testId="eligibility-status" />}
          testId="eligibility"
        >
          <p className="eligibility__summary">
            <strong className="numeric" data-testid="eligibility-tally">
              {criteriaTally(assessment.eligibility.criteria)}
            </strong>
            <span className="muted">{` under ${policyName}. `}</span>
            <span className="muted">{isPolicyId(assessment.policy) ? POLICY_SUMMARIES[assessment.policy] : ""}</span>
          </p>
          <CriteriaList criteria={assessment.eligibility.criteria} />
        </VerdictRow>
      </div>
      <p className="muted assessment__footnote">
        {`Pathway rules version ${assessment.rulesVersion}. A window counts as complete with ${assessment.settings.minRecordedDays} of 28 days recorded; a headache day lasts ${assessment.settings.headacheDayMinHours} h or more. Decision support: the clinician decides.`}
      </p>
    </>
  );
}

function NotEnoughDiary({ shortfall, minRecordedDays }: { readonly shortfall: ReturnType<typeof diaryShortfall>; readonly minRecordedDays: number }) {
  return (
    <StatusMessage tone="warn" title="Not enough diary yet" live={false} testId="not-enough-diary">
      <p>{`Chronic migraine and medication overuse are judged on the last three 28-day windows, each with at least ${minRecordedDays} of 28 days recorded.`}</p>
      <ul className="shortfall numeric">
        {shortfall.map((row) => (
          <li key={row.name}>{`${row.name} (${row.dates}): ${row.daysRecorded} of 28 recorded, ${row.daysNeeded} more needed`}</li>
        ))}
      </ul>
    </StatusMessage>
  );
}
