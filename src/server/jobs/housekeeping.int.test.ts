/**
 * Housekeeping (ADR 0012): what it deletes and what it keeps, one pending run across every app
 * server, the next run an hour after each run ends, and a log line with counts only.
 */
import { composeDeps } from "../compose-deps.ts";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { openPostgres } from "../db/postgres.ts";
import type { Database } from "../db/schema.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../db/testing.ts";
import { recordAttempt, rememberKnownAddress } from "../features/auth/login-failures-repository.ts";
import { insertSession } from "../features/auth/sessions-repository.ts";
import { SIGN_IN_LIMIT } from "../features/auth/sign-in-limit.ts";
import { insertUser } from "../features/auth/users-repository.ts";
import { insertInvitation } from "../features/invitations/repository.ts";
import { insertClinic } from "../features/setup/repository.ts";
import { silentLog, type Log } from "../shared/deps.ts";
import { makeClinic, makePatientWithAccount, testClock, testDeps } from "../shared/test-support.ts";
import { jobHandlers, recurringJobs } from "./handlers.ts";
import { SMS_LEASE_MS, SMS_WAITS_AT_MOST_MS } from "../features/notifications/sms-outbox.ts";
import { EXPIRED_INVITATION_KEPT_MS, EXPIRED_RESET_LINK_KEPT_MS, HOUSEKEEPING_EVERY_MS, HOUSEKEEPING_QUEUE, SENT_NOTIFICATION_KEPT_MS, runHousekeeping } from "./housekeeping.ts";
import { createWorker } from "./worker.ts";

const NOW = new Date("2026-11-26T12:00:00.000Z");
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs).toISOString();
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** A Log that keeps every line, to read what housekeeping wrote. */
function recordingLog(): Log & { lines: { level: string; fields: object; message: string | undefined }[] } {
  const lines: { level: string; fields: object; message: string | undefined }[] = [];
  const keep = (level: string) => (fields: object, message?: string) => {
    lines.push({ level, fields, message });
  };
  return { lines, info: keep("info"), warn: keep("warn"), error: keep("error") };
}

/** Only housekeeping recurs in these tests (the other recurring queues have their own). */
const housekeepingOnly = { [HOUSEKEEPING_QUEUE]: recurringJobs[HOUSEKEEPING_QUEUE] } as typeof recurringJobs;

