/**
 * The MIDAS questions (Stewart et al., Neurology 2001; © Innovative Medical Research 1997),
 * described as free for clinical use (clinical-facts §8; the holder's terms are not verified:
 * docs/clinical/questionnaires.md). Five counts of days in the last 3 months are scored; A and B
 * are asked and stored, not scored. Items 2 and 4 leave out the days already counted in 1 and 3.
 */

export interface MidasItem {
  /** Where the answer goes: `responses.0`-`responses.4`, or `a` / `b`. */
  readonly key: "1" | "2" | "3" | "4" | "5" | "A" | "B";
  /** The question as the patient reads it. */
  readonly question: string;
  /** A note below it (what to leave out). */
  readonly note: string | null;
  /** A short label for staff entering a paper form. */
  readonly label: string;
}

export const MIDAS_ITEMS: readonly MidasItem[] = [
  { key: "1", question: "On how many days in the last 3 months did you miss work or school because of your headaches?", note: null, label: "1. Days of work or school missed" },
  {
    key: "2",
    question: "How many days in the last 3 months was your productivity at work or school reduced by half or more because of your headaches?",
    note: "Do not include the days you counted in the last question, when you missed work or school.",
    label: "2. Days at work or school at half or less",
  },
  { key: "3", question: "On how many days in the last 3 months did you not do household work because of your headaches?", note: null, label: "3. Days of household work missed" },
  {
    key: "4",
    question: "How many days in the last 3 months was your productivity in household work reduced by half or more because of your headaches?",
    note: "Do not include the days you counted in the last question, when you did no household work.",
    label: "4. Days of household work at half or less",
  },
  { key: "5", question: "On how many days in the last 3 months did you miss family, social or leisure activities because of your headaches?", note: null, label: "5. Days of family, social or leisure activities missed" },
  { key: "A", question: "On how many days in the last 3 months did you have a headache?", note: "If a headache lasted more than one day, count each day.", label: "A. Headache days (not scored)" },
  { key: "B", question: "On a scale of 0 to 10, on average how painful were these headaches?", note: "0 is no pain at all; 10 is pain as bad as it can be.", label: "B. Average pain 0-10 (not scored)" },
];

export const MIDAS_COPYRIGHT = "MIDAS © Innovative Medical Research 1997.";
