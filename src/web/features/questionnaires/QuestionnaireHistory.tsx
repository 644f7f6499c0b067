/**
 * One instrument's history for the clinician: a small chart with the grade bands (the chart
 * library's ScoreHistoryChart, loaded on demand) and a table of every score with its grade, change
 * since the previous one, the meaningful-change flag (HIT-6: a fall of 5 or more; MIDAS: the AHS
 * rule) and how it was entered.
 */
import { lazy, Suspense, useMemo } from "react";
import type { StaffQuestionnaire } from "#contracts/api/questionnaires.ts";
import { hit6Grade, HIT6_MAX_TOTAL, HIT6_MIN_TOTAL } from "#domain/questionnaires/hit6.ts";
import { midasGrade } from "#domain/questionnaires/midas.ts";
import type { Instrument } from "#domain/shared/record.ts";
import { gradeBands } from "#web/ui/charts/score-history-data.ts";
import { DataTable, type Column } from "#web/ui/DataTable.tsx";
import { formatInstant, formatPlainDate } from "#web/ui/format.ts";
import { staffChangeWords, staffGradeLabel } from "./questionnaire-words.ts";
import { answersWords, enteredWords } from "./staff-words.ts";

const ScoreHistoryChart = lazy(() => import("#web/ui/charts/ScoreHistoryChart.tsx").then((m) => ({ default: m.ScoreHistoryChart })));

const columns: readonly Column<StaffQuestionnaire>[] = [
  { header: "Date", cell: (q) => formatPlainDate(q.date), rowHeader: true, className: "nowrap" },
  { header: "Score", cell: (q) => q.score, className: "numeric" },
  { header: "Grade", cell: (q) => staffGradeLabel(q.grade) },
  { header: "Change", cell: (q) => staffChangeWords(q.change, q.meaningfulImprovement), className: "numeric" },
  { header: "Answers", cell: answersWords },
  { header: "Entered", cell: enteredWords, title: (q) => `Recorded ${formatInstant(q.recordedAt)}` },
];

export function QuestionnaireHistory({ instrument, questionnaires }: { readonly instrument: Instrument; readonly questionnaires: readonly StaffQuestionnaire[] }) {
  const mine = useMemo(() => questionnaires.filter((q) => q.instrument === instrument), [questionnaires, instrument]);
  const bands = useMemo(() => {
    if (instrument === "HIT-6") return gradeBands(hit6Grade, HIT6_MIN_TOTAL, HIT6_MAX_TOTAL);
    return gradeBands(midasGrade, 0, Math.max(40, ...mine.map((q) => q.score + 5)));
  }, [instrument, mine]);
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
      <DataTable caption={`${instrument} scores, newest first`} captionHidden columns={columns} rows={mine} rowKey={(q) => q.id} empty={<p className="muted">{`No ${instrument} recorded yet.`}</p>} testId={`questionnaire-table-${instrument}`} />
    </section>
  );
}
