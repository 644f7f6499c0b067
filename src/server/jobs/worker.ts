/**
 * A small polling worker for the job queue. Each loop claims one due job (FOR UPDATE SKIP
 * LOCKED, so concurrent workers never share one), runs its handler outside the claim, then marks
 * it done, or schedules a retry with backoff until `maxAttempts`. Recurring queues (housekeeping)
 * keep one pending singleton job each, enqueued when the worker starts and when a run ends, so any
 * number of app servers share one schedule without a leader (ADR 0012).
 */
import { randomBytes } from "node:crypto";
import type { JobRow } from "../db/schema.ts";
import type { Log } from "../shared/deps.ts";
import type { Executor } from "../shared/executor.ts";
import { enqueueSingletonUnlessPending } from "./queue.ts";
import { claimNextJob, completeJob, failJob } from "./repository.ts";

export type JobHandler = (job: { id: string; payload: unknown; attempts: number }) => Promise<void>;

export interface WorkerOptions {
  db: Executor;
  clock: () => Date;
  log: Log;
  /** Handlers by queue name; the worker claims only jobs of these queues. */
  handlers: Readonly<Record<string, JobHandler>>;
  workerId?: string;
  pollMs?: number;
  maxAttempts?: number;
  /** A claim older than this is taken as abandoned by a crashed worker. */
  staleAfterMs?: number;
  /** Queues that run again `everyMs` after each run ends (done or given up); each needs a handler. */
  recurring?: Readonly<Record<string, { everyMs: number }>>;
}

export interface Worker {
  readonly id: string;
  /** Claims and runs one due job; false when none was due. */
  runOnce(): Promise<boolean>;
  /** Enqueues the next run of each recurring queue, `everyMs` from now, unless one is pending. */
  scheduleRecurring(): Promise<void>;
  /** Schedules the recurring queues, then polls until stopped. */
  start(): void;
  /** Stops polling and waits for the job in hand to finish. */
  stop(): Promise<void>;
}

/** The error kept on a failed job: its class and code only, since messages may quote data. */
function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" ? `${error.name} (${code})` : error.name;
  }
  return typeof error;
}

export function createWorker(options: WorkerOptions): Worker {
  const id = options.workerId ?? `worker-${process.pid}-${randomBytes(4).toString("hex")}`;
  const pollMs = options.pollMs ?? 1000;
  const maxAttempts = options.maxAttempts ?? 5;
  const staleAfterMs = options.staleAfterMs ?? 10 * 60_000;
  const queues = Object.keys(options.handlers);
  const recurring = options.recurring ?? {};
  let running = false;
  let recurringScheduled = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();

  async function scheduleNext(db: Executor, queue: string, now: Date): Promise<void> {
    const every = recurring[queue];
    if (every !== undefined) await enqueueSingletonUnlessPending(db, { queue, payload: {}, runAt: new Date(now.getTime() + every.everyMs) });
  }

  async function scheduleRecurring(): Promise<void> {
    const now = options.clock();
    for (const queue of Object.keys(recurring)) await scheduleNext(options.db, queue, now);
  }

  /**
   * Ends a run (done or given up) and, for a recurring queue, enqueues its next run in the same
   * transaction: the ended job no longer counts as pending there, and no crash can fall between.
   */
  async function endRun(job: JobRow, now: Date, end: (db: Executor) => Promise<void>): Promise<void> {
    if (recurring[job.queue] === undefined) return end(options.db);
    await options.db.transaction().execute(async (tx) => {
      await end(tx);
      await scheduleNext(tx, job.queue, now);
    });
  }

  async function run(job: JobRow): Promise<void> {
    const handler = options.handlers[job.queue];
    try {
      if (handler === undefined) throw new Error(`no handler for queue ${job.queue}`);
      await handler({ id: job.id, payload: job.payload, attempts: job.attempts });
      const now = options.clock();
      await endRun(job, now, (db) => completeJob(db, job.id, id, now.toISOString()));
    } catch (error) {
      const now = options.clock();
      const giveUp = job.attempts >= maxAttempts;
      const retryAt = giveUp ? null : new Date(now.getTime() + 2 ** job.attempts * 1000).toISOString();
      options.log.warn({ queue: job.queue, jobId: job.id, attempts: job.attempts, giveUp, failure: describeFailure(error) }, "job failed");
      const fail = (db: Executor) => failJob(db, job.id, id, describeFailure(error), retryAt, now.toISOString());
      await (giveUp ? endRun(job, now, fail) : fail(options.db));
    }
  }

  async function runOnce(): Promise<boolean> {
    const now = options.clock();
    const job = await claimNextJob(options.db, {
      queues,
      workerId: id,
      now: now.toISOString(),
      staleBefore: new Date(now.getTime() - staleAfterMs).toISOString(),
    });
    if (job === undefined) return false;
    await run(job);
    return true;
  }

  function schedule(delay: number): void {
    if (!running) return;
    timer = setTimeout(() => {
      // Recurring queues are scheduled before the first poll, and again at the next poll if that failed.
      current = (recurringScheduled ? Promise.resolve() : scheduleRecurring().then(() => { recurringScheduled = true; }))
        .then(runOnce)
        .then((didWork) => schedule(didWork ? 0 : pollMs))
        .catch((error: unknown) => {
          options.log.error({ failure: describeFailure(error) }, "job worker could not poll");
          schedule(pollMs);
        });
    }, delay);
    timer.unref();
  }

  return {
    id,
    runOnce,
    scheduleRecurring,
    start() {
      if (running || queues.length === 0) return;
      running = true;
      schedule(0);
    },
    async stop() {
      running = false;
      if (timer !== undefined) clearTimeout(timer);
      await current.catch(() => undefined);
    },
  };
}
