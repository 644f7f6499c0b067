/**
 * The one way a clinical record is written (ADR 0013): a new record is revision 1; every change
 * is the next revision, with a reason, under a lock on the record, and an audit row (ids and
 * verbs only) in the same transaction. The content is checked against its kind's schema, so what
 * is stored always reads back.
 */
import { v7 as uuidv7 } from "uuid";
import { effectiveDateOf, RECORD_CONTENT_SCHEMAS, type RecordContent } from "#contracts/records/kind-contents.ts";
import type { RecordKind, RecordSource, RecordStatus } from "#contracts/records/record-kinds.ts";
import { AppError, invalidField } from "../../app-error.ts";
import { audit } from "../audit.ts";
import type { Executor } from "../executor.ts";
import { recordedAfter } from "../recorded-after.ts";
import { currentRecord, insertRecord, insertRecordRevision, lockRecord } from "./repository.ts";
import { refuseStaleRevision } from "./stale-revision.ts";

export interface RecordWrite<K extends RecordKind> {
  readonly clinicId: string;
  readonly patientId: string;
  readonly kind: K;
  /** The record to revise; a new record when it does not exist yet (an id made by the caller, e.g. a draft's). */
  readonly recordId?: string | undefined;
  readonly content: RecordContent<K>;
  readonly status?: RecordStatus | undefined;
  /** Required for every revision after the first. */
  readonly reason?: string | null | undefined;
  /**
   * The revision the change was made from (every change a person makes says it; the API requires
   * it): another revision written since (by anyone, on any server) refuses this one with
   * `stale_version` instead of overwriting it. Left out only where the caller holds the record's
   * current revision itself (a new record, an import, the demo).
   */
  readonly fromRevision?: number | undefined;
  readonly source?: RecordSource | undefined;
  readonly actorUserId: string;
  readonly now: Date;
  /** The audit verb after the kind, e.g. "signed" gives "injection-session.signed" (default created / revised). */
  readonly verb?: string | undefined;
}

export interface WrittenRevision {
  readonly recordId: string;
  readonly revision: number;
}

/**
 * Appends a revision of a record (creating the record at revision 1) and its audit row; call it
 * inside the caller's transaction. Another patient's or another kind's record of that id is
 * `not_found`; a revision after the first without a reason is refused naming `reason`; a change
 * from a revision that is no longer the newest is `stale_version` (checked under the record's
 * lock, so of two concurrent changes from one revision exactly one is written).
 */
export async function appendRecordRevision<K extends RecordKind>(tx: Executor, write: RecordWrite<K>): Promise<WrittenRevision> {
  const parsed = RECORD_CONTENT_SCHEMAS[write.kind].safeParse(write.content);
  if (!parsed.success) throw new Error(`a ${write.kind} record's content does not match its schema: ${parsed.error.issues.map((i) => i.path.join(".")).join(", ")}`);
  const recordId = write.recordId ?? uuidv7();
  const identity = write.recordId === undefined ? undefined : await lockRecord(tx, write.clinicId, recordId);
  if (identity !== undefined && (identity.patient_id !== write.patientId || identity.kind !== write.kind)) throw new AppError("not_found", "No such record.");
  const current = identity === undefined ? undefined : await currentRecord(tx, write.clinicId, recordId);
  if (write.fromRevision !== undefined) refuseStaleRevision(current?.revision ?? 0, write.fromRevision);
  const revision = (current?.revision ?? 0) + 1;
  const reason = write.reason?.trim() ? write.reason.trim() : null;
  if (revision > 1 && reason === null) throw invalidField("reason", "is required: say why the record is changed (the original stays on record)");
  if (identity === undefined) {
    await insertRecord(tx, { clinic_id: write.clinicId, id: recordId, patient_id: write.patientId, kind: write.kind, created_at: write.now.toISOString(), created_by: write.actorUserId });
  }
  await insertRecordRevision(tx, {
    clinic_id: write.clinicId,
    record_id: recordId,
    revision,
    patient_id: write.patientId,
    kind: write.kind,
    status: write.status ?? "active",
    effective_date: effectiveDateOf(write.kind, write.content),
    content: JSON.stringify(parsed.data),
    reason,
    source: write.source ?? "app",
    recorded_at: recordedAfter(write.now, current?.recorded_at),
    recorded_by: write.actorUserId,
  });
  const verb = write.verb ?? (revision === 1 ? "created" : "revised");
  await audit(tx, write.now, { clinicId: write.clinicId, actorUserId: write.actorUserId, action: `${write.kind}.${verb}`, entity: "clinical_record", entityId: recordId });
  return { recordId, revision };
}
