import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import { openPostgres } from "../db/postgres.ts";
import type { Database } from "../db/schema.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../db/testing.ts";
import { silentLog } from "../shared/deps.ts";
import { enqueueJob } from "./queue.ts";
import { findJob } from "./repository.ts";
import { createWorker, type JobHandler } from "./worker.ts";

describe.each(testDatabaseKinds())("the job queue on %s", (kind) => {
  let t: TestDatabase;
  let second: Kysely<Database>;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    // On PostgreSQL the second worker gets its own pool, as a second app server would.
    second = t.url === null ? t.db : openPostgres(t.url);
  });
  afterAll(async () => {
    if (second !== t.db) await second.destroy();
    await t.close();
  });
  beforeEach(async () => {
    await t.db.deleteFrom("jobs").execute();
  });

  const clock = () => new Date();

  it("runs each job exactly once when two workers drain the queue at the same time", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 40; i += 1) ids.push(await enqueueJob(t.db, { queue: "test", payload: { n: i }, runAt: new Date(Date.now() - 1000) }));
    const seen: string[] = [];
    const handler: JobHandler = async (job) => {
      seen.push(job.id);
      await new Promise((resolve) => setTimeout(resolve, 1));
    };
    const workers = [
      createWorker({ db: t.db, clock, log: silentLog, handlers: { test: handler }, workerId: "a" }),
      createWorker({ db: second, clock, log: silentLog, handlers: { test: handler }, workerId: "b" }),
    ];
    const drain = async (worker: (typeof workers)[number]) => {
      while (await worker.runOnce());
    };
    await Promise.all(workers.map(drain));
    expect(seen).toHaveLength(40);
    expect(new Set(seen)).toEqual(new Set(ids));
    const done = await t.db.selectFrom("jobs").select("id").where("done_at", "is not", null).execute();
    expect(done).toHaveLength(40);
  });

  it("leaves a job that is not yet due alone", async () => {
    await enqueueJob(t.db, { queue: "test", payload: {}, runAt: new Date(Date.now() + 60_000) });
    const worker = createWorker({ db: t.db, clock, log: silentLog, handlers: { test: async () => {} } });
    expect(await worker.runOnce()).toBe(false);
  });

  it("retries a failing job later and gives it up after the last attempt, keeping only the error's class", async () => {
    let now = new Date("2026-11-26T10:00:00Z");
    const jobId = await enqueueJob(t.db, { queue: "test", payload: {}, runAt: now });
    const worker = createWorker({
      db: t.db,
      clock: () => now,
      log: silentLog,
      maxAttempts: 2,
      handlers: { test: async () => { throw new TypeError("patient Jane Doe had 3 hours"); } },
    });
    expect(await worker.runOnce()).toBe(true);
    let job = await findJob(t.db, jobId);
    expect(job?.done_at).toBeNull();
    expect(job?.last_error).toBe("TypeError");
    expect(await worker.runOnce()).toBe(false); // backing off
    now = new Date(now.getTime() + 60_000);
    expect(await worker.runOnce()).toBe(true);
    job = await findJob(t.db, jobId);
    expect(job?.attempts).toBe(2);
    expect(job?.done_at).not.toBeNull();
    expect(await worker.runOnce()).toBe(false);
  });

  it("claims again a job whose worker stopped answering", async () => {
    const now = new Date("2026-11-26T10:00:00Z");
    const jobId = await enqueueJob(t.db, { queue: "test", payload: {}, runAt: now });
    await t.db.updateTable("jobs").set({ locked_at: new Date(now.getTime() - 3_600_000).toISOString(), locked_by: "crashed" }).where("id", "=", jobId).execute();
    const ran: string[] = [];
    const worker = createWorker({ db: t.db, clock: () => now, log: silentLog, handlers: { test: async (job) => { ran.push(job.id); } } });
    expect(await worker.runOnce()).toBe(true);
    expect(ran).toEqual([jobId]);
  });

  it("polls in the background once started and stops cleanly", async () => {
    const jobId = await enqueueJob(t.db, { queue: "test", payload: {}, runAt: new Date(Date.now() - 1000) });
    const ran: string[] = [];
    const worker = createWorker({ db: t.db, clock, log: silentLog, pollMs: 20, handlers: { test: async (job) => { ran.push(job.id); } } });
    worker.start();
    await expect.poll(() => ran, { timeout: 5000 }).toEqual([jobId]);
    await worker.stop();
  });
});
