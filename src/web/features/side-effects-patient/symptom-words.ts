/**
 * The side-effect symptoms of pathway-rules §10 in plain words for the patient, grouped gently
 * by where they are felt. Every code has words (a Record over the domain's SymptomCode, so a new
 * code fails to compile until it has them) and sits in exactly one group (symptom-words.test.ts).
 * The serious (red) ones are not hidden: they lead their groups, and the swallowing, breathing and
 * speaking group comes first. Wording follows clinical-facts.md §4 (boxed warning) and §5.4.
 */
import type { SymptomCode } from "#domain/shared/record.ts";

export interface SymptomWords {
  /** What the patient taps: short and plain. */
  readonly label: string;
  /** A few words more, when the label alone could be misread. */
  readonly hint?: string;
  /** What it is called in the list of reports ("trouble swallowing"), lower case, to read in a sentence. */
  readonly inSentence: string;
}

export const SYMPTOM_WORDS: Readonly<Record<SymptomCode, SymptomWords>> = {
  "difficulty-swallowing": { label: "Trouble swallowing", hint: "Food or drink sticks, or you choke", inSentence: "trouble swallowing" },
  "difficulty-breathing": { label: "Trouble breathing", hint: "Short of breath, or breathing feels hard", inSentence: "trouble breathing" },
  "difficulty-speaking": { label: "Trouble speaking", hint: "Slurred speech, or words are hard to say", inSentence: "trouble speaking" },
  "voice-change": { label: "Hoarse or lost voice", inSentence: "a hoarse or lost voice" },
  "generalized-weakness": { label: "Weakness all over the body", hint: "Not only where you were injected", inSentence: "weakness all over the body" },
  // §5.4 red: double vision, or blurred vision with new drooping of both eyelids (blurred vision alone is not red).
  "double-vision": { label: "Double vision", hint: "Seeing two of things, or blurred sight with both eyelids drooping", inSentence: "double vision" },
  "loss-of-bladder-control": { label: "Losing control of your bladder", inSentence: "losing control of the bladder" },
  "allergic-reaction": { label: "Allergic reaction", hint: "Rash, itching, welts, swelling, wheezing, or feeling faint", inSentence: "an allergic reaction" },
  "eyelid-droop": { label: "Drooping eyelid", inSentence: "a drooping eyelid" },
  "brow-droop": { label: "Drooping eyebrow", hint: "Or a heavy forehead", inSentence: "a drooping eyebrow" },
  "facial-weakness": { label: "Weak or uneven face", hint: "One side looks or moves differently", inSentence: "a weak or uneven face" },
  "neck-weakness": { label: "Weak neck", hint: "Hard to hold up or lift your head", inSentence: "a weak neck" },
  "headache-worse-over-3-days": { label: "Headache worse for more than 3 days", inSentence: "a headache worse for more than 3 days" },
  "injection-site-infection": { label: "Signs of infection where injected", hint: "Growing redness, heat, swelling or pus", inSentence: "signs of infection where injected" },
  "high-blood-pressure": { label: "High blood pressure reading", hint: "A new high reading at home or elsewhere", inSentence: "a high blood pressure reading" },
  "injection-site-pain": { label: "Pain where injected", inSentence: "pain where injected" },
  bruising: { label: "Bruising", inSentence: "bruising" },
  "neck-pain": { label: "Neck pain", inSentence: "neck pain" },
  "neck-stiffness": { label: "Stiff neck", inSentence: "a stiff neck" },
  "headache-flare": { label: "Headache flare in the first days", hint: "A headache soon after the injections", inSentence: "a headache flare" },
  "muscle-weakness-local": { label: "Weakness near where injected", hint: "For example, hard to frown", inSentence: "weakness near where injected" },
};

export interface SymptomGroup {
  readonly key: string;
  readonly title: string;
  readonly symptoms: readonly SymptomCode[];
}

/** The groups, in the order shown; within each, the serious ones first. */
export const SYMPTOM_GROUPS: readonly SymptomGroup[] = [
  { key: "throat", title: "Swallowing, breathing and speaking", symptoms: ["difficulty-swallowing", "difficulty-breathing", "difficulty-speaking", "voice-change"] },
  { key: "eyes-face", title: "Eyes and face", symptoms: ["double-vision", "eyelid-droop", "brow-droop", "facial-weakness"] },
  { key: "muscles", title: "Muscles and neck", symptoms: ["generalized-weakness", "neck-weakness", "muscle-weakness-local", "neck-pain", "neck-stiffness"] },
  { key: "injection", title: "Where you were injected", symptoms: ["injection-site-infection", "injection-site-pain", "bruising"] },
  { key: "headache", title: "Headache", symptoms: ["headache-worse-over-3-days", "headache-flare"] },
  { key: "other", title: "Something else", symptoms: ["allergic-reaction", "loss-of-bladder-control", "high-blood-pressure"] },
];

/**
 * Symptoms in a sentence, in the order given: "trouble swallowing and a stiff neck".
 * @example symptomsInWords(["difficulty-swallowing", "neck-stiffness"]) // "trouble swallowing and a stiff neck"
 */
export function symptomsInWords(symptoms: readonly SymptomCode[]): string {
  const words = symptoms.map((code) => SYMPTOM_WORDS[code].inSentence);
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1] ?? ""}`;
}

/** The sentence's first letter capitalised: "Trouble swallowing and a stiff neck". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
