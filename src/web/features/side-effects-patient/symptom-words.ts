/**
 * The side-effect symptoms of pathway-rules §10 in plain words for the patient, grouped gently
 * by where they are felt. The words live in the "sideEffects" catalogue (English and Spanish);
 * the English one is typed here over the domain's SymptomCode, so a new code fails to compile
 * until it has words, and every code sits in exactly one group (symptom-words.test.ts).
 * The serious (red) ones are not hidden: they lead their groups, and the swallowing, breathing and
 * speaking group comes first. Wording follows clinical-facts.md §4 (boxed warning) and §5.4.
 */
import type { TFunction } from "i18next";
import type { SymptomCode } from "#domain/shared/record.ts";
import type { Language } from "#web/i18n/languages.ts";
import { formatList } from "#web/i18n/locale-format.ts";
import { sideEffects as english } from "#web/i18n/locales/en/sideEffects.ts";

/** `t` for the "sideEffects" namespace and the reader's language, for the word helpers. */
export interface SideEffectWords {
  readonly t: TFunction<"sideEffects">;
  readonly language: Language;
}

// Every code has words: fails to compile when the domain gains a code the catalogue lacks.
const SYMPTOM_CATALOGUE: Readonly<Record<SymptomCode, { readonly label: string; readonly inSentence: string; readonly hint?: string }>> = english.symptoms;

/** The codes whose label comes with a hint (a few words more, when the label alone could be misread). */
const WITH_HINT: ReadonlySet<SymptomCode> = new Set((Object.keys(SYMPTOM_CATALOGUE) as SymptomCode[]).filter((code) => SYMPTOM_CATALOGUE[code].hint !== undefined));

/** What the patient taps: short and plain. */
export function symptomLabel(code: SymptomCode, t: SideEffectWords["t"]): string {
  return t(`symptoms.${code}.label`);
}

/** The hint read after the label, or null. */
export function symptomHint(code: SymptomCode, t: SideEffectWords["t"]): string | null {
  return WITH_HINT.has(code) ? t(`symptoms.${code}.hint` as `symptoms.difficulty-swallowing.hint`) : null;
}

export interface SymptomGroup {
  readonly key: keyof typeof english.groups;
  readonly symptoms: readonly SymptomCode[];
}

/** The groups, in the order shown; within each, the serious ones first. Titles: `groups.<key>`. */
export const SYMPTOM_GROUPS: readonly SymptomGroup[] = [
  { key: "throat", symptoms: ["difficulty-swallowing", "difficulty-breathing", "difficulty-speaking", "voice-change"] },
  { key: "eyes-face", symptoms: ["double-vision", "eyelid-droop", "brow-droop", "facial-weakness"] },
  { key: "muscles", symptoms: ["generalized-weakness", "neck-weakness", "muscle-weakness-local", "neck-pain", "neck-stiffness"] },
  { key: "injection", symptoms: ["injection-site-infection", "injection-site-pain", "bruising"] },
  { key: "headache", symptoms: ["headache-worse-over-3-days", "headache-flare"] },
  { key: "other", symptoms: ["allergic-reaction", "loss-of-bladder-control", "high-blood-pressure"] },
];

/**
 * Symptoms in a sentence, in the order given, joined the reader's way.
 * @example symptomsInWords(["difficulty-swallowing", "neck-stiffness"], english) // "trouble swallowing and a stiff neck"
 * @example symptomsInWords(["difficulty-swallowing", "neck-stiffness"], spanish) // "dificultad para tragar y el cuello rígido"
 */
export function symptomsInWords(symptoms: readonly SymptomCode[], { t, language }: SideEffectWords): string {
  return formatList(
    symptoms.map((code) => t(`symptoms.${code}.inSentence`)),
    language,
  );
}

/** The sentence's first letter capitalised: "Trouble swallowing and a stiff neck". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
