/**
 * The administrators' search of a clinic's audit log (ADR 0016): one clinic's events, newest
 * first, with the names of the person and the patient joined for display and each event's place
 * in the chain; filtered by patient, person and a time range, a page at a time from a cursor
 * (the last row's time and id), so an export can walk the whole log without holding it.
 */
import type { Executor } from "../../shared/executor.ts";

export interface AuditLogFilter {
  readonly patientId?: string | undefined;
  readonly userId?: string | undefined;
  /** Instants (UTC ISO): from inclusive, before exclusive. */
  readonly from?: string | undefined;
  readonly before?: string | undefined;
  /** The last row of the previous page; the page starts after it. */
  readonly after?: { readonly at: string; readonly id: string } | undefined;
}

export interface AuditLogRow {
  readonly id: string;
  readonly at: string;
  readonly kind: "read" | "write";
  readonly action: string;
  readonly entity: string;
  readonly entity_id: string | null;
  readonly route: string | null;
  readonly method: string | null;
  readonly ip: string | null;
  readonly actor_user_id: string | null;
  readonly actor_name: string | null;
  readonly patient_id: string | null;
  readonly patient_name: string | null;
  readonly seq: string | number | null;
}

export async function auditLogPage(db: Executor, clinicId: string, filter: AuditLogFilter, limit: number): Promise<AuditLogRow[]> {
  let query = db
    .selectFrom("audit_events as e")
    .leftJoin("users as u", "u.id", "e.actor_user_id")
    .leftJoin("patients as p", (join) => join.onRef("p.clinic_id", "=", "e.clinic_id").onRef("p.id", "=", "e.patient_id"))
    .leftJoin("audit_chain as c", (join) => join.onRef("c.clinic_id", "=", "e.clinic_id").onRef("c.event_id", "=", "e.id"))
    .select([
      "e.id",
      "e.at",
      "e.kind",
      "e.action",
      "e.entity",
      "e.entity_id",
      "e.route",
      "e.method",
      "e.ip",
      "e.actor_user_id",
      "u.name as actor_name",
      "e.patient_id",
      "p.name as patient_name",
      "c.seq",
    ])
    .where("e.clinic_id", "=", clinicId);
  if (filter.patientId !== undefined) query = query.where("e.patient_id", "=", filter.patientId);
  if (filter.userId !== undefined) query = query.where("e.actor_user_id", "=", filter.userId);
  if (filter.from !== undefined) query = query.where("e.at", ">=", filter.from);
  if (filter.before !== undefined) query = query.where("e.at", "<", filter.before);
  const after = filter.after;
  if (after !== undefined) query = query.where((eb) => eb.or([eb("e.at", "<", after.at), eb.and([eb("e.at", "=", after.at), eb("e.id", "<", after.id)])]));
  return query.orderBy("e.at", "desc").orderBy("e.id", "desc").limit(limit).execute();
}
