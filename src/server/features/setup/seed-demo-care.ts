/**
 * The treatment side of the demo clinic (src/server/demo/care.ts): injectors' hours, lots in
 * stock (one expiring soon, one expired), each patient's clinical history and preventives,
 * signed sessions (some with follow-the-pain sites, one amended), booked visits, authorizations
 * and side-effect reports (decisions: seed-demo-decisions.ts), all through the same writers the app uses, so the demo's
 * records are the app's records. The pathway rows are refreshed at the end.
 */
import { v7 as uuidv7 } from "uuid";
import { freeSlots as freeSlotTimes, type WeeklyHours } from "#domain/scheduling/slots.ts";
import { slotStart } from "#domain/scheduling/slot-times.ts";
import { addDays, isoWeekday, type PlainDate } from "#domain/shared/plain-date.ts";
import type { DemoCare, DemoSession } from "../../demo/care.ts";
import type { DemoPatient } from "../../demo/generate.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { instantAtLocalTime } from "../../shared/time-zone.ts";
import { appendHistoryRevision } from "../clinical-history/clinical-history.ts";
import { addTrialInTransaction } from "../clinical-history/preventive-trials.ts";
import { replaceWeeklyHours } from "../scheduling/hours-repository.ts";
import { insertSlotClaim } from "../scheduling/slots-repository.ts";
import { standardSessionContent } from "../sessions/standard-session.ts";
import { insertLot } from "../stock/repository.ts";
import { seedDemoSideEffects } from "./seed-demo-side-effects.ts";
import { seedDemoQuestionnaires } from "./seed-demo-questionnaires.ts";

/** The injectors' weeks: the physician on Tuesday and Thursday mornings, the nurse every weekday. */
const INJECTOR_HOURS: readonly (readonly WeeklyHours[])[] = [
  [
    { weekday: 2, start: "09:00", end: "12:00" },
    { weekday: 4, start: "09:00", end: "12:00" },
  ],
  ([1, 2, 3, 4, 5] as const).flatMap((weekday) => [
    { weekday, start: "09:00", end: "12:30" },
    { weekday, start: "13:30", end: "17:00" },
  ]),
];

export interface DemoCareContext {
  readonly clinicId: string;
  readonly timeZone: string;
  readonly today: PlainDate;
  readonly now: Date;
  /** The staff the demo's care is done by: the physician who injects first, then the nurses. */
  readonly clinicianId: string;
  readonly coordinatorId: string;
  readonly injectorIds: readonly string[];
}

interface Lots {
  readonly current: { id: string; lotNumber: string; expiry: PlainDate };
}

async function seedStock(tx: Executor, context: DemoCareContext): Promise<Lots> {
  const lot = (lotNumber: string, productId: string, expiryInDays: number, vials: number, receivedDaysAgo: number) => ({
    clinic_id: context.clinicId,
    id: uuidv7(),
    product_id: productId,
    lot_number: lotNumber,
    expiry: addDays(context.today, expiryInDays),
    vials_received: vials,
    received_on: addDays(context.today, -receivedDaysAgo),
    received_by: context.coordinatorId,
    created_at: context.now.toISOString(),
  });
  const current = lot("C4521A", "onabotulinumtoxinA-200", 420, 400, 320);
  await insertLot(tx, current);
  await insertLot(tx, lot("D0917B", "onabotulinumtoxinA-100", 21, 12, 60));
  await insertLot(tx, lot("C3308X", "onabotulinumtoxinA-200", -10, 4, 400));
  return { current: { id: current.id, lotNumber: current.lot_number, expiry: current.expiry as PlainDate } };
}

/** The booked slots so far, per injector and date, so no two demo visits share one. */
type Booked = Map<string, string[]>;

/** Injector `index`'s week: the physician's for the first, a nurse's for every other. */
const hoursOf = (index: number): readonly WeeklyHours[] => INJECTOR_HOURS[Math.min(index, 1)] as readonly WeeklyHours[];

/**
 * The first free slot from `date` on: the preferred injector's on a day they work, else any
 * other injector's that day (a full clinic books whoever is free); the injector, date and time.
 */
function nextFreeSlot(preferred: number, injectors: number, from: PlainDate, booked: Booked): { injector: number; date: PlainDate; time: string } {
  const order = [preferred, ...Array.from({ length: injectors }, (_, i) => i).filter((i) => i !== preferred)];
  for (let offset = 0; offset < 366; offset += 1) {
    const date = addDays(from, offset);
    for (const injector of order) {
      const weekly = hoursOf(injector);
      if (!weekly.some((hours) => hours.weekday === isoWeekday(date))) continue;
      const key = `${injector}|${date}`;
      const taken = booked.get(key) ?? [];
      const [time] = freeSlotTimes(date, weekly, [], 15, taken);
      if (time === undefined) continue;
      booked.set(key, [...taken, time]);
      return { injector, date, time };
    }
  }
  throw new Error("no free demo slot in a year");
}

