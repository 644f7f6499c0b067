/**
 * The clinician's chart of one patient (pathway-rules §1, §8): the 28-day windows from the
 * earliest diary day to the patient's today, the baseline before the first session, the signed
 * sessions, the evaluation points and the response, all from `assess` and the outcomes module,
 * and the timeline of the kit's records. One snapshot, so the figures agree with each other.
 */
import type { PatientProgress } from "#contracts/api/progress.ts";
import { assess } from "#domain/assess/assess.ts";
import { countDays } from "#domain/diary/window-counts.ts";
import { treatmentTimeline } from "#domain/outcomes/treatment-timeline.ts";
import { plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { currentRecords } from "../../shared/records/repository.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { storedLookBackStart } from "../assessment/assessment.ts";
import { clinicPolicy } from "../clinic-settings/clinic-settings.ts";
import { loadPatientRecord } from "../patient-record/load-patient-record.ts";
import { COUNTING, PROGRESS_SETTINGS, toProgressWindow } from "./progress-windows.ts";
import { TIMELINE_KINDS, timelineOf } from "./timeline.ts";

/** The evaluation points to mark: the two-cycle point, and the three-cycle point where the policy has one (EHF, §8). */
function evaluationPoints(timeline: ReturnType<typeof treatmentTimeline>, policy: PatientProgress["policy"], today: PlainDate): PatientProgress["evaluationPoints"] {
  if (timeline === null) return [];
  const points: PatientProgress["evaluationPoints"] = [{ kind: "two-cycles", date: timeline.twoCyclePoint, reached: today >= timeline.twoCyclePoint }];
  if (policy === "ehf-2018") points.push({ kind: "three-cycles", date: timeline.threeCyclePoint, reached: today >= timeline.threeCyclePoint });
  return points;
}

/** A clinic patient's progress over the whole treatment, as of their today. */
export async function patientProgress(deps: ServiceDeps, target: { clinicId: string; patientId: string }): Promise<PatientProgress> {
  return readSnapshot(deps.db, async (tx) => {
    const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    const policy = await clinicPolicy(tx, target.clinicId);
    const today = localDateAt(deps.clock(), patient.time_zone);
    const record = await loadPatientRecord(tx, patient, { diaryFrom: storedLookBackStart(today), diaryTo: today });
    const rows = await currentRecords(tx, { ...target, kinds: TIMELINE_KINDS });
    const assessment = assess(record, { asOf: today, policy, settings: PROGRESS_SETTINGS });
    const context = { birthDate: plainDate(patient.birth_date), settings: PROGRESS_SETTINGS };
    const timeline = treatmentTimeline(record.treatments, today);
    const sessions = rows
      .filter((row) => row.kind === "injection-session" && row.effective_date <= today)
      .map((row) => ({ id: row.record_id, date: row.effective_date }));
    const items = timelineOf(rows);
    const units = new Map(items.flatMap((item) => (item.kind === "session" ? [[item.id, item.units] as const] : [])));
    const { response } = assessment;
    return {
      patientId: patient.id,
      today,
      policy,
      counting: COUNTING,
      windows: assessment.windows.map(toProgressWindow),
      baseline: timeline === null ? null : toProgressWindow(countDays(record.diary, timeline.baselineWindow, context)),
      sessions: sessions.map((session) => ({ ...session, units: units.get(session.id) ?? 0 })),
      evaluationPoints: evaluationPoints(timeline, policy, today),
      response: {
        status: response.status,
        baselineHeadacheDays: response.baselineHeadacheDays,
        evaluationHeadacheDays: response.evaluationHeadacheDays,
        evaluationWindow: response.evaluationWindow,
        percentReduction: response.percentReduction,
        responder30: response.responder30,
        responder50: response.responder50,
      },
      timeline: items,
    };
  });
}
