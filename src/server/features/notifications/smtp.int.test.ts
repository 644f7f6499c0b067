/**
 * Email through a real SMTP conversation, on both databases (issue 8): a local SMTP sink started
 * by the test (the `smtp-server` package) stands in for the clinic's mail server. While it is
 * down the message waits and is retried; once it is up the message arrives once, with its link
 * made whole from PUBLIC_URL and the row's id as its Message-ID; a mailbox the server refuses
 * (550) gives the row up, a passing refusal (451) is retried.
 */
import { createServer, type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { jobHandlers } from "../../jobs/handlers.ts";
import { createWorker } from "../../jobs/worker.ts";
import { silentLog } from "../../shared/deps.ts";
import { testClock, testDeps, type TestClock } from "../../shared/test-support.ts";
import { queueNotification } from "./outbox.ts";
import { notificationTransports } from "./transports.ts";

interface Received {
  readonly from: string;
  readonly to: string[];
  readonly raw: string;
}

/** A port nothing listens on (yet): taken from the system, then freed. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** The SMTP sink: accepts every message but those for refused.* (550) and later.* (451) addresses. */
async function startSink(port: number): Promise<{ received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("refused.")) return callback(Object.assign(new Error("No such mailbox"), { responseCode: 550 }));
      if (address.address.startsWith("later.")) return callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({ from: session.envelope.mailFrom === false ? "" : session.envelope.mailFrom.address, to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe.each(testDatabaseKinds())("email through a local SMTP sink on %s", (kind) => {
  let t: TestDatabase;
  let port: number;
  let sink: Awaited<ReturnType<typeof startSink>> | null = null;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    port = await freePort();
  });
  afterAll(async () => {
    await sink?.close();
    await t.close();
  });

  const workerAt = (clock: TestClock) =>
    createWorker({
      db: t.db,
      clock,
      log: silentLog,
      handlers: jobHandlers(testDeps(t.db, clock), notificationTransports({ smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: "Cephalog <alerts@clinic.example.org>", dataDir: "/nonexistent", publicUrl: "https://cephalog.example.org" }, silentLog)),
    });
  const row = (id: string) => t.db.selectFrom("notifications").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const queue = (recipient: string, clock: TestClock) =>
    t.db.transaction().execute((tx) => queueNotification(tx, { channel: "email", kind: "side-effect.red", recipient, subject: "A red side-effect report needs review", body: "A patient reported a side effect that needs review today.", link: "/clinic/c1/side-effects/r1" }, clock()));

  it("keeps the message while the mail server is down, then delivers it once when it is up", async () => {
    const clock = testClock("2026-07-20T10:00:00Z");
    const id = await queue("ada.smtp@example.test", clock);
    const worker = workerAt(clock);
    expect(await worker.runOnce()).toBe(true);
    const waiting = await row(id);
    expect(waiting).toMatchObject({ attempts: 1, sent_at: null, failed_at: null, recipient: "ada.smtp@example.test", next_attempt_at: "2026-07-20T10:00:30.000Z" });
    expect(waiting.last_error).toMatch(/^smtp-E[A-Z]+$/);

    sink = await startSink(port);
    clock.advance(30_000);
    expect(await worker.runOnce()).toBe(true);
    expect(await worker.runOnce()).toBe(false);
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail?.from).toBe("alerts@clinic.example.org");
    expect(mail?.to).toEqual(["ada.smtp@example.test"]);
    expect(mail?.raw).toMatch(/^Subject: A red side-effect report needs review\r$/m);
    expect(mail?.raw).toMatch(new RegExp(`^Message-ID: <${id}@cephalog>\r$`, "m"));
    expect(mail?.raw).toContain("Open it in Cephalog: https://cephalog.example.org/clinic/c1/side-effects/r1");
    expect(await row(id)).toMatchObject({ attempts: 2, sent_at: "2026-07-20T10:00:30.000Z", recipient: "", subject: "", body: "" });
  });

  it("gives up a message for a mailbox the server refuses (550), and retries one it defers (451)", async () => {
    const clock = testClock("2026-07-21T10:00:00Z");
    const refused = await queue("refused.smtp@example.test", clock);
    const deferred = await queue("later.smtp@example.test", clock);
    const worker = workerAt(clock);
    while (await worker.runOnce());
    expect(await row(refused)).toMatchObject({ attempts: 1, last_error: "smtp-550", failed_at: "2026-07-21T10:00:00.000Z", recipient: "" });
    expect(await row(deferred)).toMatchObject({ attempts: 1, last_error: "smtp-451", failed_at: null, next_attempt_at: "2026-07-21T10:00:30.000Z" });
    expect(sink?.received).toHaveLength(1);
  });
});
