/**
 * The clinical history form's answers (ADR 0011): each yes/no question has three explicit
 * answers, "unknown" included, because pathway-rules §5 treats an unanswered contraindication as
 * unknown (eligibility cannot be decided), never as "no".
 */
import type { ClinicalHistoryBody, ClinicalHistoryView } from "#contracts/api/clinical-history.ts";
import { formatInstant } from "#web/ui/format.ts";

export type Answer = "yes" | "no" | "unknown";

export const ANSWER_OPTIONS: readonly { readonly value: Answer; readonly label: string }[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "unknown", label: "Not known" },
];

export type History = ClinicalHistoryView["history"];

/** The questions answered yes, no or unknown, in the order the form asks them. */
export const YES_NO_QUESTIONS = [
  { key: "botulinumHypersensitivity", legend: "Known hypersensitivity to any botulinum toxin?", hint: "A contraindication: yes makes the patient not eligible." },
  { key: "injectionSiteInfection", legend: "Infection at the injection sites?", hint: "A contraindication: yes makes the patient not eligible." },
  { key: "overuseManaged", legend: "Is medication overuse being managed?", hint: "NICE TA260 asks this when medication overuse is suspected." },
] as const;

export type YesNoKey = (typeof YES_NO_QUESTIONS)[number]["key"];

export interface HistoryDraft {
  /** YYYY-MM-DD, or "" when not known. */
  readonly chronicMigraineSince: string;
  readonly botulinumHypersensitivity: Answer;
  readonly injectionSiteInfection: Answer;
  readonly overuseManaged: Answer;
}

/**
 * A stored yes/no/null as the form's answer.
 * @example answerOf(null) // "unknown"
 */
export function answerOf(value: boolean | null): Answer {
  return value === true ? "yes" : value === false ? "no" : "unknown";
}

/**
 * The form's answer as the API's value: null for unknown.
 * @example valueOf("no") // false
 */
export function valueOf(answer: Answer): boolean | null {
  return answer === "yes" ? true : answer === "no" ? false : null;
}

/** The form filled with the current history. */
export function draftOf(history: History): HistoryDraft {
  return {
    chronicMigraineSince: history.chronicMigraineSince ?? "",
    botulinumHypersensitivity: answerOf(history.botulinumHypersensitivity),
    injectionSiteInfection: answerOf(history.injectionSiteInfection),
    overuseManaged: answerOf(history.overuseManaged),
  };
}

/**
 * What to send: the draft's answers, the preventive-history flag as it stands (the preventive
 * treatments card changes that one), and the revision the form showed (0: nothing recorded yet),
 * so a save made meanwhile by someone else is refused, never overwritten.
 */
export function bodyOf(draft: HistoryDraft, noPreventivesTried: boolean, fromRevision: number): ClinicalHistoryBody {
  return {
    chronicMigraineSince: draft.chronicMigraineSince === "" ? null : draft.chronicMigraineSince,
    botulinumHypersensitivity: valueOf(draft.botulinumHypersensitivity),
    injectionSiteInfection: valueOf(draft.injectionSiteInfection),
    overuseManaged: valueOf(draft.overuseManaged),
    noPreventivesTried,
    fromRevision,
  };
}

/** The history's current answers, to send again with only the preventive-history flag changed, from the revision shown. */
export function currentBody(history: History, noPreventivesTried: boolean): ClinicalHistoryBody {
  return bodyOf(draftOf(history), noPreventivesTried, history.revision);
}

/** Whether the form differs from what is stored. */
export function isChanged(draft: HistoryDraft, history: History): boolean {
  const stored = draftOf(history);
  return (Object.keys(stored) as (keyof HistoryDraft)[]).some((key) => stored[key] !== draft[key]);
}

/**
 * Who recorded the current history and when, in words.
 * @example recordedText({ recordedAt: null, recordedBy: null }) // "Nothing recorded yet: every answer is unknown."
 */
export function recordedText(history: Pick<History, "recordedAt" | "recordedBy">, format: (instant: string) => string = formatInstant): string {
  if (history.recordedAt === null || history.recordedBy === null) return "Nothing recorded yet: every answer is unknown.";
  return `Recorded by ${history.recordedBy.name} on ${format(history.recordedAt)}.`;
}
