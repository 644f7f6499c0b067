/**
 * The pre-procedure checklist of an injection session (clinical-facts.md §9.3, from the label's
 * contraindications and warnings): every item must be answered before the session is signed. A
 * contraindication answered yes blocks signing; a caution answered yes is a warning that needs a
 * written reason; other toxin in the last 4 months needs its dose, which then counts toward the
 * cumulative limit (pathway-rules §6).
 */

export type ChecklistKind = "contraindication" | "caution" | "dose";

export interface ChecklistItem {
  readonly id: ChecklistItemId;
  readonly question: string;
  readonly kind: ChecklistKind;
}

export const CHECKLIST_ITEM_IDS = [
  "injectionSiteInfection",
  "botulinumHypersensitivity",
  "neuromuscularDisease",
  "aminoglycosides",
  "otherToxinLast4Months",
  "pregnantOrBreastfeeding",
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];

/** The questions, in the order an injector asks them. */
export const CHECKLIST_ITEMS: readonly ChecklistItem[] = Object.freeze([
  { id: "injectionSiteInfection", question: "Infection or inflammation at any planned injection site?", kind: "contraindication" },
  { id: "botulinumHypersensitivity", question: "Known hypersensitivity to any botulinum toxin product or its ingredients?", kind: "contraindication" },
  { id: "neuromuscularDisease", question: "A neuromuscular disorder (such as myasthenia gravis, Lambert-Eaton syndrome or ALS), new or known?", kind: "caution" },
  { id: "aminoglycosides", question: "Taking aminoglycosides or another drug that interferes with neuromuscular transmission?", kind: "caution" },
  { id: "otherToxinLast4Months", question: "Any other botulinum toxin (for any indication) in the last 4 months?", kind: "dose" },
  { id: "pregnantOrBreastfeeding", question: "Pregnant, possibly pregnant, or breastfeeding?", kind: "caution" },
] satisfies ChecklistItem[]);

export type ChecklistAnswer = "yes" | "no";
/** The answers so far; an absent or null item is unanswered. */
export type ChecklistAnswers = { readonly [K in ChecklistItemId]?: ChecklistAnswer | null };

/** What the checklist's answers mean for signing. */
export interface ChecklistFindings {
  readonly unanswered: readonly ChecklistItemId[];
  readonly contraindications: readonly ChecklistItemId[];
  readonly cautions: readonly ChecklistItemId[];
  /** Other toxin was reported, so its dose must be recorded. */
  readonly otherToxinReported: boolean;
}

/**
 * Reads the checklist's answers: which are unanswered, which contraindications and cautions hold.
 * @example checklistFindings({ injectionSiteInfection: "no" }).unanswered.length // 5
 */
export function checklistFindings(answers: ChecklistAnswers): ChecklistFindings {
  const answered = (item: ChecklistItem) => answers[item.id] === "yes" || answers[item.id] === "no";
  const yes = (item: ChecklistItem) => answers[item.id] === "yes";
  return {
    unanswered: CHECKLIST_ITEMS.filter((item) => !answered(item)).map((item) => item.id),
    contraindications: CHECKLIST_ITEMS.filter((item) => item.kind === "contraindication" && yes(item)).map((item) => item.id),
    cautions: CHECKLIST_ITEMS.filter((item) => item.kind === "caution" && yes(item)).map((item) => item.id),
    otherToxinReported: answers.otherToxinLast4Months === "yes",
  };
}
