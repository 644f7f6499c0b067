/** The stored diary revisions a packet's provenance reads (diary-provenance.ts): every save, not only the current ones. */
import type { Executor } from "../../shared/executor.ts";
import type { ProvenanceRevision } from "./diary-provenance.ts";

/** Every revision of a patient's diary dated in `[from, to]`, with how and when it was saved. */
export async function diaryRevisionsBetween(db: Executor, target: { clinicId: string; patientId: string }, range: { from: string; to: string }): Promise<ProvenanceRevision[]> {
  const rows = await db
    .selectFrom("diary_revisions")
    .select(["id", "date", "recorded_at", "late", "source", "entered_by"])
    .where("clinic_id", "=", target.clinicId)
    .where("patient_id", "=", target.patientId)
    .where("date", ">=", range.from)
    .where("date", "<=", range.to)
    .execute();
  return rows.map((row) => ({ id: row.id, date: row.date, recordedAt: row.recorded_at, late: row.late, source: row.source, enteredBy: row.entered_by }));
}
