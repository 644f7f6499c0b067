/**
 * The chart's timeline: sessions, side-effect reports, questionnaires and treatment decisions,
 * read from the record kit (ADR 0013) whichever feature wrote them, each judged by the clinical
 * core (units, triage level, score and grade). A record the core cannot read (a questionnaire
 * stored in a shape it does not score) is still listed, without its figures, rather than
 * failing the whole chart.
 */
import type { TimelineItem } from "#contracts/api/progress.ts";
import type { RecordContent } from "#contracts/records/kind-contents.ts";
import type { RecordKind } from "#contracts/records/record-kinds.ts";
import { sessionTotalUnits } from "#domain/injections/session-units.ts";
import { scoreQuestionnaire, scoreQuestionnaires } from "#domain/questionnaires/score-questionnaires.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import type { QuestionnaireAnswers } from "#domain/shared/record.ts";
import { triageLevel } from "#domain/triage/triage-levels.ts";
import type { RevisionWithAuthor } from "../../shared/records/repository.ts";

/** The record kinds the timeline shows. */
export const TIMELINE_KINDS = ["injection-session", "side-effect-report", "questionnaire", "treatment-decision"] as const satisfies readonly RecordKind[];

const contentOf = <K extends RecordKind>(row: RevisionWithAuthor, _kind: K) => row.content as RecordContent<K>;

function toAnswers(row: RevisionWithAuthor): QuestionnaireAnswers {
  const content = contentOf(row, "questionnaire");
  return {
    instrument: content.instrument,
    date: plainDate(content.date),
    responses: content.responses,
    ...(content.a === null ? {} : { a: content.a }),
    ...(content.b === null ? {} : { b: content.b }),
  };
}

/** Score, grade and change of each questionnaire row, in the rows' order (date order). */
function scoredQuestionnaires(rows: readonly RevisionWithAuthor[]): { score: number | null; grade: string | null; change: number | null }[] {
  const answers = rows.map(toAnswers);
  try {
    // Rows come in date order, which scoreQuestionnaires keeps (stable), so index i is row i.
    return scoreQuestionnaires(answers).map((q) => ({ score: q.score, grade: q.grade, change: q.change }));
  } catch {
    // One unscorable questionnaire: score the others one by one, without changes.
    return answers.map((a) => {
      try {
        const { score, grade } = scoreQuestionnaire(a);
        return { score, grade, change: null };
      } catch {
        return { score: null, grade: null, change: null };
      }
    });
  }
}

/**
 * The timeline of a patient's records (current, standing revisions, in date order as the
 * repository answers them), newest first; sessions numbered from the first.
 * @example timelineOf(rows)[0] // { kind: "decision", date: "2026-07-20", decision: "continue", ... }
 */
export function timelineOf(rows: readonly RevisionWithAuthor[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  const sessions = rows.filter((row) => row.kind === "injection-session");
  sessions.forEach((row, index) => {
    const content = contentOf(row, "injection-session");
    items.push({ kind: "session", id: row.record_id, date: content.date, number: index + 1, units: sessionTotalUnits(content.injections) });
  });
  for (const row of rows.filter((r) => r.kind === "side-effect-report")) {
    const content = contentOf(row, "side-effect-report");
    items.push({ kind: "side-effect", id: row.record_id, date: content.date, symptoms: [...content.symptoms], level: triageLevel(content.symptoms) });
  }
  const questionnaires = rows.filter((row) => row.kind === "questionnaire");
  const scored = scoredQuestionnaires(questionnaires);
  questionnaires.forEach((row, index) => {
    const content = contentOf(row, "questionnaire");
    const figures = scored[index] ?? { score: null, grade: null, change: null };
    items.push({ kind: "questionnaire", id: row.record_id, date: content.date, instrument: content.instrument, ...figures });
  });
  for (const row of rows.filter((r) => r.kind === "treatment-decision")) {
    const content = contentOf(row, "treatment-decision");
    // `switchTo` names the other treatment of a switch (older decisions have none).
    const switchTo = (content as { switchTo?: string | null }).switchTo ?? null;
    items.push({ kind: "decision", id: row.record_id, date: content.date, decision: content.decision, reason: content.reason, reassessOn: content.reassessOn, switchTo });
  }
  // Newest first; on one date, the session before what followed it (reports, forms, decisions).
  const order: Record<TimelineItem["kind"], number> = { session: 0, "side-effect": 1, questionnaire: 2, decision: 3 };
  return items.sort((a, b) => (a.date === b.date ? order[b.kind] - order[a.kind] : a.date < b.date ? 1 : -1));
}
