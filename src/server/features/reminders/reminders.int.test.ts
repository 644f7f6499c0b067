/**
 * Patient reminders on both databases (issue 9 §6): the patient's settings (defaults until saved,
 * saved, bad input named, staff refused); the job queueing a due reminder once however often it
 * runs (one row per channel: in-app always, web push to each device, else email), keeping quiet
 * in quiet hours and sending at their end for the day it was for, skipping a day already logged,
 * a visit reminder a day before, a questionnaire reminder once per span, and nothing of a stopped kind.
 */
import { v7 as uuidv7 } from "uuid";
import { describe, expect, it } from "vitest";
import type { ReminderSettingsBody } from "#contracts/api/reminders.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, put, signedIn } from "../../http/assessment-test-support.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { makePatientWithAccount, testClock } from "../../shared/test-support.ts";
import { upsertSubscription } from "../notifications/push-subscriptions-repository.ts";
import { readerLanguage } from "../notifications/reader-language.ts";
import { jobHandlers, recurringJobs } from "../../jobs/handlers.ts";
import { enqueueJob } from "../../jobs/queue.ts";
import { createWorker } from "../../jobs/worker.ts";
import { REMINDER_EVERY_MS, REMINDER_QUEUE, queueDueReminders, reminderJobHandler } from "./reminder-job.ts";

/** Monday 20 July 2026, 20:05 in London (summer time). */
const NOW = "2026-07-20T19:05:00.000Z";
const SETTINGS: ReminderSettingsBody = { diary: true, diaryTime: "20:00", visits: true, questionnaires: true, quietHours: { start: "22:00", end: "07:00" }, push: true, email: true, language: "en" };

