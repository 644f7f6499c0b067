/**
 * The demo clinic's side effects between visits (issue 8), deterministic from the generated
 * patients: among the treated patients (the one with the demo sign-in left out), by their last
 * session, newest first: a red report that holds the next session, unacknowledged (so every staff
 * page shows the alert); an amber one waiting for its call; a green one; an amber one resolved
 * after a call and advice; and a green one taken by phone and acknowledged. All through the same
 * writers the app uses. The demo's patients have no app accounts (but the first), so their
 * reports are taken by phone, as many are.
 */
import { addDays, minDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { SymptomCode } from "#domain/shared/record.ts";
import { v7 as uuidv7 } from "uuid";
import type { DemoPatient } from "../../demo/generate.ts";
import type { Executor } from "../../shared/executor.ts";
import { currentRecord } from "../../shared/records/repository.ts";
import { instantAtLocalTime } from "../../shared/time-zone.ts";
import { appendAction, type ActionInput } from "../side-effects/report-actions.ts";
import { receiveInTransaction } from "../side-effects/report-side-effect.ts";
import type { ReportContent } from "../side-effects/report-view.ts";

const HOUR = 3_600_000;

/** What of the demo's care context the reports need (seed-demo-care.ts passes its own). */
export interface DemoSideEffectsContext {
  readonly clinicId: string;
  readonly timeZone: string;
  readonly today: PlainDate;
  readonly now: Date;
  /** Who takes the reports by phone and acts on them. */
  readonly clinicianId: string;
}

interface DemoReport {
  /** Days after the patient's last session the symptoms began (never after today). */
  readonly onsetAfter: number;
  readonly symptoms: readonly SymptomCode[];
  readonly note: string;
  /** Hours before now it reached the clinic. */
  readonly hoursAgo: number;
  /** The clinic's actions, each some hours after the report. */
  readonly actions: readonly (Omit<ActionInput, "fromRevision"> & { readonly hoursAfter: number })[];
}

const REPORTS: readonly DemoReport[] = [
  { onsetAfter: 4, symptoms: ["difficulty-swallowing", "voice-change"], note: "Her husband rang: hard to swallow since yesterday evening, voice hoarse.", hoursAgo: 2, actions: [] },
  { onsetAfter: 6, symptoms: ["eyelid-droop"], note: "Left eyelid lower than usual since this morning; vision fine.", hoursAgo: 20, actions: [] },
  { onsetAfter: 1, symptoms: ["injection-site-pain", "bruising"], note: "Small bruises on the forehead, sore to touch.", hoursAgo: 26, actions: [] },
  {
    onsetAfter: 3,
    symptoms: ["neck-weakness", "neck-pain"],
    note: "Neck tired holding the head up by the evening.",
    hoursAgo: 24 * 12,
    actions: [
      { action: "called", note: "Called: neck tires by the evening; no trouble swallowing, breathing or speaking.", hoursAfter: 3 },
      { action: "advised", note: "Advised: usually settles over 2 to 4 weeks; gentle stretches; call back at once if swallowing or breathing changes.", hoursAfter: 3.2 },
      { action: "resolved", note: "Settled by the day-28 check-in call. For the next session: consider a lower cervical paraspinal dose.", hoursAfter: 24 * 10 },
    ],
  },
  { onsetAfter: 2, symptoms: ["neck-stiffness"], note: "Stiff neck, better with a warm pack.", hoursAgo: 50, actions: [{ action: "acknowledged", note: "", hoursAfter: 1 }] },
];

/** The patient's last session, as days before today. */
const lastSessionDaysAgo = (patient: DemoPatient) => Math.min(...patient.care.sessions.map((session) => session.daysAgo));

/** Seeds the demo's side-effect reports and the clinic's actions on them, in the demo's transaction. */
export async function seedDemoSideEffects(tx: Executor, context: DemoSideEffectsContext, patients: readonly (DemoPatient & { id: string })[]): Promise<void> {
  const treated = patients
    .slice(1)
    .filter((patient) => patient.care.sessions.length > 0)
    .sort((a, b) => lastSessionDaysAgo(a) - lastSessionDaysAgo(b));
  for (const [index, report] of REPORTS.entries()) {
    const patient = treated[index];
    if (patient === undefined) return;
    const target = { clinicId: context.clinicId, patientId: patient.id };
    const lastSession = addDays(context.today, -lastSessionDaysAgo(patient));
    const onsetDate: PlainDate = minDate(addDays(lastSession, report.onsetAfter), context.today);
    // Received after the onset began and after the session, however recent it was.
    const earliest = instantAtLocalTime(onsetDate, 18, 0, context.timeZone).getTime();
    const receivedAt = new Date(Math.min(context.now.getTime() - HOUR, Math.max(context.now.getTime() - report.hoursAgo * HOUR, earliest)));
    const id = uuidv7();
    await receiveInTransaction(tx, target, { userId: context.clinicianId, source: "staff-phone" }, { id, onsetDate, symptoms: report.symptoms, note: report.note, recordedAt: null, checkIn: null }, receivedAt);
    for (const [step, action] of report.actions.entries()) {
      const current = await currentRecord(tx, context.clinicId, id);
      if (current === undefined) throw new Error("a demo side-effect report vanished");
      const at = new Date(Math.min(receivedAt.getTime() + action.hoursAfter * HOUR, context.now.getTime() - (report.actions.length - step) * 60_000));
      await appendAction(tx, target, id, context.clinicianId, current.content as ReportContent, { action: action.action, note: action.note, fromRevision: current.revision }, at);
    }
  }
}