describe.each(testDatabaseKinds())("housekeeping on %s", (kind) => {
  let t: TestDatabase;
  let second: Kysely<Database>;
  let clinicId: string;
  let userId: string;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    // On PostgreSQL the second worker gets its own pool, as a second app server would.
    second = t.url === null ? t.db : openPostgres(t.url);
    clinicId = uuidv7();
    userId = uuidv7();
    await insertClinic(t.db, { id: clinicId, name: "Housekeeping Clinic", time_zone: "Europe/London" });
    await insertUser(t.db, { id: userId, email: `keeper.${userId}@example.test`, name: "Kay Keeper", password_hash: "x" });
  });
  afterAll(async () => {
    if (second !== t.db) await second.destroy();
    await t.close();
  });
  beforeEach(async () => {
    await t.db.deleteFrom("jobs").execute();
    await t.db.deleteFrom("sessions").execute();
    await t.db.deleteFrom("login_failures").execute();
    await t.db.deleteFrom("invitations").execute();
  });

  async function addSession(expiresAt: string): Promise<string> {
    const id = uuidv7();
    await insertSession(t.db, { id, user_id: userId, created_at: at(-86_400_000), expires_at: expiresAt, last_seen_at: at(-60_000), absolute_expires_at: null, idle_seconds: null });
    return id;
  }

  async function addStaffInvitation(expiresAt: string, usedAt: string | null = null): Promise<string> {
    const id = uuidv7();
    await insertInvitation(t.db, {
      clinic_id: clinicId,
      id,
      token_hash: `hash-${id}`,
      kind: "staff",
      patient_id: null,
      email: `invited.${id}@example.test`,
      name: "Ivy Invited",
      role: "clinician",
      created_by: userId,
      expires_at: expiresAt,
      used_at: usedAt,
    });
    return id;
  }

  const ids = async (table: "sessions" | "invitations") => (await t.db.selectFrom(table).select("id").orderBy("id").execute()).map((row) => row.id).sort();
  const pendingHousekeeping = () =>
    t.db.selectFrom("jobs").select(["id", "run_at"]).where("queue", "=", HOUSEKEEPING_QUEUE).where("done_at", "is", null).execute();

  it("deletes sessions that have expired (at or before now) and keeps the live ones", async () => {
    await addSession(at(-1));
    await addSession(at(0));
    const live = await addSession(at(1));
    expect(await runHousekeeping(t.db, NOW)).toMatchObject({ expiredSessions: 2 });
    expect(await ids("sessions")).toEqual([live]);
  });

  it("deletes sign-in failures older than the limit's window and keeps the ones it still counts", async () => {
    await recordAttempt(t.db, "attempt-old", ["old-key"], at(-SIGN_IN_LIMIT.windowMs - 1));
    await recordAttempt(t.db, "attempt-recent", ["recent-key"], at(-SIGN_IN_LIMIT.windowMs + 1));
    expect(await runHousekeeping(t.db, NOW)).toMatchObject({ staleSignInFailures: 1 });
    expect(await t.db.selectFrom("login_failures").select("key_hash").execute()).toEqual([{ key_hash: "recent-key" }]);
  });

  it("forgets the addresses an account has not signed in from for longer than the limit remembers them", async () => {
    await rememberKnownAddress(t.db, "old-address", at(-SIGN_IN_LIMIT.knownAddressMs - 1));
    await rememberKnownAddress(t.db, "recent-address", at(-SIGN_IN_LIMIT.knownAddressMs + 1));
    expect(await runHousekeeping(t.db, NOW)).toMatchObject({ staleKnownAddresses: 1 });
    expect(await t.db.selectFrom("sign_in_known_addresses").select("key_hash").execute()).toEqual([{ key_hash: "recent-address" }]);
  });

  it("deletes unused invitations expired more than 30 days ago and keeps recent, open and used ones", async () => {
    await addStaffInvitation(at(-EXPIRED_INVITATION_KEPT_MS - 1));
    const expiredRecently = await addStaffInvitation(at(-EXPIRED_INVITATION_KEPT_MS + 1));
    const open = await addStaffInvitation(at(86_400_000));
    const usedLongAgo = await addStaffInvitation(at(-3 * EXPIRED_INVITATION_KEPT_MS), at(-4 * EXPIRED_INVITATION_KEPT_MS));
    expect(await runHousekeeping(t.db, NOW)).toEqual({ expiredSessions: 0, staleSignInFailures: 0, staleKnownAddresses: 0, expiredInvitations: 1, expiredChallenges: 0, expiredResetLinks: 0, sentNotifications: 0, expiredTextMessages: 0 });
    expect(await ids("invitations")).toEqual([expiredRecently, open, usedLongAgo].sort());
  });

  it("deletes expired two-factor challenges, reset links a day past expiry and messages sent over 30 days ago, keeping the rest", async () => {
    const challenge = (id: string, expiresAt: string) => t.db.insertInto("two_factor_challenges").values({ id, user_id: userId, created_at: at(-600_000), expires_at: expiresAt }).execute();
    await challenge("expired", at(-1));
    await challenge("live", at(60_000));
    const link = (hash: string, expiresAt: string, usedAt: string | null) => t.db.insertInto("password_reset_tokens").values({ token_hash: hash, user_id: userId, created_at: at(-7_200_000), expires_at: expiresAt, used_at: usedAt }).execute();
    await link("long-expired", at(-EXPIRED_RESET_LINK_KEPT_MS - 1), null);
    await link("used-long-ago", at(-EXPIRED_RESET_LINK_KEPT_MS - 1), at(-EXPIRED_RESET_LINK_KEPT_MS - 60_000));
    await link("expired-recently", at(-1), null);
    await link("open", at(3_600_000), null);
    const message = (sentAt: string | null) =>
      t.db.insertInto("notifications").values({ id: uuidv7(), channel: "email", kind: "password-reset", recipient: "", subject: "", body: "", created_at: at(-SENT_NOTIFICATION_KEPT_MS - 60_000), sent_at: sentAt }).execute();
    await message(at(-SENT_NOTIFICATION_KEPT_MS - 1));
    await message(at(-SENT_NOTIFICATION_KEPT_MS + 1));
    await message(null);
    expect(await runHousekeeping(t.db, NOW)).toMatchObject({ expiredChallenges: 1, expiredResetLinks: 2, sentNotifications: 1 });
    expect((await t.db.selectFrom("two_factor_challenges").select("id").execute()).map((row) => row.id)).toEqual(["live"]);
    expect((await t.db.selectFrom("password_reset_tokens").select("token_hash").orderBy("token_hash").execute()).map((row) => row.token_hash)).toEqual(["expired-recently", "open"]);
    // The unsent message waits for delivery, whatever its age.
    expect(await t.db.selectFrom("notifications").select("sent_at").where("sent_at", "is", null).execute()).toHaveLength(1);
    expect(await t.db.selectFrom("notifications").select("id").execute()).toHaveLength(2);
  });

  it("gives up text messages no SMS gateway claimed once they make no sense, emptied but kept for the counts, and warns", async () => {
    await t.db.deleteFrom("notifications").where("channel", "=", "sms").execute();
    const text = async (fields: { sendBy: string | null; createdAt: string; claimedAt?: string }) => {
      const id = uuidv7();
      await t.db
        .insertInto("notifications")
        .values({ id, channel: "sms", kind: "reminder.diary", recipient: "+447700900150", subject: "", body: "Time for today's diary", created_at: fields.createdAt, sent_at: null, for_clinic_id: clinicId, next_attempt_at: fields.createdAt, send_by: fields.sendBy, claimed_at: fields.claimedAt ?? null, claimed_by: fields.claimedAt === undefined ? null : "a-live-claim-token-000" })
        .execute();
      return id;
    };
    const pastItsDay = await text({ sendBy: at(-1), createdAt: at(-3_600_000) });
    const aDayOld = await text({ sendBy: null, createdAt: at(-SMS_WAITS_AT_MOST_MS - 1) });
    const beingSent = await text({ sendBy: at(-1), createdAt: at(-3_600_000), claimedAt: at(-SMS_LEASE_MS + 60_000) });
    const stillTrue = await text({ sendBy: at(60_000), createdAt: at(-3_600_000) });
    const youngWithout = await text({ sendBy: null, createdAt: at(-SMS_WAITS_AT_MOST_MS + 60_000) });

    const log = recordingLog();
    const deps = composeDeps(t.db, () => NOW, log);
    const worker = createWorker({ db: t.db, clock: () => NOW, log, handlers: jobHandlers(deps), recurring: housekeepingOnly });
    await worker.scheduleRecurring();
    await t.db.updateTable("jobs").set({ run_at: at(-1) }).where("queue", "=", HOUSEKEEPING_QUEUE).execute();
    expect(await worker.runOnce()).toBe(true);
    expect(log.lines.find((line) => line.level === "info")?.fields).toMatchObject({ expiredTextMessages: 2 });
    expect(log.lines.filter((line) => line.level === "warn")).toEqual([{ level: "warn", fields: { queue: "housekeeping", expiredTextMessages: 2 }, message: "text messages were given up unsent: is the SMS gateway running?" }]);
    expect(JSON.stringify(log.lines)).not.toContain("+44");

    const rows = await t.db.selectFrom("notifications").select(["id", "recipient", "body", "last_error", "failed_at"]).where("channel", "=", "sms").execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const id of [pastItsDay, aDayOld]) expect(byId.get(id)).toEqual({ id, recipient: "", body: "", last_error: "sms-expired", failed_at: NOW.toISOString() });
    // A live lease's report decides (the gateway may be sending it now); the others still make sense.
    for (const id of [beingSent, stillTrue, youngWithout]) expect(byId.get(id)).toMatchObject({ recipient: "+447700900150", failed_at: null });
    // Five minutes on, the lease ran out unreported and the other two are past their time: all given up.
    expect(await runHousekeeping(t.db, new Date(NOW.getTime() + SMS_LEASE_MS))).toMatchObject({ expiredTextMessages: 3 });
    expect((await t.db.selectFrom("notifications").select("last_error").where("id", "=", beingSent).executeTakeFirstOrThrow()).last_error).toBe("sms-expired");
  });

  it("never touches a patient, their clinical or audit rows, or a used invitation, even long after", async () => {
    const clock = testClock(NOW.toISOString());
    const deps = testDeps(t.db, clock);
    const { clinicId: ownClinic, staff } = await makeClinic(deps, "clinician");
    const patient = await makePatientWithAccount(deps, ownClinic, staff.userId);
    const countOf = async (table: "patients" | "audit_events" | "invitations" | "users" | "memberships") =>
      Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirstOrThrow()).n);
    const before = { patients: await countOf("patients"), audit: await countOf("audit_events"), invitations: await countOf("invitations"), users: await countOf("users"), memberships: await countOf("memberships") };
    const yearsLater = new Date(NOW.getTime() + 3 * 365 * 86_400_000);
    expect(await runHousekeeping(t.db, yearsLater)).toMatchObject({ expiredSessions: 1, expiredInvitations: 0 });
    expect({ patients: await countOf("patients"), audit: await countOf("audit_events"), invitations: await countOf("invitations"), users: await countOf("users"), memberships: await countOf("memberships") }).toEqual(before);
    expect(await t.db.selectFrom("patients").select("user_id").where("id", "=", patient.patientId).executeTakeFirst()).toEqual({ user_id: patient.userId });
  });

  it("logs one line of counts only: no emails, no ids, not even the job's", async () => {
    await addSession(at(-1));
    await addStaffInvitation(at(-EXPIRED_INVITATION_KEPT_MS - 1));
    await recordAttempt(t.db, "attempt-old", ["old-key"], at(-SIGN_IN_LIMIT.windowMs - 1));
    const log = recordingLog();
    const deps = composeDeps(t.db, () => NOW, log);
    const worker = createWorker({ db: t.db, clock: () => NOW, log, handlers: jobHandlers(deps), recurring: housekeepingOnly });
    await worker.scheduleRecurring();
    await t.db.updateTable("jobs").set({ run_at: at(-1) }).where("queue", "=", HOUSEKEEPING_QUEUE).execute();
    expect(await worker.runOnce()).toBe(true);
    expect(log.lines).toEqual([
      { level: "info", fields: { queue: "housekeeping", expiredSessions: 1, staleSignInFailures: 1, staleKnownAddresses: 0, expiredInvitations: 1, expiredChallenges: 0, expiredResetLinks: 0, sentNotifications: 0, expiredTextMessages: 0 }, message: "housekeeping done" },
    ]);
    const written = JSON.stringify(log.lines);
    expect(written).not.toContain("@");
    expect(written).not.toMatch(UUID);
  });

  it("keeps one pending run however many workers on however many servers schedule it at once", async () => {
    const workers = [t.db, second, t.db, second].map((db, index) =>
      createWorker({ db, clock: () => NOW, log: silentLog, handlers: jobHandlers(testDeps(db, () => NOW)), recurring: housekeepingOnly, workerId: `w${index}` }),
    );
    await Promise.all(workers.flatMap((worker) => [worker.scheduleRecurring(), worker.scheduleRecurring()]));
    expect(await pendingHousekeeping()).toEqual([{ id: expect.any(String), run_at: at(HOUSEKEEPING_EVERY_MS) }]);
  });

  it("runs once when due, then schedules the next run an hour after it ended, once", async () => {
    const clock = testClock(NOW.toISOString());
    const workers = [t.db, second].map((db, index) =>
      createWorker({ db, clock, log: silentLog, handlers: jobHandlers(testDeps(db, clock)), recurring: housekeepingOnly, workerId: `w${index}` }),
    );
    await Promise.all(workers.map((worker) => worker.scheduleRecurring()));
    const [first] = await pendingHousekeeping();
    expect(await Promise.all(workers.map((worker) => worker.runOnce()))).toEqual([false, false]); // not yet due
    clock.advance(HOUSEKEEPING_EVERY_MS);
    expect((await Promise.all(workers.map((worker) => worker.runOnce()))).filter(Boolean)).toHaveLength(1);
    const next = await pendingHousekeeping();
    expect(next).toEqual([{ id: expect.any(String), run_at: at(2 * HOUSEKEEPING_EVERY_MS) }]);
    expect(next[0]?.id).not.toBe(first?.id);
    expect(await t.db.selectFrom("jobs").select("id").where("done_at", "is not", null).execute()).toEqual([{ id: first?.id }]);
  });

  it("keeps a failing run pending for its retry, and schedules the next run once it is given up", async () => {
    const clock = testClock(NOW.toISOString());
    const failing = { [HOUSEKEEPING_QUEUE]: async () => { throw new Error("database went away"); } };
    const worker = createWorker({ db: t.db, clock, log: silentLog, handlers: failing, recurring: housekeepingOnly, maxAttempts: 2 });
    await worker.scheduleRecurring();
    clock.advance(HOUSEKEEPING_EVERY_MS);
    expect(await worker.runOnce()).toBe(true);
    const retrying = await t.db.selectFrom("jobs").select(["id", "done_at", "run_at"]).where("queue", "=", HOUSEKEEPING_QUEUE).execute();
    expect(retrying).toEqual([{ id: expect.any(String), done_at: null, run_at: at(HOUSEKEEPING_EVERY_MS + 2000) }]);
    clock.advance(2000);
    expect(await worker.runOnce()).toBe(true);
    expect(await pendingHousekeeping()).toEqual([{ id: expect.any(String), run_at: at(2 * HOUSEKEEPING_EVERY_MS + 2000) }]);
  });

  it("schedules housekeeping when a worker starts, before its first poll", async () => {
    const worker = createWorker({ db: t.db, clock: () => NOW, log: silentLog, pollMs: 20, handlers: jobHandlers(testDeps(t.db, () => NOW)), recurring: housekeepingOnly });
    worker.start();
    await expect.poll(async () => (await pendingHousekeeping()).length, { timeout: 5000 }).toBe(1);
    await worker.stop();
  });
});
