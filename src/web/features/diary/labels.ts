/**
 * The words shown for diary answers: plain for patients (design.md, "Plain words"), and the same
 * words in the clinic's diary table so both read the same record the same way.
 */
import type { AcuteMedicationClass, DurationBand, HeadacheFeature } from "#domain/shared/record.ts";

export const FEATURE_LABELS: Record<HeadacheFeature, string> = {
  unilateral: "One-sided",
  pulsating: "Throbbing",
  aggravatedByActivity: "Worse with activity",
  nausea: "Nausea",
  vomiting: "Vomiting",
  photophobia: "Light hurts",
  phonophobia: "Sound hurts",
  aura: "Aura",
};

/** A short explanation under each feature toggle. */
export const FEATURE_HINTS: Record<HeadacheFeature, string> = {
  unilateral: "Pain on one side of the head",
  pulsating: "Pulsing, like a heartbeat",
  aggravatedByActivity: "Walking or climbing stairs made it worse",
  nausea: "Felt sick",
  vomiting: "Was sick",
  photophobia: "Light was hard to bear",
  phonophobia: "Noise was hard to bear",
  aura: "Seeing or feeling changes before or with the pain",
};

export const MEDICATION_LABELS: Record<AcuteMedicationClass, string> = {
  triptan: "Triptan",
  "simple-analgesic": "Painkiller",
  "combination-analgesic": "Combination painkiller",
  opioid: "Opioid",
  gepant: "Gepant",
  ditan: "Ditan",
  ergot: "Ergot",
  other: "Other medicine",
};

export const MEDICATION_HINTS: Record<AcuteMedicationClass, string> = {
  triptan: "Sumatriptan, rizatriptan, zolmitriptan…",
  "simple-analgesic": "Paracetamol, ibuprofen, aspirin, naproxen",
  "combination-analgesic": "A pill with codeine or caffeine added",
  opioid: "Codeine, tramadol, morphine",
  gepant: "Rimegepant, ubrogepant",
  ditan: "Lasmiditan",
  ergot: "Ergotamine, dihydroergotamine",
  other: "Anything else taken for this headache",
};

/** The order patients see the medicine choices in: the most common first. */
export const MEDICATION_ORDER: readonly AcuteMedicationClass[] = [
  "simple-analgesic",
  "triptan",
  "combination-analgesic",
  "opioid",
  "gepant",
  "ditan",
  "ergot",
  "other",
];

export const SEVERITY_LABELS: Record<number, string> = { 0: "None", 1: "Mild", 2: "Moderate", 3: "Severe" };

export const SEVERITY_HINTS: Record<1 | 2 | 3, string> = {
  1: "I could carry on as usual",
  2: "It got in the way of what I was doing",
  3: "I could not do my usual things",
};

/**
 * Hours as words.
 * @example hoursLabel(24) // "all day"
 * @example hoursLabel(1) // "1 hour"
 */
export function hoursLabel(hours: number): string {
  if (hours >= 24) return "all day";
  return hours === 1 ? "1 hour" : `${hours} hours`;
}

/** The duration bands in the words the patient chose them by (English; the clinic's views). */
export const BAND_LABELS: Record<DurationBand, string> = {
  "under-2h": "under 2 hours",
  "2-4h": "2 to 4 hours",
  "4-8h": "4 to 8 hours",
  "over-8h": "more than 8 hours",
  "all-day": "all day",
};

/**
 * How long a headache lasted as the patient said it: the band they chose, else the hours.
 * @example durationWords(4, "4-8h") // "4 to 8 hours"
 * @example durationWords(6, null) // "6 hours"
 */
export function durationWords(hours: number, duration: DurationBand | null | undefined): string {
  return duration ? BAND_LABELS[duration] : hoursLabel(hours);
}
