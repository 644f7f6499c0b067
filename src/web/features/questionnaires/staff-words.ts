/** The clinic's questionnaire card in words: what is due, how each was entered, the answers behind a score. */
import type { QuestionnaireSpanView, StaffQuestionnaire } from "#contracts/api/questionnaires.ts";
import { formatPlainDate } from "#web/ui/format.ts";

/**
 * What is due, in a line per span (baseline, before the next visit), each instrument due or done.
 * @example spanLines(spans) // ["Before the visit on 12 Mar 2026 (from 5 Mar 2026): HIT-6 due; MIDAS done 6 Mar 2026"]
 */
export function spanLines(spans: readonly QuestionnaireSpanView[]): string[] {
  const groups = new Map<string, QuestionnaireSpanView[]>();
  for (const span of spans) {
    const key = `${span.reason}|${span.visitDate ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), span]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as QuestionnaireSpanView;
    const when =
      first.reason === "baseline"
        ? "Baseline, before the first session"
        : `Before the visit on ${formatPlainDate(first.visitDate ?? "")}${first.from ? ` (from ${formatPlainDate(first.from)})` : ""}`;
    const states = group.map((span) => (span.doneOn === null ? `${span.instrument} due` : `${span.instrument} done ${formatPlainDate(span.doneOn)}`));
    return `${when}: ${states.join("; ")}`;
  });
}

/**
 * How a questionnaire reached the record, for staff.
 * @example enteredWords(fromThePatientsPhone) // "Patient's app"
 */
export function enteredWords(q: StaffQuestionnaire): string {
  if (q.enteredBy === "patient") return "Patient's app";
  if (q.enteredBy === "import") return `Imported by ${q.recordedBy.name}`;
  return `Paper form, entered by ${q.recordedBy.name}`;
}

/**
 * The answers a score came from, in short (HIT-6 as the form's columns 1-5).
 * @example answersWords(midasWithAandB) // "4, 3, 5, 2, 6; A 40, B 7"
 */
export function answersWords(q: Pick<StaffQuestionnaire, "instrument" | "totalOnly" | "responses" | "a" | "b">): string {
  if (q.totalOnly) return "Total only";
  const answers = q.instrument === "HIT-6" ? q.responses.map((column) => column + 1).join(", ") : q.responses.join(", ");
  const extra = q.instrument === "MIDAS" ? [q.a === null ? null : `A ${q.a}`, q.b === null ? null : `B ${q.b}`].filter(Boolean).join(", ") : "";
  return q.instrument === "HIT-6" ? `Columns ${answers}` : extra ? `${answers}; ${extra}` : answers;
}

