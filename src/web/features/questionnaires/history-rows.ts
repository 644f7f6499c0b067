/**
 * One instrument's rows in the clinic's questionnaire history: the counted questionnaires and
 * those withdrawn as entered in error, together by date (newest first), so a withdrawn one shows
 * where it was filled in, struck through; only the counted ones carry a change or reach the chart.
 */
import type { StaffQuestionnaire, WithdrawnQuestionnaire } from "#contracts/api/questionnaires.ts";
import { formatInstant } from "#web/ui/format.ts";

export type HistoryRow = { readonly kind: "counted"; readonly q: StaffQuestionnaire } | { readonly kind: "withdrawn"; readonly q: WithdrawnQuestionnaire };

/**
 * The rows of `instrument`, newest first; among equal dates the server's order (newest recorded first), counted before withdrawn.
 * @example historyRows([hit6On("2026-03-01")], [withdrawnHit6On("2026-03-05")], "HIT-6").map((r) => r.kind) // ["withdrawn", "counted"]
 */
export function historyRows(counted: readonly StaffQuestionnaire[], withdrawn: readonly WithdrawnQuestionnaire[], instrument: string): HistoryRow[] {
  const rows: HistoryRow[] = [
    ...counted.filter((q) => q.instrument === instrument).map((q) => ({ kind: "counted" as const, q })),
    ...withdrawn.filter((q) => q.instrument === instrument).map((q) => ({ kind: "withdrawn" as const, q })),
  ];
  // A stable sort keeps the server's order among equal dates.
  return rows.sort((x, y) => (x.q.date < y.q.date ? 1 : x.q.date > y.q.date ? -1 : 0));
}

/**
 * Why, by whom and when a questionnaire was withdrawn, for staff.
 * @example withdrawalWords(withdrawnHit6) // "Withdrawn: Wrong patient, by Cal Clinician, 3 Dec 2026, 10:00"
 */
export function withdrawalWords(q: WithdrawnQuestionnaire): string {
  const { reason, recordedBy, recordedAt } = q.withdrawal;
  return `Withdrawn: ${reason}, by ${recordedBy.name}, ${formatInstant(recordedAt)}`;
}
