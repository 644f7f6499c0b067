/**
 * "My progress" in plain words (issue 8, section 5; design.md "Plain words"): headache days in
 * the last 4 weeks against the 4 weeks before treatment, medicine days against their limits,
 * the next visit. Calm: no percentages, nothing alarming; every number is the server's count.
 */
import type { MedicineDays, MyProgress } from "#contracts/api/progress.ts";
import { MEDICATION_LABELS } from "#web/features/diary/labels.ts";
import { formatLongDate } from "#web/ui/format.ts";

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

const days = (n: number) => `${n} headache ${n === 1 ? "day" : "days"}`;

/**
 * The headline sentence.
 * @example headacheSentence(progress) // "12 headache days in the last 4 weeks, down from 20 before treatment."
 */
export function headacheSentence(progress: Pick<MyProgress, "last28" | "baseline" | "treatment">): string {
  const { last28, baseline } = progress;
  if (last28.daysRecorded === 0) return "No diary days recorded in the last 4 weeks yet.";
  const now = last28.complete ? `${days(last28.headacheDays)} in the last 4 weeks` : `${days(last28.headacheDays)} in the ${last28.daysRecorded} days you recorded in the last 4 weeks`;
  switch (headacheTrend(progress)) {
    case "better":
      return `${now}, down from ${baseline?.headacheDays ?? 0} before treatment.`;
    case "same":
      return `${now}, the same as before treatment (${baseline?.headacheDays ?? 0}).`;
    case "worse":
      return `${now}, up from ${baseline?.headacheDays ?? 0} before treatment.`;
    default:
      return `${now}.`;
  }
}

/**
 * The calm second sentence: what the comparison means, or why there is none.
 * @example headacheFollowUp(progress) // "That is 8 fewer headache days than before treatment."
 */
export function headacheFollowUp(progress: Pick<MyProgress, "last28" | "baseline" | "treatment">): string {
  const before = progress.baseline?.headacheDays ?? 0;
  const now = progress.last28.headacheDays;
  switch (headacheTrend(progress)) {
    case "no-treatment":
      return "Once your treatment starts, this page compares your headache days with the 4 weeks before it.";
    case "no-baseline":
      return "There were not enough diary days in the 4 weeks before your first treatment to compare with, so this page shows your days as they are.";
    case "few-days":
      return `Before treatment you had ${days(before)} in 4 weeks. Recording every day lets your clinic compare the two.`;
    case "better":
      return `That is ${before - now} fewer headache ${before - now === 1 ? "day" : "days"} than before treatment.`;
    case "same":
      return "Your clinic looks at how the treatment is working after two rounds of injections, and will talk it through with you.";
    case "worse":
      return "Your clinic will look at this with you at your next visit. If you are worried before then, you can contact them.";
  }
}

/** "Triptans", "Painkillers", ... */
export function medicineName(medicationClass: MedicineDays["medicationClass"]): string {
  return `${MEDICATION_LABELS[medicationClass]}s`;
}

/**
 * One medicine's days in words, against its limit when it has one.
 * @example medicineSentence({ medicationClass: "triptan", days: 6, limitDays: 10, judged: "triptan", reachesLimit: false }) // "Triptans on 6 days; keep under 10."
 */
export function medicineSentence(medicine: MedicineDays): string {
  const on = `${medicineName(medicine.medicationClass)} on ${medicine.days} ${medicine.days === 1 ? "day" : "days"}`;
  if (medicine.limitDays === null) return `${on}.`;
  if (!medicine.reachesLimit) return `${on}; keep under ${medicine.limitDays}.`;
  return `${on}; the advice is to keep under ${medicine.limitDays}. Your clinic will talk with you about this.`;
}

/**
 * When the next visit is, counted down in words.
 * @example countdown(0) // "Today"
 * @example countdown(12) // "In 12 days"
 */
export function countdown(daysUntil: number): string {
  if (daysUntil <= 0) return "Today";
  if (daysUntil === 1) return "Tomorrow";
  return `In ${daysUntil} days`;
}

/**
 * The visit in one line.
 * @example visitLine(visit) // "Tuesday 15 December at 10:30 with Ivy Injector, Demo Headache Clinic."
 */
export function visitLine(visit: NonNullable<MyProgress["nextVisit"]>): string {
  const who = visit.injectorName ? ` with ${visit.injectorName}` : "";
  return `${formatLongDate(visit.localDate)} at ${visit.localTime}${who}, ${visit.clinicName}.`;
}

/**
 * What to expect at the visit (clinical-facts.md §3.1: the fixed PREEMPT part is 31 sites).
 * @example whatToExpect(0, 30)[0] // "Your first treatment. The visit takes about 30 minutes."
 */
export function whatToExpect(sessionsSoFar: number, minutes: number): string[] {
  return [
    `${sessionsSoFar === 0 ? "Your first treatment" : `Treatment number ${sessionsSoFar + 1}`}. The visit takes about ${minutes} minutes.`,
    "Small injections are given into the forehead, the temples, the back of the head, the neck and the shoulders: usually 31 of them, each quick.",
    "Bring your diary up to date before you come: it shows your clinic how you have been.",
  ];
}
