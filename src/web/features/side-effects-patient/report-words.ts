/**
 * The words of the side-effect screens that depend on data: the onset date's limits, the number
 * to call, what to tell the emergency services, when the clinic will call, the self-care advice,
 * and a report's level and status in plain words (design.md: plain words, nothing alarming but
 * what is urgent).
 */
import type { SideEffectStatus } from "#contracts/records/kind-contents.ts";
import { localDateAt } from "#domain/shared/local-date.ts";
import { addDays, isPlainDate, plainDate } from "#domain/shared/plain-date.ts";
import type { SymptomCode } from "#domain/shared/record.ts";
import type { TriageLevel } from "#domain/triage/triage-levels.ts";
import type { ClinicContact } from "#web/offline/side-effects-db.ts";
import { formatLongDate } from "#web/ui/format.ts";
import { symptomsInWords } from "./symptom-words.ts";

/** How far back a report's onset may go (issue 8: the last 90 days); older ones are for a call. */
export const ONSET_DAYS_BACK = 90;

/**
 * The first and last day a report's onset may be: 90 days ago to today.
 * @example onsetBounds("2026-07-20") // { min: "2026-04-21", max: "2026-07-20" }
 */
export function onsetBounds(today: string): { readonly min: string; readonly max: string } {
  return { min: addDays(plainDate(today), -ONSET_DAYS_BACK), max: today };
}

/**
 * What is wrong with an onset date, in words for the person, or null.
 * @example onsetDateProblem("2026-07-21", "2026-07-20") // "That day has not come yet: choose today or a day before."
 */
export function onsetDateProblem(value: string, today: string): string | null {
  if (!isPlainDate(value)) return "Choose the day it started.";
  const { min, max } = onsetBounds(today);
  if (value > max) return "That day has not come yet: choose today or a day before.";
  if (value < min) return "Choose a day in the last 90 days. For anything that started earlier, call your clinic.";
  return null;
}

/** Used when this phone never learnt the clinic's number: 112 reaches emergency services across Europe and on most mobile phones elsewhere. */
export const FALLBACK_EMERGENCY_NUMBER = "112";

export interface EmergencyNumber {
  readonly number: string;
  /** False when the phone never learnt the clinic's number and the fallback is shown (and said). */
  readonly fromClinic: boolean;
}

/**
 * The number the emergency screen calls: the clinic's, as last stored on this phone, else 112.
 * @example emergencyNumberFrom(null) // { number: "112", fromClinic: false }
 */
export function emergencyNumberFrom(contact: Pick<ClinicContact, "emergencyNumber"> | null): EmergencyNumber {
  const number = contact?.emergencyNumber.trim() ?? "";
  return number ? { number, fromClinic: true } : { number: FALLBACK_EMERGENCY_NUMBER, fromClinic: false };
}

/**
 * A tel: link for a number as the clinic wrote it ("999", "+44 20 7946 0000").
 * @example telLink("+44 20 7946 0000") // "tel:+442079460000"
 */
export function telLink(number: string): string {
  return `tel:${number.replace(/[^\d+*#]/g, "")}`;
}

/**
 * What to tell the emergency services (clinical-facts.md §4, boxed warning: say the toxin was
 * given), in the first person: "I had Botox injections on Wednesday 1 July. I have trouble swallowing."
 * @example whatToTell("2026-07-01", ["difficulty-swallowing"]) // "I had Botox injections on Wednesday 1 July. I have trouble swallowing."
 */
export function whatToTell(injectionDate: string | null, symptoms: readonly SymptomCode[]): string {
  const given = injectionDate ? `I had Botox injections on ${formatLongDate(injectionDate)}.` : "I have had Botox injections for migraine.";
  return `${given} I have ${symptomsInWords(symptoms)}.`;
}

/**
 * When the clinic will call an amber report: the day of the server's `callBackBy` (the end of the
 * next working day in the clinic's zone) in the patient's zone; offline, the rule itself.
 * @example callBackWords("2026-07-21T22:59:00.000Z", "Europe/London") // "by the end of Tuesday 21 July"
 * @example callBackWords(null, "Europe/London") // "by the end of the next working day"
 */
export function callBackWords(callBackBy: string | null, timeZone: string): string {
  if (callBackBy === null) return "by the end of the next working day";
  return `by the end of ${formatLongDate(localDateAt(Date.parse(callBackBy), timeZone))}`;
}

/**
 * Self-care advice for the green symptoms, in plain words, each from clinical-facts.md:
 * §5.4 (green: self-care, report at the next visit), §5.1-5.3 (how common, how long) and §4
 * (driving). Only the green codes have advice; a report with others is not green.
 */
export const SELF_CARE: Readonly<Partial<Record<SymptomCode, string>>> = {
  // §5.3 (Hull: injection pain for a day or more in 15 in 100) and §5.4 (green).
  "injection-site-pain": "Soreness where you were injected is common and usually settles within a few days.",
  // §5.4: bruising is green, self-care.
  bruising: "Bruising where you were injected is harmless and fades within days.",
  // §5.1-5.2: neck pain is the most common effect in the trials (about 9 in 100); §5.4 green.
  "neck-pain": "Neck pain is the most common effect of these injections and usually settles within days.",
  // §5.3 (Hull: neck stiffness in 15 in 100) and §5.4 green (mild stiffness).
  "neck-stiffness": "A stiff neck is common after these injections and usually settles within days.",
  // §5.3 (Hull: a 5-day flare in about 4 in 100; it subsides within days to weeks) and §5.4.
  "headache-flare": "A headache in the first days after the injections is known to happen. It usually settles within days, sometimes a few weeks. Keep recording it in your diary.",
  // §5.3 (Hull: 6 in 100 could not frown) and §4 (driving: do not drive with weakness, vision problems or dizziness).
  "muscle-weakness-local": "Weakness near where you were injected, such as finding it hard to frown, is an expected effect and wears off. If you feel weak or dizzy, or have trouble seeing, do not drive or use machines.",
};

/**
 * The advice for a green report's symptoms, one line each, in the order given.
 * @example selfCareAdvice(["bruising"]).length // 1
 */
export function selfCareAdvice(symptoms: readonly SymptomCode[]): string[] {
  return symptoms.map((code) => SELF_CARE[code]).filter((text): text is string => text !== undefined);
}

/** A report's level in the list of reports: what the patient was told, never alarming beyond it. */
export const LEVEL_WORDS: Readonly<Record<TriageLevel, string>> = {
  red: "Emergency care advised",
  amber: "Your clinic will call you",
  green: "Self-care, noted for your next visit",
};

/** Where the clinic is with a report, in plain words. */
export const STATUS_WORDS: Readonly<Record<SideEffectStatus, string>> = {
  new: "Sent to your clinic",
  acknowledged: "Seen by your clinic",
  "in-hand": "Your clinic is dealing with it",
  resolved: "Closed by your clinic",
};

/** The page's heading for each level: the answer itself. */
export const OUTCOME_TITLES: Readonly<Record<TriageLevel, string>> = {
  red: "Get emergency care now",
  amber: "Your clinic will call you",
  green: "Looking after yourself",
};

/**
 * The page's heading: the answer, or "Your report" once the clinic has closed it.
 * @example outcomeTitle("red", "resolved") // "Your report"
 */
export function outcomeTitle(level: TriageLevel, clinicStatus: SideEffectStatus | null): string {
  return clinicStatus === "resolved" ? "Your report" : OUTCOME_TITLES[level];
}
