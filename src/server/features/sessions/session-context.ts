/**
 * What an injection session is checked against, and what its screen shows beside the map: the
 * patient's other signed sessions and toxin doses (interval, cumulative dose), the previous
 * session and the side effects since at the same muscles, the lots in stock, the injectors.
 */
import type { SessionContext } from "#contracts/api/sessions.ts";
import type { RecordContent } from "#contracts/records/kind-contents.ts";
import type { SessionRecordContext } from "#domain/injections/session-record.ts";
import { sideEffectsByMuscle } from "#domain/injections/site-side-effects.ts";
import { plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { OtherToxinDose, SideEffectReport, TreatmentSession } from "#domain/shared/record.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { lotStock } from "#domain/stock/lots.ts";
import { AppError } from "../../app-error.ts";
import type { Executor } from "../../shared/executor.ts";
import { currentRecords, type RevisionWithAuthor } from "../../shared/records/repository.ts";
import { clinicOperations, clinicToday } from "../clinic-settings/clinic-settings.ts";
import { toTreatment } from "../patient-record/load-patient-record.ts";
import { membersWithRole } from "../staff/repository.ts";
import { listLots, vialsUsedByLot } from "../stock/repository.ts";

export interface PatientTarget {
  readonly clinicId: string;
  readonly patientId: string;
}

/** The patient's signed sessions (current revisions) and other toxin doses. */
export async function toxinHistory(db: Executor, target: PatientTarget): Promise<{ sessions: RevisionWithAuthor[]; otherDoses: OtherToxinDose[] }> {
  const [sessions, doses] = await Promise.all([
    currentRecords(db, { ...target, kinds: ["injection-session"] }),
    currentRecords(db, { ...target, kinds: ["other-toxin-dose"] }),
  ]);
  const otherDoses = doses.map((row): OtherToxinDose => {
    const content = row.content as RecordContent<"other-toxin-dose">;
    return { date: plainDate(content.date), units: content.units, ...(content.indication === null ? {} : { indication: content.indication }) };
  });
  return { sessions, otherDoses };
}

/** The domain's check context for a session, leaving out the session itself (by id). */
export function checkContextOf(history: { sessions: RevisionWithAuthor[]; otherDoses: OtherToxinDose[] }, excludeSessionId: string | null, reconstitutionMaxHours: number): SessionRecordContext {
  const otherSessions: TreatmentSession[] = history.sessions.filter((row) => row.record_id !== excludeSessionId).map(toTreatment);
  return { otherSessions, otherToxinDoses: history.otherDoses, settings: DEFAULT_SETTINGS, operations: { reconstitutionMaxHours } };
}

/** The lots of the clinic as a session offers them: stock left and status as of `today`. */
export async function lotOptions(db: Executor, clinicId: string, today: PlainDate, lotExpiryWarningDays: number): Promise<SessionContext["lots"]> {
  const [lots, used] = await Promise.all([listLots(db, clinicId), vialsUsedByLot(db, clinicId)]);
  return lots.map((lot) => {
    const stock = lotStock(
      { id: lot.id, lotNumber: lot.lot_number, productId: lot.product_id, vialUnits: lot.vial_units, expiry: plainDate(lot.expiry), vialsReceived: lot.vials_received },
      used.get(lot.id) ?? 0,
      today,
      { lotExpiryWarningDays },
    );
    return {
      id: lot.id,
      lotNumber: lot.lot_number,
      productId: lot.product_id,
      productName: lot.product_name,
      vialUnits: lot.vial_units === 200 ? 200 : 100,
      standardDiluentMl: Number(lot.standard_diluent_ml),
      expiry: lot.expiry,
      vialsLeft: stock.vialsLeft,
      status: stock.status,
    };
  });
}

/**
 * Everything the session screen needs besides the draft. Read it in one snapshot. For a signed
 * session (`forSessionId`) the previous session and the side effects since are those before its
 * own date: a June session shows what happened after March's, not what came after September's.
 */
export async function sessionContext(db: Executor, target: PatientTarget, now: Date, forSessionId?: string): Promise<SessionContext> {
  const [{ timeZone, today }, operations, history, reports, injectors] = await Promise.all([
    clinicToday(db, target.clinicId, now),
    clinicOperations(db, target.clinicId),
    toxinHistory(db, target),
    currentRecords(db, { ...target, kinds: ["side-effect-report"] }),
    membersWithRole(db, target.clinicId, "injector"),
  ]);
  const viewed = forSessionId === undefined ? undefined : history.sessions.find((row) => row.record_id === forSessionId);
  if (forSessionId !== undefined && viewed === undefined) throw new AppError("not_found", "No such session.");
  const asOf = plainDate(viewed?.effective_date ?? today);
  const previousRow = history.sessions.filter((row) => row.record_id !== forSessionId && (viewed === undefined ? row.effective_date <= asOf : row.effective_date < asOf)).at(-1);
  const previous = previousRow === undefined ? null : toTreatment(previousRow);
  const sideEffects: SideEffectReport[] = reports.map((row) => {
    const content = row.content as RecordContent<"side-effect-report">;
    return { date: plainDate(content.date), symptoms: content.symptoms };
  });
  const byMuscle = previous === null ? new Map() : sideEffectsByMuscle(sideEffects, previous.date, asOf);
  return {
    today,
    asOf,
    previous:
      previousRow === undefined || previous === null
        ? null
        : { id: previousRow.record_id, date: previous.date, injections: previous.injections.map((i) => ({ ...i, followThePain: i.followThePain ?? false })), totalUnits: previous.injections.reduce((sum, i) => sum + (i.units > 0 ? i.units : 0), 0) },
    sideEffectsByMuscle: [...byMuscle.entries()].flatMap(([muscle, effects]) => effects.map((effect: { symptom: SideEffectReport["symptoms"][number]; date: string }) => ({ muscle, symptom: effect.symptom, date: effect.date }))),
    otherSessions: history.sessions.map((row) => {
      const session = toTreatment(row);
      return { id: row.record_id, date: session.date, overrideReason: session.overrideReason ?? null, injections: session.injections.map((i) => ({ ...i, followThePain: i.followThePain ?? false })) };
    }),
    otherToxinDoses: history.otherDoses.map((dose) => ({ date: dose.date, units: dose.units, indication: dose.indication ?? null })),
    lots: await lotOptions(db, target.clinicId, today, operations.lotExpiryWarningDays),
    injectors,
    settings: {
      maxSessionUnits: DEFAULT_SETTINGS.maxSessionUnits,
      cumulativeDoseWindowDays: DEFAULT_SETTINGS.cumulativeDoseWindowDays,
      cumulativeDoseMaxUnits: DEFAULT_SETTINGS.cumulativeDoseMaxUnits,
      minIntervalDays: DEFAULT_SETTINGS.minIntervalDays,
    },
    operations: { reconstitutionMaxHours: operations.reconstitutionMaxHours, lotExpiryWarningDays: operations.lotExpiryWarningDays },
    timeZone,
  };
}
