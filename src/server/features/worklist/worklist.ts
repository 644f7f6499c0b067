/**
 * The worklist over `patient_pathway` (ADR 0015): one query for the page and one for the view
 * counts, both in SQL, so 5,000 patients answer in milliseconds. "Overdue" and "due this week"
 * are judged against the clinic's today at the time of the request, not when the row was computed.
 */
import { sql, type SqlBool } from "kysely";
import type { Worklist, WorklistSort, WorklistView } from "#contracts/api/worklist.ts";
import type { PathwayAction, PathwayState, StoppingDecision } from "#domain/pathway/pathway-status.ts";
import { instantAtLocalTime } from "#domain/shared/local-date.ts";
import { addDays } from "#domain/shared/plain-date.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { clinicOperations, clinicToday } from "../clinic-settings/clinic-settings.ts";

export interface WorklistRequest {
  readonly view: WorklistView;
  readonly state?: PathwayState | undefined;
  readonly q?: string | undefined;
  readonly sort: WorklistSort;
  readonly dir: "asc" | "desc";
  readonly page: number;
  readonly pageSize: number;
}

/** The states in which a patient is due sessions (overdue applies to them only). */
const TREATED = ["in-treatment", "evaluation-due", "continuing"] as const;

export async function readWorklist(deps: ServiceDeps, clinicId: string, request: WorklistRequest): Promise<Worklist> {
  const now = deps.clock();
  return readSnapshot(deps.db, async (tx) => {
    const [{ timeZone, today }, operations] = await Promise.all([clinicToday(tx, clinicId, now), clinicOperations(tx, clinicId)]);
    const weekEnd = addDays(today, 6);
    const soonEnd = addDays(today, operations.dueSoonDays);
    const startOfToday = new Date(instantAtLocalTime(today, 0, 0, timeZone)).toISOString();
    const endOfWeek = new Date(instantAtLocalTime(addDays(today, 7), 0, 0, timeZone)).toISOString();
    const nowIso = now.toISOString();

    const treated = sql<SqlBool>`pw.state IN (${sql.join(TREATED.map((s) => sql.lit(s)))})`;
    const unbooked = sql<SqlBool>`(pw.next_appointment_at IS NULL OR pw.next_appointment_at < ${nowIso})`;
    const overdue = sql<SqlBool>`(${treated} AND pw.next_late < ${today} AND ${unbooked})`;
    // Both views say the same thing over different spans: a visit booked in the span (first
    // sessions included), or a treated patient due in it with nothing booked; so this week's
    // patients are always among the next dueSoonDays'.
    const endOfSoon = new Date(instantAtLocalTime(addDays(soonEnd, 1), 0, 0, timeZone)).toISOString();
    const bookedBetween = (end: string) => sql<SqlBool>`(pw.next_appointment_at >= ${startOfToday} AND pw.next_appointment_at < ${end})`;
    const dueThisWeek = sql<SqlBool>`(${bookedBetween(endOfWeek)} OR (${treated} AND ${unbooked} AND pw.next_due BETWEEN ${today} AND ${weekEnd}))`;
    const dueSoon = sql<SqlBool>`(${bookedBetween(endOfSoon)} OR (${treated} AND ${unbooked} AND pw.next_due BETWEEN ${today} AND ${soonEnd}))`;
    const evaluationDue = sql<SqlBool>`(pw.state = 'evaluation-due')`;
    const viewCondition: Record<WorklistView, ReturnType<typeof sql<SqlBool>>> = {
      all: sql<SqlBool>`true`,
      "due-this-week": dueThisWeek,
      overdue,
      "evaluation-due": evaluationDue,
      "due-soon": dueSoon,
    };

    const base = tx
      .selectFrom("patients as p")
      .innerJoin("patient_pathway as pw", (join) => join.onRef("pw.clinic_id", "=", "p.clinic_id").onRef("pw.patient_id", "=", "p.id"))
      .where("p.clinic_id", "=", clinicId);

    const counts = await base
      .select([
        sql<number>`count(*)::int`.as("all"),
        sql<number>`(count(*) FILTER (WHERE ${dueThisWeek}))::int`.as("dueThisWeek"),
        sql<number>`(count(*) FILTER (WHERE ${overdue}))::int`.as("overdue"),
        sql<number>`(count(*) FILTER (WHERE ${evaluationDue}))::int`.as("evaluationDue"),
        sql<number>`(count(*) FILTER (WHERE ${dueSoon}))::int`.as("dueSoon"),
      ])
      .executeTakeFirstOrThrow();

    let filtered = base.where(viewCondition[request.view]);
    if (request.state !== undefined) filtered = filtered.where("pw.state", "=", request.state);
    if (request.q !== undefined && request.q !== "") {
      const pattern = `%${request.q.replace(/[\\%_]/g, (c) => `\\${c}`).toLowerCase()}%`;
      filtered = filtered.where((eb) => eb.or([eb(sql`lower(p.name)`, "like", pattern), eb(sql`lower(coalesce(p.record_number, ''))`, "like", pattern)]));
    }
    const total = (await filtered.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow()).n;

    const dir = request.dir;
    const nullsLast = sql.raw(dir === "asc" ? "ASC NULLS LAST" : "DESC NULLS LAST");
    const order = {
      "next-action": sql`pw.next_action_date ${nullsLast}`,
      name: sql`lower(p.name) ${sql.raw(dir)}`,
      state: sql`array_position(ARRAY['screening','baseline-diary','eligible','awaiting-authorization','scheduled','in-treatment','evaluation-due','continuing','stopped','paused']::text[], pw.state) ${sql.raw(dir)}`,
      "last-session": sql`pw.last_session_date ${nullsLast}`,
      "next-due": sql`pw.next_due ${nullsLast}`,
    }[request.sort];
    const rows = await filtered
      .select([
        "p.id as patientId",
        "p.name as name",
        "p.record_number as recordNumber",
        "p.birth_date as birthDate",
        "pw.state as state",
        "pw.stopped_by as stoppedBy",
        "pw.cycle as cycle",
        "pw.next_action as nextAction",
        "pw.next_action_date as nextActionDate",
        "pw.last_session_date as lastSessionDate",
        "pw.next_due as nextDue",
        "pw.next_late as nextLate",
        "pw.next_appointment_at as nextAppointmentAt",
        "pw.eligibility as eligibility",
        sql<boolean>`${overdue}`.as("overdue"),
      ])
      .orderBy(order)
      .orderBy(sql`lower(p.name)`)
      .orderBy("p.id")
      .limit(request.pageSize)
      .offset((request.page - 1) * request.pageSize)
      .execute();

    return {
      today,
      dueSoonDays: operations.dueSoonDays,
      views: { all: counts.all, "due-this-week": counts.dueThisWeek, overdue: counts.overdue, "evaluation-due": counts.evaluationDue, "due-soon": counts.dueSoon },
      total,
      page: request.page,
      pageSize: request.pageSize,
      rows: rows.map((row) => ({
        ...row,
        state: row.state as PathwayState,
        // Rows stopped before switching existed and not refreshed since were stopped by a stop.
        stoppedBy: row.state === "stopped" ? ((row.stoppedBy ?? "stop") as StoppingDecision) : null,
        nextAction: row.nextAction as PathwayAction,
        nextAppointmentAt: row.nextAppointmentAt === null ? null : new Date(row.nextAppointmentAt).toISOString(),
      })),
    };
  });
}
