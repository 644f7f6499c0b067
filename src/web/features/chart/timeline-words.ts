/** The chart timeline's entries in words (staff's words: clinical terms are fine, design.md). */
import type { TimelineItem } from "#contracts/api/progress.ts";
import { SYMPTOM_WORDS } from "#web/features/sessions/session-words.ts";
import { formatPlainDate } from "#web/ui/format.ts";

export const KIND_LABELS: Record<TimelineItem["kind"], string> = {
  session: "Session",
  "side-effect": "Side effect",
  questionnaire: "Questionnaire",
  decision: "Decision",
};

const LEVEL_WORDS = { red: "red: emergency care", amber: "amber: the clinic calls back", green: "green: self-care" } as const;

const DECISION_WORDS = { continue: "Continue treatment", stop: "Stop treatment", pause: "Pause treatment", switch: "Switch treatment" } as const;

const GRADE_WORDS: Record<string, string> = {
  "little-or-none": "little or no impact",
  some: "some impact",
  substantial: "substantial impact",
  severe: "severe impact",
  I: "grade I, little or no disability",
  II: "grade II, mild disability",
  III: "grade III, moderate disability",
  IV: "grade IV, severe disability",
};

/**
 * A grade in words.
 * @example gradeWords("severe") // "severe impact"
 */
export function gradeWords(grade: string): string {
  return GRADE_WORDS[grade] ?? grade;
}

function changeWords(change: number | null): string {
  if (change === null) return "the first score";
  if (change === 0) return "no change";
  return change < 0 ? `down ${-change}` : `up ${change}`;
}

/**
 * One timeline entry as a line.
 * @example timelineText({ kind: "session", id, date: "2026-07-03", number: 2, units: 155 }) // "Session 2: 155 units"
 */
export function timelineText(item: TimelineItem): string {
  switch (item.kind) {
    case "session":
      return `Session ${item.number}: ${item.units} units`;
    case "side-effect":
      return `${item.symptoms.map((s) => SYMPTOM_WORDS[s]).join(", ")} (${LEVEL_WORDS[item.level]})`;
    case "questionnaire":
      return item.score === null ? `${item.instrument}: answers could not be scored` : `${item.instrument}: ${item.score}, ${gradeWords(item.grade ?? "")}; ${changeWords(item.change)}`;
    case "decision": {
      const what = item.decision === "switch" && item.switchTo ? `Switch to ${item.switchTo}` : DECISION_WORDS[item.decision];
      const until = item.reassessOn ? `, reassess on ${formatPlainDate(item.reassessOn)}` : "";
      return `${what}${until}: ${item.reason}`;
    }
  }
}
