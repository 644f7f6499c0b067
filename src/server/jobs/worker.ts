/**
 * A small polling worker for the job queue. Each loop claims one due job (FOR UPDATE SKIP
 * LOCKED, so concurrent workers never share one), runs its handler outside the claim, then marks
 * it done, or schedules a retry with backoff until `maxAttempts`.
 */
import { randomBytes } from "node:crypto";
import type { JobRow } from "../db/schema.ts";
import type { Executor } from "../db/repositories/executor.ts";
import { claimNextJob, completeJob, failJob } from "../db/repositories/jobs.ts";
import type { Log } from "../services/deps.ts";

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
}

export interface Worker {
  readonly id: string;
  /** Claims and runs one due job; false when none was due. */
  runOnce(): Promise<boolean>;
  /** Polls until stopped. */
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
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();

  async function run(job: JobRow): Promise<void> {
    const handler = options.handlers[job.queue];
    try {
      if (handler === undefined) throw new Error(`no handler for queue ${job.queue}`);
      await handler({ id: job.id, payload: job.payload, attempts: job.attempts });
      await completeJob(options.db, job.id, id, options.clock().toISOString());
    } catch (error) {
      const now = options.clock();
      const giveUp = job.attempts >= maxAttempts;
      const retryAt = giveUp ? null : new Date(now.getTime() + 2 ** job.attempts * 1000).toISOString();
      options.log.warn({ queue: job.queue, jobId: job.id, attempts: job.attempts, giveUp, failure: describeFailure(error) }, "job failed");
      await failJob(options.db, job.id, id, describeFailure(error), retryAt, now.toISOString());
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
      current = runOnce()
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
