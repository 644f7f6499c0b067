/**
 * The patient's own "My progress" (issue 8): the last 28 days' headache days against the
 * baseline before their first session (pathway-rules §1, §8), a few earlier windows for a small
 * chart, the medicine days of those 28 days against the overuse limits (ICHD-3 8.2, §4), and the
 * next visit. Every count is the clinical core's; the app only words them.
 */
import type { MedicineDays, MyProgress } from "#contracts/api/progress.ts";
import { judgeOveruseWindow, OVERUSE_CLASS_RULES } from "#domain/diagnosis/medication-overuse.ts";
import { MEDICATION_CLASS_TABLE } from "#domain/diary/medication-classes.ts";
import { countDays, countMatchingDays, type WindowCounts } from "#domain/diary/window-counts.ts";
import { windowsAsOf } from "#domain/diary/windows.ts";
import { treatmentTimeline } from "#domain/outcomes/treatment-timeline.ts";
import { daysBetween, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { PatientIdentity } from "../../shared/access.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { storedLookBackStart } from "../assessment/assessment.ts";
import { loadPatientRecord } from "../patient-record/load-patient-record.ts";
import { myAppointments } from "../scheduling/my-appointments.ts";
import { COUNTING, PROGRESS_SETTINGS, toProgressWindow } from "./progress-windows.ts";

/** Windows before the last 28 days the small chart shows. */
const EARLIER_WINDOWS = 6;

/**
 * Each medicine class taken in the window, with its days against its ICHD-3 8.2 limit (judged
 * classes) or without one (gepants, ditans, others).
 */
function medicineDays(w1: WindowCounts, judged: ReturnType<typeof judgeOveruseWindow>): MedicineDays[] {
  return MEDICATION_CLASS_TABLE.filter((entry) => w1[entry.count] > 0).map((entry) => {
    const rule = OVERUSE_CLASS_RULES.find((r) => r.name === entry.medicationClass);
    const judgedCount = rule === undefined ? undefined : judged.classCounts.find((c) => c.name === rule.name);
    return {
      medicationClass: entry.medicationClass,
      days: w1[entry.count],
      limitDays: judgedCount?.minDays ?? null,
      judged: rule?.name ?? null,
      reachesLimit: judgedCount?.reaches ?? false,
    };
  });
}

export async function myProgress(deps: ServiceDeps, who: PatientIdentity): Promise<MyProgress> {
  const read = await readSnapshot(deps.db, async (tx) => {
    const patient = await loadPatientOrNotFound(tx, who.clinicId, who.patientId);
    const today = localDateAt(deps.clock(), patient.time_zone);
    const record = await loadPatientRecord(tx, patient, { diaryFrom: storedLookBackStart(today), diaryTo: today });
    const context = { birthDate: plainDate(patient.birth_date), settings: PROGRESS_SETTINGS };
    const windows = windowsAsOf(record.diary, today, context);
    const w1 = windows[0] as WindowCounts;
    const timeline = treatmentTimeline(record.treatments, today);
    const baseline = timeline === null ? null : countDays(record.diary, timeline.baselineWindow, context);
    const judgedDays = countMatchingDays(record.diary, w1, context, (day) => OVERUSE_CLASS_RULES.some((rule) => day[rule.flag]));
    return {
      patientId: patient.id,
      today,
      counting: COUNTING,
      last28: toProgressWindow(w1),
      earlier: windows.slice(1, 1 + EARLIER_WINDOWS).map(toProgressWindow),
      treatment: { sessionsSoFar: timeline?.sessions.length ?? 0, firstSession: timeline?.first ?? null, lastSession: timeline?.last ?? null, sessionDates: [...(timeline?.sessions ?? [])] },
      // An incomplete baseline is no baseline (§8): nothing to compare with.
      baseline: baseline?.complete ? toProgressWindow(baseline) : null,
      medicines: medicineDays(w1, judgeOveruseWindow(w1, judgedDays, PROGRESS_SETTINGS)),
    };
  });
  const [next] = (await myAppointments(deps, who)).appointments;
  return {
    ...read,
    nextVisit: next === undefined ? null : { ...next, daysUntil: daysBetween(read.today, plainDate(next.localDate) as PlainDate) },
  };
}
