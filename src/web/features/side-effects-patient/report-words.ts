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
import { formatDateLong } from "#web/i18n/locale-format.ts";
import { sideEffects as english } from "#web/i18n/locales/en/sideEffects.ts";
import type { ClinicContact } from "#web/offline/side-effects-db.ts";
import { symptomsInWords, type SideEffectWords } from "./symptom-words.ts";

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
 * What is wrong with an onset date, as its words' key (`onset.<key>`), or null.
 * @example onsetDateProblem("2026-07-21", "2026-07-20") // "future"
 */
export function onsetDateProblem(value: string, today: string): keyof typeof english.onset | null {
  if (!isPlainDate(value)) return "missing";
  const { min, max } = onsetBounds(today);
  if (value > max) return "future";
  if (value < min) return "tooOld";
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
 * given), in the first person and the reader's language.
 * @example whatToTell("2026-07-01", ["difficulty-swallowing"], english) // "I had Botox injections on Wednesday 1 July. I have trouble swallowing."
 */
export function whatToTell(injectionDate: string | null, symptoms: readonly SymptomCode[], words: SideEffectWords): string {
  const { t, language } = words;
  const given = injectionDate ? t("tell.withDate", { date: formatDateLong(injectionDate, language) }) : t("tell.noDate");
  return `${given} ${t("tell.symptoms", { symptoms: symptomsInWords(symptoms, words) })}`;
}

/**
 * When the clinic will call an amber report: the day of the server's `callBackBy` (the end of the
 * next working day in the clinic's zone) in the patient's zone; offline, the rule itself.
 * @example callBackWords("2026-07-21T22:59:00.000Z", "Europe/London", english) // "by the end of Tuesday 21 July"
 * @example callBackWords(null, "Europe/London", english) // "by the end of the next working day"
 */
export function callBackWords(callBackBy: string | null, timeZone: string, { t, language }: SideEffectWords): string {
  if (callBackBy === null) return t("callBack.rule");
  return t("callBack.by", { date: formatDateLong(localDateAt(Date.parse(callBackBy), timeZone), language) });
}

/**
 * The green symptoms with self-care advice (`selfCare.<code>` in the catalogue), each from
 * clinical-facts.md: §5.4 (green: self-care, report at the next visit), §5.1-5.3 (how common, how
 * long) and §4 (driving: do not drive with weakness, vision problems or dizziness). Only the green
 * codes have advice; a report with others is not green.
 */
export const SELF_CARE_CODES = Object.keys(english.selfCare) as (keyof typeof english.selfCare)[];

const hasAdvice = (code: SymptomCode): code is (typeof SELF_CARE_CODES)[number] => (SELF_CARE_CODES as readonly string[]).includes(code);

/**
 * The advice for a green report's symptoms, one line each, in the order given.
 * @example selfCareAdvice(["bruising"], t).length // 1
 */
export function selfCareAdvice(symptoms: readonly SymptomCode[], t: SideEffectWords["t"]): string[] {
  return symptoms.filter(hasAdvice).map((code) => t(`selfCare.${code}`));
}

/** A report's level in the list of reports: what the patient was told, never alarming beyond it. */
export function levelWords(level: TriageLevel, t: SideEffectWords["t"]): string {
  return t(`levels.${level}`);
}

/** Where the clinic is with a report, in plain words. */
export function statusWords(status: SideEffectStatus, t: SideEffectWords["t"]): string {
  return t(`statuses.${status}`);
}

/**
 * The page's heading: the answer, or "Your report" once the clinic has closed it.
 * @example outcomeTitle("red", "resolved", t) // "Your report"
 */
export function outcomeTitle(level: TriageLevel, clinicStatus: SideEffectStatus | null, t: SideEffectWords["t"]): string {
  return clinicStatus === "resolved" ? t("titles.closed") : t(`titles.${level}`);
}
