/**
 * Diary revisions (ADR 0005): rows are only ever inserted. The current view of a date is its
 * latest revision by the record kit's one ordering rule (`compareRevisions`, ADR 0013): the later
 * recorded_at, then the larger id; the phone merges its saves by the same rule.
 */
import { sql } from "kysely";
import type { DiaryRevisionRow, NewDiaryRevision } from "../../db/schema.ts";
import type { Executor } from "../../shared/executor.ts";

/** Inserts a revision unless one with that id exists in the clinic; true when inserted. */
export async function insertRevisionOnce(db: Executor, revision: NewDiaryRevision): Promise<boolean> {
  const inserted = await db
    .insertInto("diary_revisions")
    .values(revision)
    .onConflict((oc) => oc.columns(["clinic_id", "id"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function findRevision(db: Executor, clinicId: string, revisionId: string): Promise<DiaryRevisionRow | undefined> {
  return db.selectFrom("diary_revisions").selectAll().where("clinic_id", "=", clinicId).where("id", "=", revisionId).executeTakeFirst();
}

/** A date's latest revision, with how many revisions that date has. */
export type CurrentDayRow = DiaryRevisionRow & { revisions: number };

/** The current view of a patient's diary for dates in `[from, to]`, newest date first. */
export async function currentDays(
  db: Executor,
  clinicId: string,
  patientId: string,
  range: { from: string; to: string },
): Promise<CurrentDayRow[]> {
  return db
    .selectFrom("diary_revisions")
    .selectAll()
    .select(sql<number>`(count(*) over (partition by date))::int`.as("revisions"))
    .distinctOn("date")
    .where("clinic_id", "=", clinicId)
    .where("patient_id", "=", patientId)
    .where("date", ">=", range.from)
    .where("date", "<=", range.to)
    .orderBy("date", "desc")
    .orderBy("recorded_at", "desc")
    .orderBy("id", "desc")
    .execute();
}

/** The current view of one date. */
export async function currentDay(db: Executor, clinicId: string, patientId: string, date: string): Promise<CurrentDayRow | undefined> {
  const [row] = await currentDays(db, clinicId, patientId, { from: date, to: date });
  return row;
}

/** Inserts many revisions (bulk seeding and imports); ids must be new. */
export async function insertRevisions(db: Executor, revisions: readonly NewDiaryRevision[]): Promise<void> {
  const BATCH = 500;
  for (let start = 0; start < revisions.length; start += BATCH) {
    await db.insertInto("diary_revisions").values(revisions.slice(start, start + BATCH)).execute();
  }
}
