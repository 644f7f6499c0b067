/**
 * The clinical-record kit's tables (ADR 0013): `clinical_records` names a record (its patient and
 * kind), `clinical_record_revisions` holds its numbered versions; rows are only ever inserted.
 * The current view of a record is its highest revision, the one ordering rule of
 * src/domain/shared/revision-order.ts with server-assigned numbers.
 */
import type { Insertable } from "kysely";
import type { RecordKind, RecordStatus } from "#contracts/records/record-kinds.ts";
import type { ClinicalRecordRevisionRow, ClinicalRecordRevisionsTable, ClinicalRecordsTable } from "../../db/schema.ts";
import type { Executor } from "../executor.ts";

/** A revision with who recorded it, by name. */
export type RevisionWithAuthor = ClinicalRecordRevisionRow & { recorded_by_name: string };

/**
 * A revision's number, status, author and reason as the API answers them (every record kind's
 * history shows these).
 */
export function revisionMeta(row: RevisionWithAuthor) {
  return { revision: row.revision, status: row.status, recordedAt: row.recorded_at, recordedBy: { userId: row.recorded_by, name: row.recorded_by_name }, reason: row.reason };
}

export async function insertRecord(db: Executor, record: Insertable<ClinicalRecordsTable>): Promise<void> {
  await db.insertInto("clinical_records").values(record).execute();
}

export async function insertRecordRevision(db: Executor, revision: Insertable<ClinicalRecordRevisionsTable>): Promise<void> {
  await db.insertInto("clinical_record_revisions").values(revision).execute();
}

/** The record's identity, locked until the transaction ends (revision numbers stay one apart under concurrent writes). */
export async function lockRecord(db: Executor, clinicId: string, recordId: string): Promise<{ patient_id: string; kind: RecordKind } | undefined> {
  return db.selectFrom("clinical_records").select(["patient_id", "kind"]).where("clinic_id", "=", clinicId).where("id", "=", recordId).forUpdate().executeTakeFirst();
}

export interface CurrentRecordsQuery {
  readonly clinicId: string;
  /** One patient's records; omitted: the whole clinic's (the worklist, the calendar). */
  readonly patientId?: string | undefined;
  readonly kinds: readonly RecordKind[];
  /** Only records whose current revision has one of these statuses (default: active). */
  readonly statuses?: readonly RecordStatus[] | undefined;
  /** Only records whose current revision's clinical date is in `[from, to]`. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** Only these records. */
  readonly recordIds?: readonly string[] | undefined;
}

/**
 * The current revision of each record matching the query, by clinical date then record id.
 * @example await currentRecords(tx, { clinicId, patientId, kinds: ["injection-session"] }) // the patient's signed sessions, oldest first
 */
export async function currentRecords(db: Executor, query: CurrentRecordsQuery): Promise<RevisionWithAuthor[]> {
  let latest = db
    .selectFrom("clinical_record_revisions as r")
    .selectAll("r")
    .distinctOn("r.record_id")
    .where("r.clinic_id", "=", query.clinicId)
    .where("r.kind", "in", [...query.kinds]);
  if (query.patientId !== undefined) latest = latest.where("r.patient_id", "=", query.patientId);
  if (query.recordIds !== undefined) {
    if (query.recordIds.length === 0) return [];
    latest = latest.where("r.record_id", "in", [...query.recordIds]);
  }
  const statuses = query.statuses ?? ["active"];
  let rows = db
    .selectFrom(latest.orderBy("r.record_id").orderBy("r.revision", "desc").as("c"))
    .innerJoin("users", "users.id", "c.recorded_by")
    .selectAll("c")
    .select("users.name as recorded_by_name")
    .where("c.status", "in", [...statuses]);
  if (query.from !== undefined) rows = rows.where("c.effective_date", ">=", query.from);
  if (query.to !== undefined) rows = rows.where("c.effective_date", "<=", query.to);
  return rows.orderBy("c.effective_date").orderBy("c.record_id").execute();
}

/** The revisions of one record of the clinic, each with its author's name. */
function revisionsOf(db: Executor, clinicId: string, recordId: string) {
  return db
    .selectFrom("clinical_record_revisions as r")
    .innerJoin("users", "users.id", "r.recorded_by")
    .selectAll("r")
    .select("users.name as recorded_by_name")
    .where("r.clinic_id", "=", clinicId)
    .where("r.record_id", "=", recordId);
}

/** One record's current revision (whatever its status), when it is in the clinic. */
export async function currentRecord(db: Executor, clinicId: string, recordId: string): Promise<RevisionWithAuthor | undefined> {
  return revisionsOf(db, clinicId, recordId).orderBy("r.revision", "desc").limit(1).executeTakeFirst();
}

/** Every revision of a record, oldest first: the record's own history (amendments keep the original). */
export async function recordRevisions(db: Executor, clinicId: string, recordId: string): Promise<RevisionWithAuthor[]> {
  return revisionsOf(db, clinicId, recordId).orderBy("r.revision").execute();
}
