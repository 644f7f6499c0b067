/**
 * "My progress" in plain words (issue 8, section 5; design.md "Plain words"): headache days in
 * the last 4 weeks against the 4 weeks before treatment, medicine days against their limits,
 * the next visit. Calm: no percentages, nothing alarming; every number is the server's count.
 * The words are the "progress" catalogue's, in the reader's language (plurals by i18next's
 * _one/_other); each helper takes `t`, and the language where it writes a date.
 */
import type { TFunction } from "i18next";
import type { MedicineDays, MyProgress } from "#contracts/api/progress.ts";
import type { Language } from "#web/i18n/languages.ts";
import { formatDateLong } from "#web/i18n/locale-format.ts";

/** `t` for the "progress" namespace. */
export type ProgressT = TFunction<"progress">;

/** How the last 4 weeks compare with the baseline. */
export type HeadacheTrend = "no-treatment" | "no-baseline" | "few-days" | "better" | "same" | "worse";

/**
 * The comparison the page can make: none before treatment or without a baseline, none on too few
 * recorded days (the counts would not be alike), else better, the same or worse.
 * @example headacheTrend({ ...progress, last28: { headacheDays: 12, complete: true }, baseline: { headacheDays: 20 } }) // "better"
 */
export function headacheTrend(progress: Pick<MyProgress, "last28" | "baseline" | "treatment">): HeadacheTrend {
  if (progress.treatment.sessionsSoFar === 0) return "no-treatment";
  if (progress.baseline === null) return "no-baseline";
  if (!progress.last28.complete) return "few-days";
  const now = progress.last28.headacheDays;
  const before = progress.baseline.headacheDays;
  return now < before ? "better" : now === before ? "same" : "worse";
}

/**
 * A count of headache days in words.
 * @example headacheDays(1, t) // "1 headache day"
 */
export function headacheDays(count: number, t: ProgressT): string {
  return t("days", { count });
}

/**
 * The headline sentence.
 * @example headacheSentence(progress, t) // "12 headache days in the last 4 weeks, down from 20 before treatment."
 */
export function headacheSentence(progress: Pick<MyProgress, "last28" | "baseline" | "treatment">, t: ProgressT): string {
  const { last28, baseline } = progress;
  if (last28.daysRecorded === 0) return t("headache.none");
  const days = headacheDays(last28.headacheDays, t);
  const now = last28.complete ? t("headache.nowComplete", { days }) : t("headache.nowPartial", { days, count: last28.daysRecorded });
  const before = baseline?.headacheDays ?? 0;
  switch (headacheTrend(progress)) {
    case "better":
      return t("headache.better", { now, before });
    case "same":
      return t("headache.same", { now, before });
    case "worse":
      return t("headache.worse", { now, before });
    default:
      return t("headache.only", { now });
  }
}

/**
 * The calm second sentence: what the comparison means, or why there is none.
 * @example headacheFollowUp(progress, t) // "That is 8 fewer headache days than before treatment."
 */
export function headacheFollowUp(progress: Pick<MyProgress, "last28" | "baseline" | "treatment">, t: ProgressT): string {
  const before = progress.baseline?.headacheDays ?? 0;
  const now = progress.last28.headacheDays;
  switch (headacheTrend(progress)) {
    case "no-treatment":
      return t("headache.noTreatment");
    case "no-baseline":
      return t("headache.noBaseline");
    case "few-days":
      return t("headache.fewDays", { days: headacheDays(before, t) });
    case "better":
      return t("headache.fewer", { count: before - now });
    case "same":
      return t("headache.sameFollowUp");
    case "worse":
      return t("headache.worseFollowUp");
  }
}

/** "Triptans", "Painkillers", ... */
export function medicineName(medicationClass: MedicineDays["medicationClass"], t: ProgressT): string {
  return t(`medicines.names.${medicationClass}`);
}

/**
 * One medicine's days in words, against its limit when it has one.
 * @example medicineSentence({ medicationClass: "triptan", days: 6, limitDays: 10, judged: "triptan", reachesLimit: false }, t) // "Triptans on 6 days; keep under 10."
 */
export function medicineSentence(medicine: MedicineDays, t: ProgressT): string {
  const on = t("medicines.on", { name: medicineName(medicine.medicationClass, t), count: medicine.days });
  if (medicine.limitDays === null) return t("medicines.noLimit", { on });
  if (!medicine.reachesLimit) return t("medicines.underLimit", { on, limit: medicine.limitDays });
  return t("medicines.reached", { on, limit: medicine.limitDays });
}

/**
 * When the next visit is, counted down in words.
 * @example countdown(0, t) // "Today"
 * @example countdown(12, t) // "In 12 days"
 */
export function countdown(daysUntil: number, t: ProgressT): string {
  if (daysUntil <= 0) return t("visit.today");
  if (daysUntil === 1) return t("visit.tomorrow");
  return t("visit.inDays", { days: daysUntil });
}

/**
 * The visit in one line, its date in the reader's language.
 * @example visitLine(visit, t, "en") // "Tuesday 15 December at 10:30 with Ivy Injector, Demo Headache Clinic."
 */
export function visitLine(visit: NonNullable<MyProgress["nextVisit"]>, t: ProgressT, language: Language): string {
  const words = { date: formatDateLong(visit.localDate, language), time: visit.localTime, clinic: visit.clinicName };
  return visit.injectorName ? t("visit.withWho", { ...words, who: visit.injectorName }) : t("visit.noWho", words);
}

/**
 * What to expect at the visit (clinical-facts.md §3.1: the fixed PREEMPT part is 31 sites).
 * @example whatToExpect(0, 30, t)[0] // "Your first treatment. The visit takes about 30 minutes."
 */
export function whatToExpect(sessionsSoFar: number, minutes: number, t: ProgressT): string[] {
  return [sessionsSoFar === 0 ? t("visit.first", { minutes }) : t("visit.number", { number: sessionsSoFar + 1, minutes }), t("visit.where"), t("visit.diary")];
}

/**
 * The small chart in one sentence, for screen readers (its canvas shows the same).
 * @example chartSummary(progress, t) // "Headache days in 3 4-week periods; last 4 weeks 12. Before treatment 20. The numbers are listed under the chart."
 */
export function chartSummary(progress: Pick<MyProgress, "last28" | "earlier" | "baseline">, t: ProgressT): string {
  const parts = [t("chart.summary", { count: 1 + progress.earlier.length, last: progress.last28.headacheDays })];
  if (progress.baseline?.complete) parts.push(t("chart.summaryBefore", { before: progress.baseline.headacheDays }));
  parts.push(t("chart.numbersBelow"));
  return parts.join(" ");
}
