/**
 * Words of the session screen typed over the domain's code lists, so a new problem code or
 * checklist item cannot be shown without words (the typecheck fails first).
 */
import type { ChecklistItemId } from "#domain/injections/checklist.ts";
import type { SigningProblemCode } from "#domain/injections/session-record.ts";
import type { SymptomCode } from "#domain/shared/record.ts";

/** A short title per problem code; the domain's message says the details. */
export const PROBLEM_TITLES: { readonly [C in SigningProblemCode]: string } = {
  site_units_invalid: "A site has zero or negative units",
  midline_not_allowed: "Midline only for procerus",
  total_above_max: "Above the session maximum",
  cumulative_dose_exceeded: "Cumulative toxin dose exceeded",
  interval_too_short: "Too soon after the previous session",
  site_units_not_standard: "Units other than 5 U at a site",
  fixed_site_missing: "Fixed PREEMPT site not given",
  fixed_site_extra: "More fixed sites than PREEMPT",
  follow_the_pain_not_allowed: "Follow-the-pain on a muscle that takes none",
  follow_the_pain_limit: "More follow-the-pain sites than PREEMPT allows",
  no_vials: "No vials recorded",
  lot_expired: "Expired lot",
  units_given_exceed_vials: "More given than the vials hold",
  reconstitution_missing: "Reconstitution time missing",
  reconstitution_too_old: "Reconstituted too long ago",
  reconstitution_after_injection: "Reconstitution after injection",
  dilution_not_standard: "Non-standard dilution",
  checklist_unanswered: "Checklist not complete",
  checklist_contraindication: "Contraindication: do not inject",
  checklist_caution: "Caution on the checklist",
  other_toxin_dose_missing: "Other toxin dose not recorded",
};

/** Checklist answers' short names, for summaries. */
export const CHECKLIST_SHORT: { readonly [C in ChecklistItemId]: string } = {
  injectionSiteInfection: "Infection at the sites",
  botulinumHypersensitivity: "Hypersensitivity to botulinum toxin",
  neuromuscularDisease: "Neuromuscular disorder",
  aminoglycosides: "Aminoglycosides or similar",
  otherToxinLast4Months: "Other toxin in the last 4 months",
  pregnantOrBreastfeeding: "Pregnant or breastfeeding",
};

/** Side-effect symptoms in words for staff. */
export const SYMPTOM_WORDS: { readonly [S in SymptomCode]: string } = {
  "difficulty-swallowing": "difficulty swallowing",
  "difficulty-breathing": "difficulty breathing",
  "difficulty-speaking": "difficulty speaking",
  "voice-change": "voice change",
  "generalized-weakness": "generalized weakness",
  "double-vision": "double vision",
  "loss-of-bladder-control": "loss of bladder control",
  "allergic-reaction": "allergic reaction",
  "eyelid-droop": "eyelid droop",
  "brow-droop": "brow droop",
  "facial-weakness": "facial weakness",
  "neck-weakness": "neck weakness",
  "headache-worse-over-3-days": "headache worse over 3 days",
  "injection-site-infection": "injection-site infection",
  "high-blood-pressure": "high blood pressure",
  "injection-site-pain": "injection-site pain",
  bruising: "bruising",
  "neck-pain": "neck pain",
  "neck-stiffness": "neck stiffness",
  "headache-flare": "headache flare",
  "muscle-weakness-local": "local muscle weakness",
};

/**
 * Units as people write them.
 * @example units(152.5) // "152.5 U"
 */
export function units(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1).replace(/\.0$/, "")} U`;
}

/**
 * A check's message as a sentence on the screen (the domain writes them as fragments).
 * @example problemSentence("temporalis: 3 sites on the left") // "Temporalis: 3 sites on the left."
 */
export function problemSentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