describe.each(testDatabaseKinds())("patient reminders on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock);
  const clinicA = () => env.world.a.clinicId;

  async function patient(settings: Partial<ReminderSettingsBody> | null = {}, options: { timeZone?: string } = {}) {
    const made = await makePatientWithAccount(env.world.deps, clinicA(), env.world.a.staff.userId, { name: "Rémi Reminded", ...options });
    const client = await signedIn(env.http, made);
    if (settings !== null) expect((await put(client, "/api/me/reminders", { ...SETTINGS, ...settings })).statusCode).toBe(200);
    return { ...made, client };
  }

  const rowsOf = (userId: string) =>
    env.world.deps.db.selectFrom("notifications").select(["channel", "kind", "link", "subject", "subscription_id", "recipient"]).where("user_id", "=", userId).orderBy("channel").orderBy("id").execute();

  async function run(at: string) {
    clock.set(at);
    return queueDueReminders(env.world.deps, new Date(at));
  }

  async function addDevice(userId: string) {
    return upsertSubscription(env.world.deps.db, { id: uuidv7(), userId, endpoint: `https://fcm.googleapis.com/fcm/send/reminder-${uuidv7()}`, p256dh: `B${"r".repeat(86)}`, auth: "authsecret-16bytes-r", label: "Chrome on Android", createdAt: NOW });
  }

  it("runs as a recurring job of the worker, logging counts only, and schedules its next run", async () => {
    const pat = await patient();
    clock.set("2026-07-20T19:40:00.000Z");
    const logged: { fields: object; message: string | undefined }[] = [];
    const log = { info: (fields: object, message?: string) => void logged.push({ fields, message }), warn: (fields: object, message?: string) => void logged.push({ fields, message }), error() {} };
    const deps = { ...env.world.deps, log };
    expect(recurringJobs[REMINDER_QUEUE]).toEqual({ everyMs: REMINDER_EVERY_MS });
    expect(Object.keys(jobHandlers(deps))).toContain(REMINDER_QUEUE);
    const worker = createWorker({ db: deps.db, clock, log, handlers: { [REMINDER_QUEUE]: reminderJobHandler(deps) }, recurring: { [REMINDER_QUEUE]: { everyMs: REMINDER_EVERY_MS } } });
    await enqueueJob(env.world.deps.db, { queue: REMINDER_QUEUE, payload: {}, runAt: clock() });
    expect(await worker.runOnce()).toBe(true);
    expect((await rowsOf(pat.userId)).map((row) => row.kind)).toEqual(["reminder.diary", "reminder.diary"]);
    const entry = logged.find((line) => line.message === "reminders queued");
    expect(entry?.fields).toMatchObject({ queue: REMINDER_QUEUE, failed: 0 });
    expect(JSON.stringify(logged)).not.toContain(pat.email);
    const next = await env.world.deps.db.selectFrom("jobs").select("run_at").where("queue", "=", REMINDER_QUEUE).where("done_at", "is", null).execute();
    expect(next.map((job) => job.run_at)).toEqual([new Date(clock().getTime() + REMINDER_EVERY_MS).toISOString()]);
  });

  it("answers the defaults until the patient saves, then what they saved; names bad fields; refuses staff", async () => {
    clock.set(NOW);
    const pat = await patient(null, { timeZone: "America/New_York" });
    const first = (await pat.client.get("/api/me/reminders")).json();
    expect(first).toEqual({ patientId: pat.patientId, timeZone: "America/New_York", saved: false, diary: true, diaryTime: "20:00", visits: true, questionnaires: true, quietHours: { start: "22:00", end: "08:00" }, push: true, email: true, language: "en", sms: false, smsNumber: null, smsAvailable: false });
    const saved = await put(pat.client, "/api/me/reminders", { ...SETTINGS, diaryTime: "07:45", visits: false, quietHours: { start: "13:00", end: "13:00" }, language: "es" });
    expect(saved.statusCode).toBe(200);
    const expected = { patientId: pat.patientId, timeZone: "America/New_York", saved: true, ...SETTINGS, diaryTime: "07:45", visits: false, quietHours: null, language: "es", sms: false, smsNumber: null, smsAvailable: false };
    expect(saved.json()).toEqual(expected);
    expect((await pat.client.get("/api/me/reminders")).json()).toEqual(expected);

    const bad = await put(pat.client, "/api/me/reminders", { ...SETTINGS, diaryTime: "24:10", quietHours: { start: "22:00", end: "7:00" }, language: "fr" });
    expect(bad.statusCode).toBe(400);
    const paths = (bad.json() as { error?: { details?: { issues?: { path: string }[] } } }).error?.details?.issues?.map((issue) => issue.path).sort();
    expect(paths).toEqual(["diaryTime", "language", "quietHours.end"]);
    const extra = await put(pat.client, "/api/me/reminders", { ...SETTINGS, fax: true });
    expect(extra.statusCode).toBe(400);
    // Text messages on a server without an SMS gateway (sms-reminders.int.test.ts has one): refused, the field named.
    const noGateway = await put(pat.client, "/api/me/reminders", { ...SETTINGS, sms: true, smsNumber: "+44 7700 900123" });
    expect(noGateway.statusCode).toBe(400);
    expect((noGateway.json() as { error: { details: { issues: { path: string }[] } } }).error.details.issues.map((issue) => issue.path)).toEqual(["sms"]);
    expect((await pat.client.get("/api/me/reminders")).json()).toEqual(expected);

    expect((await env.clinician.get("/api/me/reminders")).statusCode).toBe(403);
  });

  it("queues the diary reminder once at the patient's time: in the app, and by push to each device rather than email", async () => {
    const pat = await patient();
    const devices = [await addDevice(pat.userId), await addDevice(pat.userId)];
    await run("2026-07-20T18:55:00.000Z"); // 19:55: not yet
    expect(await rowsOf(pat.userId)).toEqual([]);
    const first = await run(NOW);
    expect(first.queued).toBeGreaterThanOrEqual(1);
    const rows = await rowsOf(pat.userId);
    expect(rows.map((row) => [row.channel, row.kind, row.link])).toEqual([
      ["in-app", "reminder.diary", "/today"],
      ["web-push", "reminder.diary", "/today"],
      ["web-push", "reminder.diary", "/today"],
    ]);
    expect(rows.filter((row) => row.channel === "web-push").map((row) => row.subscription_id).sort()).toEqual([...devices].sort());
    expect(rows[0]?.subject).toBe("How was today?");
    // Push delivery is queued as jobs of the outbox.
    const pushJobs = await env.world.deps.db.selectFrom("jobs").select("id").where("queue", "=", "notification-delivery").execute();
    expect(pushJobs.length).toBeGreaterThanOrEqual(2);

    // Again, and again later in the evening, and on two "servers" at once: nothing more.
    await run("2026-07-20T19:10:00.000Z");
    await Promise.all([run("2026-07-20T19:15:00.000Z"), queueDueReminders(env.world.deps, new Date("2026-07-20T19:15:00.000Z"))]);
    expect(await rowsOf(pat.userId)).toHaveLength(3);
    const keys = await env.world.deps.db.selectFrom("reminders_sent").select(["key", "kind"]).where("patient_id", "=", pat.patientId).execute();
    expect(keys).toEqual([{ key: `diary:${pat.patientId}:2026-07-20`, kind: "diary" }]);
  });

  it("emails when no device takes a push, in the language saved, and not at all when both channels are stopped", async () => {
    const pat = await patient({ language: "es" });
    await run(NOW);
    const rows = await rowsOf(pat.userId);
    expect(rows.map((row) => [row.channel, row.recipient])).toEqual([
      ["email", pat.email],
      ["in-app", ""],
    ]);
    expect(rows[0]?.subject).toBe("¿Qué tal hoy?");

    const quiet = await patient({ push: false, email: false });
    await addDevice(quiet.userId);
    await run("2026-07-20T19:20:00.000Z");
    expect((await rowsOf(quiet.userId)).map((row) => row.channel)).toEqual(["in-app"]);
  });

  it("keeps quiet in quiet hours and reminds at their end about the day it was for", async () => {
    const pat = await patient({ diaryTime: "23:00", quietHours: { start: "22:00", end: "07:00" } });
    await run("2026-07-20T22:05:00.000Z"); // 23:05
    expect(await rowsOf(pat.userId)).toEqual([]);
    await run("2026-07-21T05:55:00.000Z"); // 06:55
    expect(await rowsOf(pat.userId)).toEqual([]);
    await run("2026-07-21T06:01:00.000Z"); // 07:01
    const rows = await rowsOf(pat.userId);
    expect(rows.map((row) => [row.channel, row.link, row.subject])).toEqual([
      ["email", "/diary/2026-07-20", "Yesterday's diary is empty"],
      ["in-app", "/diary/2026-07-20", "Yesterday's diary is empty"],
    ]);
  });

  it("does not remind about a day already logged, nor when the diary reminder is stopped", async () => {
    const logged = await patient();
    const day = { patientId: logged.patientId, id: uuidv7(), date: "2026-07-20", recordedAt: "2026-07-20T18:00:00.000Z", headache: false };
    expect((await logged.client.post("/api/me/diary", day)).statusCode).toBe(200);
    const stopped = await patient({ diary: false });
    await run("2026-07-20T19:30:00.000Z");
    expect(await rowsOf(logged.userId)).toEqual([]);
    expect(await rowsOf(stopped.userId)).toEqual([]);
  });

  it("reminds a day before a visit, once, unless visit reminders are stopped", async () => {
    const on = await patient({ diary: false, questionnaires: false });
    const off = await patient({ diary: false, questionnaires: false, visits: false });
    const startsAt = "2026-07-22T09:30:00.000Z";
    clock.set(NOW);
    for (const who of [on, off]) {
      await env.world.deps.db.transaction().execute((tx) =>
        appendRecordRevision(tx, {
          clinicId: clinicA(),
          patientId: who.patientId,
          kind: "appointment",
          content: { startsAt, localDate: plainDate("2026-07-22"), localTime: "10:30", minutes: 15, injectorUserId: env.world.aClinician.userId, windowReason: null },
          actorUserId: env.world.aClinician.userId,
          now: new Date(NOW),
        }),
      );
    }
    await run("2026-07-21T09:25:00.000Z");
    expect(await rowsOf(on.userId)).toEqual([]);
    await run("2026-07-21T09:31:00.000Z");
    await run("2026-07-21T12:00:00.000Z");
    expect((await rowsOf(on.userId)).map((row) => [row.channel, row.kind, row.link])).toEqual([
      ["email", "reminder.visit", "/today"],
      ["in-app", "reminder.visit", "/today"],
    ]);
    expect(await rowsOf(off.userId)).toEqual([]);
  });

  it("reminds once when a questionnaire is due (before a visit), at the daily time, to its page", async () => {
    const pat = await patient({ diary: false, visits: false });
    clock.set(NOW);
    await env.world.deps.db.transaction().execute((tx) =>
      appendRecordRevision(tx, {
        clinicId: clinicA(),
        patientId: pat.patientId,
        kind: "appointment",
        content: { startsAt: "2026-07-24T09:30:00.000Z", localDate: plainDate("2026-07-24"), localTime: "10:30", minutes: 15, injectorUserId: env.world.aClinician.userId, windowReason: null },
        actorUserId: env.world.aClinician.userId,
        now: new Date(NOW),
      }),
    );
    await run("2026-07-20T12:00:00.000Z"); // not the daily time
    expect(await rowsOf(pat.userId)).toEqual([]);
    await run(NOW);
    await run("2026-07-21T19:05:00.000Z"); // the next evening: the same span, nothing new
    expect((await rowsOf(pat.userId)).map((row) => [row.channel, row.kind, row.link])).toEqual([
      ["email", "reminder.questionnaire", "/questionnaires/hit-6"],
      ["in-app", "reminder.questionnaire", "/questionnaires/hit-6"],
    ]);
    const stopped = await patient({ diary: false, visits: false, questionnaires: false });
    await run("2026-07-21T19:10:00.000Z");
    expect(await rowsOf(stopped.userId)).toEqual([]);
  });

  it("closes a Spanish reader's reminder e-mails in Spanish, and every other e-mail in English", async () => {
    const spanish = await patient({ language: "es", push: false });
    const english = await patient({ language: "en", push: false });
    await run("2026-07-22T19:10:00.000Z");
    const emailOf = (userId: string) => env.world.deps.db.selectFrom("notifications").select(["kind", "user_id", "for_clinic_id"]).where("user_id", "=", userId).where("channel", "=", "email").executeTakeFirstOrThrow();
    const spanishRow = await emailOf(spanish.userId);
    expect(spanishRow.kind).toBe("reminder.diary");
    expect(await readerLanguage(env.world.deps.db, spanishRow)).toBe("es");
    expect(await readerLanguage(env.world.deps.db, await emailOf(english.userId))).toBe("en");
    // Not a reminder (staff alerts, password resets): English, whatever the person chose for reminders.
    expect(await readerLanguage(env.world.deps.db, { ...spanishRow, kind: "side-effect.red" })).toBe("en");
  });
});
