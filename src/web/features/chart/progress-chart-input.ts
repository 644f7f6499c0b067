/**
 * The progress answer as the days-per-28 chart's input: sessions labelled S1, S2, ... and the
 * evaluation points named as pathway-rules §8 names them.
 */
import type { PatientProgress } from "#contracts/api/progress.ts";
import type { DaysPer28Input } from "#web/ui/charts/days-per-28-data.ts";

export const EVALUATION_POINT_LABELS: Record<PatientProgress["evaluationPoints"][number]["kind"], string> = {
  "two-cycles": "Two-cycle evaluation point",
  "three-cycles": "Three-cycle evaluation point (EHF)",
};

const SHORT_POINT_LABELS: Record<PatientProgress["evaluationPoints"][number]["kind"], string> = {
  "two-cycles": "E",
  "three-cycles": "E3",
};

/**
 * The chart's input: short labels (S1, E) for the canvas, long ones (Session 1) for the table.
 * @example chartInput(progress).sessions.map((s) => s.label) // ["S1", "S2"]
 */
export function chartInput(progress: PatientProgress): DaysPer28Input {
  return {
    windows: progress.windows,
    baseline: progress.baseline,
    sessions: progress.sessions.map((session, index) => ({ date: session.date, label: `S${index + 1}`, longLabel: `Session ${index + 1}` })),
    evaluationPoints: progress.evaluationPoints.map((point) => ({ date: point.date, reached: point.reached, label: SHORT_POINT_LABELS[point.kind], longLabel: EVALUATION_POINT_LABELS[point.kind] })),
    today: progress.today,
  };
}

/**
 * One line on the response for the chart's heading, from the assessment's own figures.
 * @example responseLine(progress) // "Baseline 20 headache days; at the two-cycle point 9 (55% fewer)."
 */
export function responseLine(progress: PatientProgress): string {
  const { response } = progress;
  const point = progress.evaluationPoints.find((p) => p.kind === "two-cycles");
  switch (response.status) {
    case "no-treatment":
      return "No session yet: the baseline is the 28 days before the first one.";
    case "no-baseline":
      return "No baseline: the 28 days before the first session have too few recorded days (or no headache days) to compare with.";
    case "too-early":
      return `Baseline ${response.baselineHeadacheDays ?? "–"} headache days. The response is judged at the two-cycle point${point ? `, ${point.date}` : ""}.`;
    case "insufficient-data":
      return `Baseline ${response.baselineHeadacheDays ?? "–"} headache days. The evaluation window has too few recorded days to judge the response.`;
    case "evaluated": {
      const percent = response.percentReduction ?? 0;
      const change = percent >= 0 ? `${percent}% fewer` : `${-percent}% more`;
      return `Baseline ${response.baselineHeadacheDays ?? "–"} headache days; evaluation window ${response.evaluationHeadacheDays ?? "–"} (${change}).`;
    }
  }
}
