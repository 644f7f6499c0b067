/**
 * Shapes a questionnaire's score history for its chart: the grade bands found by running the
 * domain's own grading function over every possible score (so no threshold is restated here), and
 * the points in date order.
 */
import { dateToSeconds } from "./days-per-28-data.ts";

export interface GradeBand {
  readonly grade: string;
  /** Lowest and highest score of the grade. */
  readonly from: number;
  readonly to: number;
}

/**
 * The consecutive score ranges that share a grade, from `min` to `max`.
 * @example gradeBands(hit6Grade, 36, 78) // [{ grade: "little-or-none", from: 36, to: 49 }, { grade: "some", from: 50, to: 55 }, ...]
 */
export function gradeBands(gradeOf: (score: number) => string, min: number, max: number): GradeBand[] {
  const bands: GradeBand[] = [];
  for (let score = min; score <= max; score += 1) {
    const grade = gradeOf(score);
    const last = bands[bands.length - 1];
    if (last && last.grade === grade) bands[bands.length - 1] = { ...last, to: score };
    else bands.push({ grade, from: score, to: score });
  }
  return bands;
}

export interface ScorePoint {
  readonly date: string;
  readonly score: number;
}

/**
 * The x (UTC seconds, oldest first) and y arrays of the points, and the x range with a week's room either side.
 * @example scoreSeries([{ date: "2026-07-01", score: 60 }]).y // [60]
 */
export function scoreSeries(points: readonly ScorePoint[]): { x: number[]; y: number[]; xRange: [number, number] } {
  const ordered = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const x = ordered.map((p) => dateToSeconds(p.date) + 43_200);
  const week = 7 * 86_400;
  const first = x[0] ?? 0;
  const last = x[x.length - 1] ?? first;
  return { x, y: ordered.map((p) => p.score), xRange: [first - week, last + week] };
}
