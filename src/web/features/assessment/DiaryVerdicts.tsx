/**
 * The two verdicts read from the diary, each with its reasons and, on request, the windows'
 * counts it was judged on: chronic migraine (pathway-rules §3, ICHD-3 1.3) and suspected
 * medication overuse (§4, ICHD-3 8.2).
 */
import { MULTIPLE_CLASSES_MIN_DAYS } from "#domain/diagnosis/medication-overuse.ts";
import type { AssessmentView } from "./assessment-view.ts";
import { EvidenceDisclosure } from "./EvidenceDisclosure.tsx";
import { EvidenceTable, WindowHeader } from "./EvidenceTable.tsx";
import { CHRONIC_MIGRAINE_TEXT, OVERUSE_TEXT, chronicMigraineReasonText, isWindowLine, overuseClassesText, overuseReasonText, readableDates } from "./labels.ts";
import { StatusBadge } from "./StatusBadge.tsx";
import { VerdictRow } from "./VerdictRow.tsx";
import { chronicThresholds, chronicWindowRows, overuseTable } from "./window-evidence.ts";

type Props = { readonly assessment: AssessmentView };

export function ChronicMigraineVerdict({ assessment }: Props) {
  const { status, reasons } = assessment.chronicMigraine;
  const text = CHRONIC_MIGRAINE_TEXT[status];
  // Codes become sentences; the per-window lines are the table below; anything else is shown as said.
  const sentences = reasons.filter((reason) => !isWindowLine(reason)).map((reason) => chronicMigraineReasonText(reason, assessment.settings) ?? readableDates(reason));
  const rows = chronicWindowRows(assessment.chronicMigraine.windows);
  const thresholds = chronicThresholds(assessment.chronicMigraine.windows);
  return (
    <VerdictRow title="Chronic migraine" subtitle="ICHD-3 1.3, from the diary" badge={<StatusBadge verdict={text.verdict} text={text.short} size="large" testId="chronic-migraine-status" />}>
      <ul className="reasons" data-testid="chronic-migraine-reasons">
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <EvidenceDisclosure about="chronic migraine" testId="chronic-migraine-evidence">
        <EvidenceTable
          caption={
            thresholds === null
              ? "No windows were judged."
              : `Each window needs ${thresholds.anyHeadacheDays} or more days with any headache and ${thresholds.migraineDays} or more migraine days, with at least ${assessment.settings.minRecordedDays} of 28 days recorded.`
          }
          head={
            <tr>
              <th scope="col">Window</th>
              <th scope="col">Recorded</th>
              <th scope="col">{`Days with any headache (≥ ${thresholds?.anyHeadacheDays ?? "?"})`}</th>
              <th scope="col">{`Migraine days (≥ ${thresholds?.migraineDays ?? "?"})`}</th>
              <th scope="col">Meets both</th>
            </tr>
          }
        >
          {rows.map((row) => (
            <tr key={row.name}>
              <WindowHeader name={row.name} dates={row.dates} />
              <td>{row.recorded}</td>
              <td>{row.anyHeadacheDays}</td>
              <td>{row.migraineDays}</td>
              <td>{row.meets}</td>
            </tr>
          ))}
        </EvidenceTable>
      </EvidenceDisclosure>
    </VerdictRow>
  );
}

/** The ICHD-3 8.2 rules holding in a window, as the overuse verdict names them. */
const rulesText = (rules: readonly string[] | undefined) => (rules === undefined ? "not given" : rules.length === 0 ? "none" : overuseClassesText(rules));

export function OveruseVerdict({ assessment }: Props) {
  const { status, classes } = assessment.medicationOveruse;
  const text = OVERUSE_TEXT[status];
  const badgeText = status === "suspected" ? `${text.short}: ${overuseClassesText(classes)}` : text.short;
  const table = overuseTable(assessment.medicationOveruse.windows);
  const judged = assessment.medicationOveruse.windows;
  return (
    <VerdictRow title="Medication overuse" subtitle="ICHD-3 8.2, suspected from the diary" badge={<StatusBadge verdict={text.verdict} text={badgeText} size="large" testId="overuse-status" />}>
      <ul className="reasons">
        <li>{overuseReasonText(status, classes)}</li>
      </ul>
      <EvidenceDisclosure about="medication overuse" testId="overuse-evidence">
        <EvidenceTable
          caption="Days per window with any headache and with each judged class of acute medication; a count at or over its threshold says so."
          head={
            <tr>
              <th scope="col">Count</th>
              <th scope="col">Threshold</th>
              {table.columns.map((column) => (
                <th scope="col" key={column.name}>
                  {column.name}
                  <span className="window-dates muted">{column.dates}</span>
                  <span className="window-dates muted">{column.recorded}</span>
                </th>
              ))}
            </tr>
          }
        >
          {table.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{`${row.minDays} or more`}</td>
              {row.cells.map((cell, index) => (
                <td key={table.columns[index]?.name ?? index}>{cell.reaches ? <strong>{`${cell.days}, at or over`}</strong> : cell.days}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">ICHD-3 8.2 rules holding</th>
            <td />
            {table.columns.map((column, index) => (
              <td key={column.name}>{rulesText(judged[index]?.rules)}</td>
            ))}
          </tr>
        </EvidenceTable>
        <p className="muted">
          {`Gepants, ditans and other acute medicines are not judged: ICHD-3 sets no overuse threshold for them. Two or more judged classes on ${MULTIPLE_CLASSES_MIN_DAYS} or more days together, none over its own threshold, also count (ICHD-3 8.2.6).`}
        </p>
      </EvidenceDisclosure>
    </VerdictRow>
  );
}
