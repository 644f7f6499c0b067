/**
 * One instrument's history for the clinician: a small chart with the grade bands (the chart
 * library's ScoreHistoryChart, loaded on demand) and a table of every score with its grade, change
 * since the previous one, the meaningful-change flag (HIT-6: a fall of 5 or more; MIDAS: the AHS
 * rule) and how it was entered. A questionnaire withdrawn as entered in error stays in the table
 * where it was filled in, struck through with why, by whom and when; it is in no change and not in
 * the chart. Clinicians get "Entered in error" on each counted one.
 */
import { lazy, Suspense, useMemo, type ReactNode } from "react";
import type { StaffQuestionnaire, WithdrawnQuestionnaire } from "#contracts/api/questionnaires.ts";
import { hit6Grade, HIT6_MAX_TOTAL, HIT6_MIN_TOTAL } from "#domain/questionnaires/hit6.ts";
import { midasGrade } from "#domain/questionnaires/midas.ts";
import type { Instrument } from "#domain/shared/record.ts";
import { Button } from "#web/ui/Button.tsx";
import { gradeBands } from "#web/ui/charts/score-history-data.ts";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";
import { formatInstant, formatPlainDate } from "#web/ui/format.ts";
import { historyRows, withdrawalWords, type HistoryRow } from "./history-rows.ts";
import { staffChangeWords, staffGradeLabel } from "./questionnaire-words.ts";
import { answersWords, enteredWords } from "./staff-words.ts";

const ScoreHistoryChart = lazy(() => import("#web/ui/charts/ScoreHistoryChart.tsx").then((m) => ({ default: m.ScoreHistoryChart })));

/** A withdrawn row's figures, struck through. */
const struck = (row: HistoryRow, content: ReactNode) => (row.kind === "withdrawn" ? <s className="questionnaire-withdrawn">{content}</s> : content);

function columns(onWithdraw: ((q: StaffQuestionnaire) => void) | undefined): Column<HistoryRow>[] {
  const shown: Column<HistoryRow>[] = [
    {
      header: "Date",
      cell: (row) => (
        <>
          {struck(row, formatPlainDate(row.q.date))}
          {row.kind === "withdrawn" ? <span className="visually-hidden"> (withdrawn)</span> : null}
        </>
      ),
      rowHeader: true,
      className: "nowrap",
    },
    { header: "Score", cell: (row) => struck(row, row.q.score), className: "numeric" },
    { header: "Grade", cell: (row) => struck(row, staffGradeLabel(row.q.grade)) },
    { header: "Change", cell: (row) => (row.kind === "counted" ? staffChangeWords(row.q.change, row.q.meaningfulImprovement) : "not counted"), className: "numeric" },
    { header: "Answers", cell: (row) => struck(row, answersWords(row.q)) },
    {
      header: "Entered",
      cell: (row) => (row.kind === "counted" ? enteredWords(row.q) : <span className="questionnaire-withdrawal">{withdrawalWords(row.q)}</span>),
      title: (row) => (row.kind === "counted" ? `Recorded ${formatInstant(row.q.recordedAt)}` : "Withdrawn as entered in error"),
    },
  ];
  if (onWithdraw === undefined) return shown;
  return [
    ...shown,
    {
      header: "Action",
      cell: (row) =>
        row.kind === "counted" ? (
          <Button variant="quiet" onClick={() => onWithdraw(row.q)} aria-label={`Entered in error: ${row.q.instrument} of ${formatPlainDate(row.q.date)}`}>
            Entered in error
          </Button>
        ) : null,
      className: "nowrap",
    },
  ];
}

type QuestionnaireHistoryProps = {
  readonly instrument: Instrument;
  readonly questionnaires: readonly StaffQuestionnaire[];
  readonly withdrawn: readonly WithdrawnQuestionnaire[];
  /** Clinicians (clinical.write) may withdraw a counted one. */
  readonly onWithdraw?: ((q: StaffQuestionnaire) => void) | undefined;
  /** Below the table: the withdrawal being confirmed for this instrument. */
  readonly after?: ReactNode;
};

export function QuestionnaireHistory({ instrument, questionnaires, withdrawn, onWithdraw, after }: QuestionnaireHistoryProps) {
  const mine = useMemo(() => questionnaires.filter((q) => q.instrument === instrument), [questionnaires, instrument]);
  const rows = useMemo(() => historyRows(questionnaires, withdrawn, instrument), [questionnaires, withdrawn, instrument]);
  const bands = useMemo(() => {
    if (instrument === "HIT-6") return gradeBands(hit6Grade, HIT6_MIN_TOTAL, HIT6_MAX_TOTAL);
    return gradeBands(midasGrade, 0, Math.max(40, ...mine.map((q) => q.score + 5)));
  }, [instrument, mine]);
  const tableColumns = useMemo(() => columns(onWithdraw), [onWithdraw]);
  return (
    <section className="questionnaire-instrument" aria-labelledby={`history-${instrument}`} data-testid={`questionnaire-history-${instrument}`}>
      <h3 id={`history-${instrument}`}>{instrument === "HIT-6" ? "HIT-6 (headache impact, last 4 weeks)" : "MIDAS (days lost, last 3 months)"}</h3>
      {mine.length > 1 ? (
        <div className="questionnaire-chart">
          <Suspense fallback={<p className="muted">Loading the chart…</p>}>
            <ScoreHistoryChart instrument={instrument} scores={mine} bands={bands} gradeLabel={staffGradeLabel} testId={`score-chart-${instrument}`} />
          </Suspense>
        </div>
      ) : null}
      <DataTable
        caption={`${instrument} scores, newest first`}
        captionHidden
        columns={tableColumns}
        rows={rows}
        rowKey={(row) => row.q.id}
        empty={<p className="muted">{`No ${instrument} recorded yet.`}</p>}
        testId={`questionnaire-table-${instrument}`}
      />
      {after}
    </section>
  );
}
