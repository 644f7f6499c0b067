/**
 * The notification outbox's delivery on both databases (ADR 0018): a message queued in a
 * transaction is delivered by the job queue only if that transaction commits; the development
 * transport writes an `.eml` file and logs no recipient nor content; a channel that fails and
 * recovers loses nothing and sends nothing twice, its attempts counted and retried with backoff;
 * a refusal that will not change gives the row up at once; two workers (two app servers) draining
 * one outbox send each row once; a crashed worker's claim is taken over.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres } from "../../db/postgres.ts";
import type { Database } from "../../db/schema.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { jobHandlers } from "../../jobs/handlers.ts";
import { enqueueJob } from "../../jobs/queue.ts";
import { createWorker, type Worker } from "../../jobs/worker.ts";
import { silentLog, type Log } from "../../shared/deps.ts";
import { testClock, testDeps, type TestClock } from "../../shared/test-support.ts";
import { DeliveryError, MAX_DELIVERY_ATTEMPTS } from "./delivery-failure.ts";
import { DELIVERY_CLAIM_STALE_MS, deliverNotification } from "./delivery.ts";
import { NOTIFICATION_QUEUE, queueNotification, type OutgoingMessage } from "./outbox.ts";
import { deleteSentNotificationsBefore } from "./repository.ts";
import { fileOutboxTransport, notificationTransports, type DeliverableMessage, type NotificationTransports } from "./transports.ts";

const message: OutgoingMessage = { channel: "email", kind: "test", recipient: "ada.outbox@example.test", subject: "A link for you", body: "Open http://localhost/x to go on." };

function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  const keep = (fields: object, text?: string) => void lines.push(JSON.stringify({ fields, text }));
  return { lines, info: keep, warn: keep, error: keep };
}

/** An email channel that fails while `down` is set (as an SMTP server that refuses connections does), and keeps what it sent. */
function flakyEmail() {
  const state = { down: true, tries: 0, sent: [] as DeliverableMessage[] };
  const transports: NotificationTransports = {
    email: {
      async send(outgoing) {
        state.tries += 1;
        if (state.down) throw new DeliveryError("smtp-ECONNECTION", false);
        state.sent.push(outgoing);
      },
    },
  };
  return { state, transports };
}

async function drain(worker: Worker): Promise<number> {
  let ran = 0;
  while (await worker.runOnce()) ran += 1;
  return ran;
}

