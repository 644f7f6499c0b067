/**
 * Every criterion of the policy (pathway-rules §5), in the policy's order: its status as word and
 * icon, the rule's one-line detail, what is missing when unknown, and its evidence on request.
 */
import type { CriterionView } from "./assessment-view.ts";
import { criterionEvidence, type TrialRow } from "./criterion-evidence.ts";
import { EvidenceDisclosure, FactList } from "./EvidenceDisclosure.tsx";
import { EvidenceTable } from "./EvidenceTable.tsx";
import { CRITERION_TEXT, criterionTitle, describeMissing, detailSentence } from "./labels.ts";
import { StatusBadge } from "./StatusBadge.tsx";

function TrialsTable({ trials }: { readonly trials: readonly TrialRow[] }) {
  if (trials.length === 0) return <p>No preventive trials are recorded (none tried).</p>;
  return (
    <EvidenceTable
      caption="Preventive trials as judged"
      head={
        <tr>
          <th scope="col">Drug</th>
          <th scope="col">Class</th>
          <th scope="col">Dates</th>
          <th scope="col">Days</th>
          <th scope="col">Outcome</th>
          <th scope="col">Counts as failed</th>
        </tr>
      }
    >
      {trials.map((trial, index) => (
        <tr key={`${trial.name}-${index}`}>
          <th scope="row">{trial.name}</th>
          <td>{trial.drugClass}</td>
          <td className="nowrap">{trial.dates}</td>
          <td>{trial.days}</td>
          <td>{trial.outcome}</td>
          <td>{trial.countsAsFailed}</td>
        </tr>
      ))}
    </EvidenceTable>
  );
}

function CriterionItem({ criterion }: { readonly criterion: CriterionView }) {
  const text = CRITERION_TEXT[criterion.status];
  const title = criterionTitle(criterion.id, criterion.evidence);
  const evidence = criterionEvidence(criterion.id, criterion.evidence);
  return (
    <li className="criterion" data-testid={`criterion-${criterion.id}`} data-status={criterion.status}>
      <StatusBadge verdict={text.verdict} text={text.short} testId={`criterion-${criterion.id}-status`} />
      <div className="criterion__body">
        <h4 className="criterion__title">{title}</h4>
        <p className="criterion__detail numeric">{detailSentence(criterion.detail)}</p>
        {criterion.status === "unknown" ? (
          <p className="criterion__missing" data-testid={`criterion-${criterion.id}-missing`}>
            <strong>Missing: </strong>
            {criterion.missing ? describeMissing(criterion.missing) : "not said by the server"}
          </p>
        ) : null}
        <EvidenceDisclosure about={title} testId={`criterion-${criterion.id}-evidence`}>
          <FactList facts={evidence.facts} />
          {evidence.trials ? <TrialsTable trials={evidence.trials} /> : null}
        </EvidenceDisclosure>
      </div>
    </li>
  );
}

export function CriteriaList({ criteria }: { readonly criteria: readonly CriterionView[] }) {
  return (
    <ol className="criteria" data-testid="criteria">
      {criteria.map((criterion) => (
        <CriterionItem key={criterion.id} criterion={criterion} />
      ))}
    </ol>
  );
}
