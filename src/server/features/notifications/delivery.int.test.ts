/**
 * The notification outbox on both databases: a message queued in a transaction is delivered by
 * the job queue only if that transaction commits; the development transport writes an `.eml`
 * file and logs no recipient nor content; a failed send is retried, a sent message never sent
 * twice, and a delivered message is emptied.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { jobHandlers } from "../../jobs/handlers.ts";
import { createWorker } from "../../jobs/worker.ts";
import type { Log } from "../../shared/deps.ts";
import { testClock, testDeps } from "../../shared/test-support.ts";
import { deliverNotification } from "./delivery.ts";
import { NOTIFICATION_QUEUE, queueNotification, type OutgoingMessage } from "./outbox.ts";
import { fileOutboxTransport, notificationTransports, type DeliverableMessage } from "./transports.ts";

const message: OutgoingMessage = { channel: "email", kind: "test", recipient: "ada.outbox@example.test", subject: "A link for you", body: "Open http://localhost/x to go on." };

function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  const keep = (fields: object, text?: string) => void lines.push(JSON.stringify({ fields, text }));
  return { lines, info: keep, warn: keep, error: keep };
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

  it("delivers through the job queue into an .eml file, logging neither recipient nor content, and empties the row", async () => {
    const clock = testClock("2026-07-20T10:00:00Z");
    const deps = testDeps(t.db, clock);
    const id = await t.db.transaction().execute((tx) => queueNotification(tx, message, clock()));
    const log = recordingLog();
    const outbox = join(folder, "outbox");
    const worker = createWorker({ db: t.db, clock, log, handlers: jobHandlers(deps, notificationTransports({ smtpUrl: null, mailFrom: "Cephalog <cephalog@localhost>", dataDir: folder }, log)) });
    // Only the delivery job is due now (the others recur later).
    expect(await worker.runOnce()).toBe(true);
    const files = readdirSync(outbox);
    expect(files).toEqual([`${id}.eml`]);
    const eml = readFileSync(join(outbox, `${id}.eml`), "utf8");
    expect(eml).toMatch(/^From: Cephalog <cephalog@localhost>$/m);
    expect(eml).toMatch(/^To: ada.outbox@example.test$/m);
    expect(eml).toMatch(/^Subject: A link for you$/m);
    expect(eml).toContain("Open http://localhost/x to go on.");
    expect(log.lines).toEqual([JSON.stringify({ fields: { outbox }, text: "a message waits in the outbox" })]);
    expect(await t.db.selectFrom("notifications").select(["recipient", "subject", "body", "attempts"]).where("id", "=", id).executeTakeFirst()).toEqual({ recipient: "", subject: "", body: "", attempts: 1 });
    expect(await t.db.selectFrom("jobs").select("done_at").where("queue", "=", NOTIFICATION_QUEUE).where("done_at", "is", null).execute()).toEqual([]);
  });

  it("queues nothing when the transaction that asked for it rolls back", async () => {
    const before = (await t.db.selectFrom("notifications").select("id").execute()).length;
    await expect(
      t.db.transaction().execute(async (tx) => {
        await queueNotification(tx, message, new Date());
        throw new Error("the use case failed");
      }),
    ).rejects.toThrow("the use case failed");
    expect((await t.db.selectFrom("notifications").select("id").execute()).length).toBe(before);
  });

  it("retries a failed send and never sends a delivered message twice", async () => {
    const deps = testDeps(t.db, () => new Date("2026-07-20T10:00:00Z"));
    const id = await t.db.transaction().execute((tx) => queueNotification(tx, message, new Date()));
    const sent: DeliverableMessage[] = [];
    let fail = true;
    const flaky = {
      email: {
        send: async (outgoing: DeliverableMessage) => {
          if (fail) throw new Error("SMTP server unreachable");
          sent.push(outgoing);
        },
      },
    };
    await expect(deliverNotification(deps, flaky, id)).rejects.toThrow("SMTP server unreachable");
    fail = false;
    expect(await deliverNotification(deps, flaky, id)).toBe("sent");
    expect(await deliverNotification(deps, flaky, id)).toBe("already-sent");
    expect(sent).toEqual([{ id, recipient: message.recipient, subject: message.subject, body: message.body }]);
    expect(await deliverNotification(deps, {}, "01a21822-0000-7000-8000-0000000000ff")).toBe("gone");
  });

  it("refuses to drop a message when its channel has no transport (the job retries)", async () => {
    const id = await t.db.transaction().execute((tx) => queueNotification(tx, message, new Date()));
    await expect(deliverNotification(testDeps(t.db), {}, id)).rejects.toThrow("no transport for channel email");
    await deliverNotification(testDeps(t.db), { email: fileOutboxTransport(join(folder, "other"), "x@localhost", recordingLog()) }, id);
  });
});