describe.each(testDatabaseKinds())("the notification outbox on %s", (kind) => {
  let t: TestDatabase;
  let folder: string;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    folder = mkdtempSync(join(tmpdir(), "cephalog-outbox-"));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await t.close();
  });

  const row = (id: string) => t.db.selectFrom("notifications").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const workerOn = (clock: TestClock, transports: NotificationTransports, log: Log = silentLog, db: Kysely<Database> = t.db, workerId?: string) =>
    createWorker({ db, clock, log, handlers: jobHandlers({ ...testDeps(db, clock), log }, transports), ...(workerId === undefined ? {} : { workerId }) });
  /** Settles every job due now (the recurring queues' first runs are enqueued later). */
  const settle = (clock: TestClock) => drain(workerOn(clock, {}));

  it("delivers through the job queue into an .eml file, logging neither recipient nor content, and empties the row", async () => {
    const clock = testClock("2026-07-20T10:00:00Z");
    await settle(clock);
    const id = await t.db.transaction().execute((tx) => queueNotification(tx, { ...message, link: "/account" }, clock()));
    const log = recordingLog();
    const outbox = join(folder, "outbox");
    const worker = workerOn(clock, notificationTransports({ smtpUrl: null, mailFrom: "Cephalog <cephalog@localhost>", dataDir: folder, publicUrl: "https://cephalog.example.org" }, log), log);
    expect(await worker.runOnce()).toBe(true);
    expect(readdirSync(outbox)).toEqual([`${id}.eml`]);
    const eml = readFileSync(join(outbox, `${id}.eml`), "utf8");
    expect(eml).toMatch(/^From: Cephalog <cephalog@localhost>$/m);
    expect(eml).toMatch(/^To: ada.outbox@example.test$/m);
    expect(eml).toMatch(/^Subject: A link for you$/m);
    expect(eml).toMatch(new RegExp(`^Message-ID: <${id}@cephalog>$`, "m"));
    expect(eml).toContain("Open http://localhost/x to go on.\n\nOpen it in Cephalog: https://cephalog.example.org/account");
    expect(log.lines).toEqual([JSON.stringify({ fields: { outbox }, text: "a message waits in the outbox" })]);
    expect(await row(id)).toMatchObject({ recipient: "", subject: "", body: "", attempts: 1, last_error: null, next_attempt_at: null, claimed_by: null, failed_at: null });
    expect((await row(id)).sent_at).toBe(clock().toISOString());
    expect(await t.db.selectFrom("jobs").select("done_at").where("queue", "=", NOTIFICATION_QUEUE).where("done_at", "is", null).execute()).toEqual([]);
  });

  it("queues nothing when the transaction that asked for it rolls back", async () => {
    const before = (await t.db.selectFrom("notifications").select("id").execute()).length;
    const jobsBefore = (await t.db.selectFrom("jobs").select("id").execute()).length;
    await expect(
      t.db.transaction().execute(async (tx) => {
        await queueNotification(tx, message, new Date());
        throw new Error("the use case failed");
      }),
    ).rejects.toThrow("the use case failed");
    expect((await t.db.selectFrom("notifications").select("id").execute()).length).toBe(before);
    expect((await t.db.selectFrom("jobs").select("id").execute()).length).toBe(jobsBefore);
  });

  it("keeps a message while its channel is down, retrying with a doubling delay, and sends it once when it is back", async () => {
    const clock = testClock("2026-07-21T10:00:00Z");
    await settle(clock);
    const id = await t.db.transaction().execute((tx) => queueNotification(tx, message, clock()));
    const email = flakyEmail();
    const log = recordingLog();
    const worker = workerOn(clock, email.transports, log);

    expect(await worker.runOnce()).toBe(true);
    expect(await row(id)).toMatchObject({ attempts: 1, last_error: "smtp-ECONNECTION", sent_at: null, failed_at: null, claimed_by: null, recipient: message.recipient, next_attempt_at: "2026-07-21T10:00:30.000Z" });
    // Not due yet: nothing runs, however often the worker polls.
    clock.advance(29_000);
    expect(await worker.runOnce()).toBe(false);
    clock.advance(1_000);
    expect(await worker.runOnce()).toBe(true);
    expect(await row(id)).toMatchObject({ attempts: 2, last_error: "smtp-ECONNECTION", next_attempt_at: "2026-07-21T10:01:30.000Z" });
    clock.advance(59_000);
    expect(await worker.runOnce()).toBe(false);

    email.state.down = false;
    clock.advance(1_000);
    expect(await worker.runOnce()).toBe(true);
    expect(await drain(worker)).toBe(0);
    expect(email.state.tries).toBe(3);
    // An e-mail carries its reader's language (reader-language.ts): English for anything but a patient's reminder.
    expect(email.state.sent).toEqual([{ id, kind: "test", recipient: message.recipient, subject: message.subject, body: message.body, link: null, device: null, language: "en" }]);
    expect(await row(id)).toMatchObject({ attempts: 3, sent_at: "2026-07-21T10:01:30.000Z", recipient: "", subject: "", body: "", next_attempt_at: null });
    // Sent stays sent: the same job run again, or a direct call, sends nothing.
    expect(await deliverNotification(testDeps(t.db, clock), email.transports, id)).toBe("already-sent");
    expect(email.state.sent).toHaveLength(1);
    // The log names the channel, the outcome and the code: never the address or the text.
    expect(log.lines.join("\n")).not.toMatch(/ada\.outbox|A link for you|localhost\/x/);
    expect(log.lines.some((line) => line.includes('"channel":"email"') && line.includes('"failure":"smtp-ECONNECTION"'))).toBe(true);
  });

  it("gives a message up at once when its channel refuses it for good, emptied and visible as failed", async () => {
    const clock = testClock("2026-07-22T10:00:00Z");
    await settle(clock);
    const id = await t.db.transaction().execute((tx) => queueNotification(tx, message, clock()));
    const refusing: NotificationTransports = {
      email: {
        async send() {
          throw new DeliveryError("smtp-550", true);
        },
      },
    };
    expect(await drain(workerOn(clock, refusing))).toBe(1);
    expect(await row(id)).toMatchObject({ attempts: 1, last_error: "smtp-550", failed_at: clock().toISOString(), sent_at: null, next_attempt_at: null, recipient: "", subject: "", body: "" });
    clock.advance(24 * 60 * 60_000);
    expect(await drain(workerOn(clock, refusing))).toBe(0);
  });

  it("gives a message up after its last attempt", async () => {
    const clock = testClock("2026-07-23T10:00:00Z");
    await settle(clock);
    const id = await t.db.transaction().execute((tx) => queueNotification(tx, message, clock()));
    await t.db.updateTable("notifications").set({ attempts: MAX_DELIVERY_ATTEMPTS - 1 }).where("id", "=", id).execute();
    const email = flakyEmail();
    expect(await deliverNotification(testDeps(t.db, clock), email.transports, id)).toBe("failed");
    expect(await row(id)).toMatchObject({ attempts: MAX_DELIVERY_ATTEMPTS, last_error: "smtp-ECONNECTION", failed_at: clock().toISOString() });
    await settle(clock);
  });

  it("waits, rather than drops, a message whose channel has no transport", async () => {
    const clock = testClock("2026-07-24T10:00:00Z");
    await settle(clock);
    const id = await t.db.transaction().execute((tx) => queueNotification(tx, message, clock()));
    expect(await drain(workerOn(clock, {}))).toBe(1);
    expect(await row(id)).toMatchObject({ attempts: 1, last_error: "no-transport", failed_at: null, sent_at: null });
    clock.advance(30_000);
    const sent: string[] = [];
    await drain(workerOn(clock, { email: fileOutboxTransport(join(folder, "other"), "x@localhost", silentLog) }));
    sent.push(...readdirSync(join(folder, "other")));
    expect(sent).toEqual([`${id}.eml`]);
  });

  it("lets two workers (two app servers) drain one outbox, sending each message once, even with its job queued twice", async () => {
    const clock = testClock("2026-07-25T10:00:00Z");
    await settle(clock);
    const ids = await t.db.transaction().execute(async (tx) => {
      const made: string[] = [];
      for (let n = 0; n < 24; n += 1) {
        const id = await queueNotification(tx, { ...message, recipient: `person${n}@example.test` }, clock());
        // A second job for the same row (as a crashed worker's job taken up again would be): the row's claim still sends it once.
        await enqueueJob(tx, { queue: NOTIFICATION_QUEUE, payload: { notificationId: id }, runAt: clock() });
        made.push(id);
      }
      return made;
    });
    const second = t.url === null ? t.db : openPostgres(t.url);
    try {
      const sentBy: Record<string, string[]> = {};
      const transportFor = (worker: string): NotificationTransports => ({
        email: {
          async send(outgoing) {
            // A little time on the wire, so the two workers interleave.
            await new Promise((resolve) => setTimeout(resolve, 2));
            (sentBy[outgoing.id] ??= []).push(worker);
          },
        },
      });
      const ran = await Promise.all([drain(workerOn(clock, transportFor("a"), silentLog, t.db, "a")), drain(workerOn(clock, transportFor("b"), silentLog, second, "b"))]);
      expect(ran[0] + ran[1]).toBe(48);
      expect(Object.keys(sentBy).sort()).toEqual([...ids].sort());
      expect(Object.values(sentBy).every((workers) => workers.length === 1)).toBe(true);
      const rows = await t.db.selectFrom("notifications").select(["attempts", "sent_at"]).where("id", "in", ids).execute();
      expect(rows.every((candidate) => candidate.attempts === 1 && candidate.sent_at !== null)).toBe(true);
    } finally {
      if (second !== t.db) await second.destroy();
    }
  });

  it("takes over a crashed worker's claim once it is stale, and not before", async () => {
    const clock = testClock("2026-07-26T10:00:00Z");
    await settle(clock);
    const id = await t.db.transaction().execute((tx) => queueNotification(tx, message, clock()));
    // A worker claimed the row and died before sending.
    await t.db.updateTable("notifications").set({ claimed_at: clock().toISOString(), claimed_by: "a-dead-job", attempts: 1 }).where("id", "=", id).execute();
    const email = flakyEmail();
    email.state.down = false;
    expect(await deliverNotification(testDeps(t.db, clock), email.transports, id)).toBe("not-due");
    clock.advance(DELIVERY_CLAIM_STALE_MS + 1);
    expect(await deliverNotification(testDeps(t.db, clock), email.transports, id)).toBe("sent");
    expect(email.state.sent.map((sent) => sent.id)).toEqual([id]);
    expect(await row(id)).toMatchObject({ attempts: 2, claimed_by: null });
    expect(await deliverNotification(testDeps(t.db, clock), email.transports, "01a21822-0000-7000-8000-0000000000ff")).toBe("gone");
    await settle(clock);
  });

  it("lets housekeeping delete rows sent or given up before the cut, keeping those waiting", async () => {
    const clock = testClock("2026-07-27T10:00:00Z");
    await settle(clock);
    const [waiting, sent, failed] = await t.db.transaction().execute(async (tx) => [await queueNotification(tx, message, clock()), await queueNotification(tx, message, clock()), await queueNotification(tx, message, clock())]);
    await t.db.updateTable("notifications").set({ sent_at: "2026-06-01T00:00:00.000Z", next_attempt_at: null }).where("id", "=", sent ?? "").execute();
    await t.db.updateTable("notifications").set({ failed_at: "2026-06-01T00:00:00.000Z", next_attempt_at: null }).where("id", "=", failed ?? "").execute();
    expect(await deleteSentNotificationsBefore(t.db, "2026-06-02T00:00:00.000Z")).toBeGreaterThanOrEqual(2);
    expect((await t.db.selectFrom("notifications").select("id").where("id", "in", [waiting ?? "", sent ?? "", failed ?? ""]).execute()).map((r) => r.id)).toEqual([waiting]);
    await t.db.deleteFrom("notifications").where("id", "=", waiting ?? "").execute();
    await settle(clock);
  });
});
