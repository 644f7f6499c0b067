/**
 * The job queue table. A worker claims the oldest due job with FOR UPDATE SKIP LOCKED, so two
 * workers (or two app servers) never take the same job; a claim older than `staleAfterMs` is
 * taken as abandoned by a crashed worker and may be claimed again.
 */
import { sql } from "kysely";
import type { JobRow } from "../db/schema.ts";
import type { Executor } from "../shared/executor.ts";

export async function insertJob(db: Executor, job: { id: string; queue: string; payload: unknown; runAt: string }): Promise<void> {
  await db
    .insertInto("jobs")
    .values({ id: job.id, queue: job.queue, payload: JSON.stringify(job.payload ?? null), run_at: job.runAt })
    .execute();
}

/**
 * Inserts a singleton job unless one of its queue is pending (not done), in one statement: the
 * partial unique index `jobs_one_pending_singleton` settles concurrent inserts from any number of
 * app servers (ADR 0012). True when this call inserted it.
 */
export async function insertSingletonJobUnlessPending(db: Executor, job: { id: string; queue: string; payload: unknown; runAt: string }): Promise<boolean> {
  const result = await db
    .insertInto("jobs")
    .values({ id: job.id, queue: job.queue, payload: JSON.stringify(job.payload ?? null), run_at: job.runAt, singleton: true })
    .onConflict((conflict) => conflict.column("queue").where("done_at", "is", null).where("singleton", "=", true).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Claims one due job of the queues, or returns undefined when none is due. */
export async function claimNextJob(
  db: Executor,
  options: { queues: readonly string[]; workerId: string; now: string; staleBefore: string },
): Promise<JobRow | undefined> {
  if (options.queues.length === 0) return undefined;
  const result = await sql<JobRow>`
    UPDATE jobs SET locked_at = ${options.now}, locked_by = ${options.workerId}, attempts = attempts + 1
    WHERE id = (
      SELECT id FROM jobs
      WHERE queue IN (${sql.join(options.queues)})
        AND done_at IS NULL
        AND run_at <= ${options.now}
        AND (locked_at IS NULL OR locked_at < ${options.staleBefore})
      ORDER BY run_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING *`.execute(db);
  return result.rows[0];
}

export async function completeJob(db: Executor, jobId: string, workerId: string, now: string): Promise<void> {
  await db.updateTable("jobs").set({ done_at: now, locked_at: null, locked_by: null }).where("id", "=", jobId).where("locked_by", "=", workerId).execute();
}

/** Releases a failed job to run again at `retryAt`, or gives it up (done, with its error) when `retryAt` is null. */
export async function failJob(db: Executor, jobId: string, workerId: string, error: string, retryAt: string | null, now: string): Promise<void> {
  await db
    .updateTable("jobs")
    .set(retryAt === null ? { done_at: now, locked_at: null, locked_by: null, last_error: error } : { run_at: retryAt, locked_at: null, locked_by: null, last_error: error })
    .where("id", "=", jobId)
    .where("locked_by", "=", workerId)
    .execute();
}

export async function findJob(db: Executor, jobId: string): Promise<JobRow | undefined> {
  return db.selectFrom("jobs").selectAll().where("id", "=", jobId).executeTakeFirst();
}
