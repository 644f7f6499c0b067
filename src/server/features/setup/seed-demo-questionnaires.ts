/**
 * The demo clinic's HIT-6 and MIDAS (src/server/demo/questionnaires.ts), written through the
 * record kit as paper forms the clinician entered, in the seeding's transaction, before the
 * treatment decisions that read them.
 */
import { instantAtLocalTime } from "../../shared/time-zone.ts";
import type { Executor } from "../../shared/executor.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import type { DemoPatient } from "../../demo/generate.ts";
import { demoQuestionnaires } from "../../demo/questionnaires.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";

export async function seedDemoQuestionnaires(tx: Executor, context: { readonly clinicId: string; readonly timeZone: string; readonly today: PlainDate; readonly clinicianId: string }, patients: readonly (DemoPatient & { id: string })[]): Promise<void> {
  for (const patient of patients) {
    for (const q of demoQuestionnaires(patient.diary, patient.care, context.today)) {
      const now = instantAtLocalTime(q.date, 9, 30, context.timeZone);
      const content = { instrument: q.instrument, date: q.date, responses: [...q.responses], a: q.a, b: q.b, score: q.score };
      await appendRecordRevision(tx, { clinicId: context.clinicId, patientId: patient.id, kind: "questionnaire", content, actorUserId: context.clinicianId, now });
    }
  }
}