async function seedSession(tx: Executor, target: { clinicId: string; patientId: string }, session: DemoSession, context: DemoCareContext, lots: Lots): Promise<void> {
  const date = addDays(context.today, -session.daysAgo);
  const injectorUserId = context.injectorIds[session.injector % context.injectorIds.length] as string;
  const givenAt = instantAtLocalTime(date, 10, 0, context.timeZone).toISOString();
  const content = standardSessionContent({
    date,
    givenAt,
    injectorUserId,
    lot: lots.current,
    extraSites: session.followThePain,
    ...(session.reason === null ? {} : { warningReasons: { follow_the_pain_limit: session.reason } }),
  });
  const at = new Date(givenAt);
  const { recordId } = await appendRecordRevision(tx, { ...target, kind: "injection-session", content, actorUserId: injectorUserId, now: at, verb: "signed" });
  if (session.amended) {
    await appendRecordRevision(tx, { ...target, kind: "injection-session", recordId, content: { ...content, needle: "32 G, 4 mm" }, reason: "Needle recorded wrongly at signing", actorUserId: injectorUserId, now: new Date(at.getTime() + 3_600_000), verb: "amended" });
  }
}

async function seedCare(tx: Executor, patient: DemoPatient & { id: string }, care: DemoCare, context: DemoCareContext, lots: Lots, booked: Booked): Promise<void> {
  const target = { clinicId: context.clinicId, patientId: patient.id };
  const day = (daysAgo: number) => addDays(context.today, -daysAgo);
  const at = (date: PlainDate) => instantAtLocalTime(date, 9, 0, context.timeZone);
  if (care.historyRecorded) {
    const recordedAt = at(day(366));
    // A new demo patient: the history's first revision follows none (0).
    const answers = {
      chronicMigraineSince: null,
      botulinumHypersensitivity: false,
      injectionSiteInfection: false,
      overuseManaged: patient.archetype === "chronic-overuse" ? true : null,
      noPreventivesTried: false,
    };
    await appendHistoryRevision(tx, target, context.clinicianId, recordedAt, answers, 0);
    const trials = [
      { name: "Topiramate", class: "antiepileptic" as const, start: day(900), end: day(780), outcome: "ineffective" as const },
      { name: "Propranolol", class: "beta-blocker" as const, start: day(760), end: day(640), outcome: "not-tolerated" as const },
      { name: "Amitriptyline", class: "antidepressant" as const, start: day(620), end: day(500), outcome: "ineffective" as const },
    ];
    for (const trial of trials) await addTrialInTransaction({ tx, target, actorUserId: context.clinicianId, now: recordedAt }, trial);
  }
  for (const session of care.sessions) await seedSession(tx, target, session, context, lots);
  if (care.authorization !== null) {
    const date = day(care.authorization.daysAgo);
    await appendRecordRevision(tx, { ...target, kind: "authorization", content: { status: care.authorization.status, date, payer: "Demo Health Plan", reference: `PA-${patient.recordNumber}`, validUntil: care.authorization.status === "approved" ? addDays(date, 365) : null, note: null }, actorUserId: context.coordinatorId, now: at(date) });
  }
  // Treatment decisions are seeded last, with the review they were made on (seed-demo-decisions.ts).
  for (const report of care.sideEffects) {
    const date = day(report.daysAgo);
    await appendRecordRevision(tx, { ...target, kind: "side-effect-report", content: { date, symptoms: [...report.symptoms], note: null }, actorUserId: context.clinicianId, now: at(date) });
  }
  if (care.visit !== null) {
    const { injector, date, time } = nextFreeSlot(care.visit.injector, context.injectorIds.length, addDays(context.today, care.visit.daysFromToday), booked);
    const injectorUserId = context.injectorIds[injector] as string;
    const startsAt = new Date(slotStart(date, time, context.timeZone)).toISOString();
    const { recordId } = await appendRecordRevision(tx, { ...target, kind: "appointment", content: { startsAt, localDate: date, localTime: time, minutes: 15, injectorUserId, windowReason: null }, actorUserId: context.coordinatorId, now: context.now });
    await insertSlotClaim(tx, context.clinicId, { injectorUserId, startsAt, appointmentId: recordId });
  }
}

/** Seeds the demo clinic's treatment records for its patients, then every patient's pathway row. */
export async function seedDemoCare(deps: ServiceDeps, tx: Executor, context: DemoCareContext, patients: readonly (DemoPatient & { id: string })[]): Promise<void> {
  for (const [index, injectorId] of context.injectorIds.entries()) await replaceWeeklyHours(tx, context.clinicId, injectorId, hoursOf(index));
  const lots = await seedStock(tx, context);
  const booked: Booked = new Map();
  for (const patient of patients) await seedCare(tx, patient, patient.care, context, lots, booked);
  await seedDemoQuestionnaires(tx, context, patients);
  await seedDemoSideEffects(tx, context, patients);
  for (const patient of patients) await deps.recordChanged(tx, { clinicId: context.clinicId, patientId: patient.id }, context.now);
}
