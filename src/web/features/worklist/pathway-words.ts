/**
 * The pathway's states and next actions in words for staff, typed over the domain's lists
 * (src/domain/pathway), so a new state or action cannot be shown without words.
 */
import type { WorklistView } from "#contracts/api/worklist.ts";
import type { PathwayAction, PathwayState, StoppingDecision } from "#domain/pathway/pathway-status.ts";

export const STATE_WORDS: { readonly [S in PathwayState]: string } = {
  screening: "Screening",
  "baseline-diary": "Baseline diary",
  eligible: "Eligible",
  "awaiting-authorization": "Awaiting authorization",
  scheduled: "Scheduled",
  "in-treatment": "In treatment",
  "evaluation-due": "Evaluation due",
  continuing: "Continuing",
  stopped: "Stopped",
  paused: "Paused",
};

export const ACTION_WORDS: { readonly [A in PathwayAction]: string } = {
  "review-eligibility": "Review eligibility",
  "complete-diary": "Diary to complete",
  "request-authorization": "Request authorization",
  "chase-authorization": "Chase authorization",
  "appeal-authorization": "Authorization denied: appeal",
  "book-first-session": "Book the first session",
  "give-first-session": "First session",
  "book-next-session": "Book the next session",
  "book-overdue-session": "Overdue: book now",
  "give-session": "Session booked",
  "review-response": "Review the response",
  "reassess-after-pause": "Reassess after the pause",
  "review-side-effect": "Red side effect: review, next session on hold",
  none: "Nothing due",
};

export const VIEW_WORDS: { readonly [V in WorklistView]: string } = {
  all: "All patients",
  "due-this-week": "Due this week",
  overdue: "Overdue",
  "evaluation-due": "Evaluation due",
  "due-soon": "Due in 14 days",
};

/**
 * A state with its cycle, as the worklist shows it; a stopped patient says whether they were
 * switched to another treatment.
 * @example stateText("in-treatment", 3) // "In treatment, cycle 3"
 * @example stateText("stopped", 2, "switch") // "Stopped: switched treatment"
 */
export function stateText(state: PathwayState, cycle: number | null, stoppedBy: StoppingDecision | null = null): string {
  if (state === "stopped" && stoppedBy === "switch") return `${STATE_WORDS[state]}: switched treatment`;
  return cycle !== null && (state === "in-treatment" || state === "evaluation-due" || state === "continuing") ? `${STATE_WORDS[state]}, cycle ${cycle}` : STATE_WORDS[state];
}
