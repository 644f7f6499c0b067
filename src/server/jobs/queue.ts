/** Putting work on the database-backed job queue (architecture.md: jobs live in the database). */
import { v7 as uuidv7 } from "uuid";
import type { Executor } from "../shared/executor.ts";
import { insertJob, insertSingletonJobUnlessPending } from "./repository.ts";

/**
 * Enqueues a job to run at `runAt` (default now); returns its id. Takes a transaction so a job
 * is queued only if the work that asks for it commits. The payload holds ids, never health data.
 */
export async function enqueueJob(db: Executor, job: { queue: string; payload: unknown; runAt: Date }): Promise<string> {
  const id = uuidv7();
  await insertJob(db, { id, queue: job.queue, payload: job.payload, runAt: job.runAt.toISOString() });
  return id;
}

/**
 * Enqueues a singleton job at `runAt` unless one of its queue is already pending (ADR 0012); true
 * when this call enqueued it. Safe when several app servers call it at once: one row wins.
 */
export async function enqueueSingletonUnlessPending(db: Executor, job: { queue: string; payload: unknown; runAt: Date }): Promise<boolean> {
  return insertSingletonJobUnlessPending(db, { id: uuidv7(), queue: job.queue, payload: job.payload, runAt: job.runAt.toISOString() });
}
