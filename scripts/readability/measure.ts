/**
 * Readability of the Learn pages (issue 9 §4: "a 12-year-old's reading level"). English is
 * scored with wooorm's maintained formulas (`flesch-kincaid`, `flesch`) over counts made here,
 * with syllables from `syllable`. No maintained npm library scores Spanish, so Spanish is scored
 * with the published Szigriszt-Pazos and Fernández Huerta formulas over a Spanish syllable count
 * written here; it is reported, not asserted (docs/clinical/learn.md).
 */
import { flesch } from "flesch";
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { LEARN_SLUGS, type LearnPageText, type learn } from "#web/i18n/locales/en/learn.ts";

export interface TextCounts {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Every piece of text a reader sees on a page, each a unit that ends a sentence: the title, each
 * heading, paragraph and list item (a list item without a full stop still reads as one), the
 * emergency box and the sources line.
 * @example pageUnits({ title: "T", summary: "S", sections: [], sources: "X" }) // ["T", "S", "X"]
 */
export function pageUnits(page: LearnPageText): string[] {
  const units = [page.title, page.summary];
  for (const section of page.sections) {
    units.push(section.heading, ...section.paragraphs, ...(section.list ?? []));
    if (section.urgent) units.push(section.urgent.title, ...section.urgent.paragraphs, ...(section.urgent.list ?? []));
  }
  units.push(page.sources);
  return units;
}

/** The index page's words (its intro, each page's title and line, the self-check card) as a page to score. */
export function indexAsPage(catalogue: typeof learn): LearnPageText {
  const { index } = catalogue;
  return {
    title: index.title,
    summary: index.intro,
    sections: [
      { heading: index.pagesHeading, paragraphs: LEARN_SLUGS.flatMap((slug) => [catalogue.pages[slug].title, catalogue.pages[slug].summary]) },
      { heading: index.selfCheckTitle, paragraphs: [index.selfCheckBody, index.selfCheckLink] },
    ],
    sources: catalogue.page.back,
  };
}

/**
 * The words of a text: runs of letters and digits, joined by an apostrophe or a hyphen.
 * @example words("It's a 12-week wait.") // ["It's", "a", "12-week", "wait"]
 */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Sentences in one unit: full stops, question and exclamation marks, and the unit's end.
 * @example sentenceCount("One. Two? Three") // 3
 */
export function sentenceCount(unit: string): number {
  const inside = unit.trim().replace(/[.!?:]+$/, "").split(/[.!?]+\s+/).filter((part) => words(part).length > 0);
  return Math.max(1, inside.length);
}

/** Counts over units, with a syllable counter for the language. */
export function countUnits(units: readonly string[], syllables: (word: string) => number): TextCounts {
  let sentences = 0;
  let wordCount = 0;
  let syllableCount = 0;
  for (const unit of units) {
    const unitWords = words(unit);
    if (unitWords.length === 0) continue;
    sentences += sentenceCount(unit);
    wordCount += unitWords.length;
    for (const word of unitWords) syllableCount += syllables(word);
  }
  return { sentences, words: wordCount, syllables: syllableCount };
}

/** English syllables (wooorm's `syllable`); a number reads as its digits spoken, at least one. */
export function englishSyllables(word: string): number {
  return Math.max(1, syllable(word));
}

const SPANISH_VOWELS = "aeiouáéíóúü";
const STRONG = "aeoáéíóú"; // accented i and u break a diphthong, so they count as strong

/**
 * Spanish syllables: one per vowel nucleus. Two strong vowels side by side are two syllables
 * (hiatus); a weak vowel (i, u, ü) next to any vowel joins it (diphthong, triphthong); the "u"
 * of "qu" and "gu" before e or i is silent; "y" and "h" count as consonants (a final "y" adds no
 * syllable, and a vowel after "h" starts a new one).
 * @example spanishSyllables("cabeza") // 3
 * @example spanishSyllables("día") // 2
 * @example spanishSyllables("cuidado") // 3
 */
export function spanishSyllables(word: string): number {
  const text = word.toLowerCase().replace(/[qg]u(?=[eéií])/g, (match) => match[0] ?? "");
  let count = 0;
  let previous = "";
  for (const letter of text) {
    const isVowel = SPANISH_VOWELS.includes(letter);
    if (isVowel) {
      const startsNucleus = previous === "" || (STRONG.includes(previous) && STRONG.includes(letter));
      if (startsNucleus) count += 1;
      previous = letter;
    } else previous = "";
  }
  return Math.max(1, count);
}

export interface EnglishScores {
  readonly counts: TextCounts;
  /** Flesch-Kincaid grade level (US school grade). */
  readonly grade: number;
  /** Flesch reading ease (0-100, higher is easier; 80-90 "easy", read by 11-year-olds). */
  readonly ease: number;
}

/** Flesch-Kincaid grade and Flesch reading ease of an English page. */
export function scoreEnglish(page: LearnPageText): EnglishScores {
  const counts = countUnits(pageUnits(page), englishSyllables);
  const formula = { sentence: counts.sentences, word: counts.words, syllable: counts.syllables };
  return { counts, grade: fleschKincaid(formula), ease: flesch(formula) };
}

export interface SpanishScores {
  readonly counts: TextCounts;
  /** Szigriszt-Pazos perspicuity on the INFLESZ scale (>65 "bastante fácil", 55-65 "normal"). */
  readonly szigrisztPazos: number;
  /** Fernández Huerta reading ease, in the corrected form (words per sentence). */
  readonly fernandezHuerta: number;
}

/**
 * Szigriszt-Pazos and Fernández Huerta for a Spanish page.
 * Szigriszt-Pazos: 206.835 − 62.3 × syllables/words − words/sentences.
 * Fernández Huerta: 206.84 − 60 × syllables/words − 1.02 × words/sentences.
 */
export function scoreSpanish(page: LearnPageText): SpanishScores {
  const counts = countUnits(pageUnits(page), spanishSyllables);
  const perWord = counts.syllables / counts.words;
  const perSentence = counts.words / counts.sentences;
  return {
    counts,
    szigrisztPazos: 206.835 - 62.3 * perWord - perSentence,
    fernandezHuerta: 206.84 - 60 * perWord - 1.02 * perSentence,
  };
}
