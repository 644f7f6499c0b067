/**
 * Text-message reminders on both databases (issue 9 §6, ADR 0022), on a server with an SMS
 * gateway: the patient chooses them with a mobile number (read into E.164, a bad one named), clears
 * the number or stops them, and an app that says nothing of SMS keeps the choice; the reminder job
 * queues an sms row (the short words and the whole link) instead of email only for a patient who
 * chose it and has no device for push, keeps quiet in quiet hours, and falls back to email when
 * the server has no gateway any more; the gateway then claims that row. Each text carries the last
 * instant it makes sense, so a gateway down through the evening sends no "today's diary" on the
 * next day, and a visit's text waits for the end of quiet hours.
 */
import { v7 as uuidv7 } from "uuid";
import { describe, expect, it } from "vitest";
import type { ReminderSettingsBody } from "#contracts/api/reminders.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import { httpWorld, put, signedIn } from "../../http/assessment-test-support.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { makePatientWithAccount, testClock } from "../../shared/test-support.ts";
import { upsertSubscription } from "../notifications/push-subscriptions-repository.ts";
import { queueDueReminders } from "./reminder-job.ts";

/** Monday 20 July 2026, 20:05 in London (summer time). */
const NOW = "2026-07-20T19:05:00.000Z";
const TOKEN = "sms-gateway-token-for-tests-0123456789abcdef";
const PUBLIC_URL = "https://cephalog.example.org";
const WITH_GATEWAY = { smsGateway: true, publicUrl: PUBLIC_URL };
const SETTINGS: ReminderSettingsBody = { diary: true, diaryTime: "20:00", visits: true, questionnaires: true, quietHours: { start: "22:00", end: "07:00" }, push: true, email: true, language: "en" };

describe.each(testDatabaseKinds())("text-message reminders on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock, { smsGatewayToken: TOKEN, publicUrl: PUBLIC_URL });

  async function patient(settings: Partial<ReminderSettingsBody> | null) {
    const made = await makePatientWithAccount(env.world.deps, env.world.a.clinicId, env.world.a.staff.userId, { name: "Tex Texted" });
    const client = await signedIn(env.http, made);
    if (settings !== null) {
      const saved = await put(client, "/api/me/reminders", { ...SETTINGS, ...settings });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    return { ...made, client };
  }

  const rowsOf = (userId: string) =>
    env.world.deps.db.selectFrom("notifications").select(["channel", "recipient", "body", "link"]).where("user_id", "=", userId).orderBy("channel").orderBy("id").execute();

  async function run(at: string, options = WITH_GATEWAY) {
    clock.set(at);
    return queueDueReminders(env.world.deps, new Date(at), options);
  }

  it("keeps the patient's choice of text messages with their number in international form, and names a bad number", async () => {
    const pat = await patient(null);
    expect((await pat.client.get("/api/me/reminders")).json()).toMatchObject({ saved: false, sms: false, smsNumber: null, smsAvailable: true });

    const chosen = await put(pat.client, "/api/me/reminders", { ...SETTINGS, sms: true, smsNumber: "+44 (0)7700 900-123" });
    expect(chosen.json()).toMatchObject({ sms: true, smsNumber: "+447700900123", smsAvailable: true });
    expect((await pat.client.get("/api/me/reminders")).json()).toMatchObject({ sms: true, smsNumber: "+447700900123" });

    const bad = await put(pat.client, "/api/me/reminders", { ...SETTINGS, sms: true, smsNumber: "07700 900123" });
    expect(bad.statusCode).toBe(400);
    const issues = (bad.json() as { error: { details: { issues: { path: string; message: string }[] } } }).error.details.issues;
    expect(issues.map((issue) => issue.path)).toEqual(["smsNumber"]);
    expect(issues[0]?.message).toContain("international");
    expect(bad.body).not.toContain("07700");

    // An app that says nothing of SMS keeps the choice; stopping keeps the number to turn on again; clearing it stops them.
    expect((await put(pat.client, "/api/me/reminders", { ...SETTINGS, diaryTime: "21:00" })).json()).toMatchObject({ sms: true, smsNumber: "+447700900123" });
    expect((await put(pat.client, "/api/me/reminders", { ...SETTINGS, sms: false })).json()).toMatchObject({ sms: false, smsNumber: "+447700900123" });
    expect((await put(pat.client, "/api/me/reminders", { ...SETTINGS, sms: true, smsNumber: null })).json()).toMatchObject({ sms: false, smsNumber: null });
    const stored = await env.world.deps.db.selectFrom("reminder_settings").select(["sms", "sms_number"]).where("patient_id", "=", pat.patientId).executeTakeFirstOrThrow();
    expect(stored).toEqual({ sms: false, sms_number: null });
  });

  it("texts instead of emailing a patient who chose it and has no device for push, with the whole link; the gateway claims it", async () => {
    const texted = await patient({ sms: true, smsNumber: "+447700900123" });
    const spanish = await patient({ sms: true, smsNumber: "+34 612 345 678", language: "es" });
    const emailed = await patient({});
    const pushed = await patient({ sms: true, smsNumber: "+447700900124" });
    await upsertSubscription(env.world.deps.db, { id: uuidv7(), userId: pushed.userId, endpoint: `https://fcm.googleapis.com/fcm/send/sms-${uuidv7()}`, p256dh: `B${"s".repeat(86)}`, auth: "authsecret-16bytes-s", label: "Chrome on Android", createdAt: NOW });
    await run(NOW);

    expect(await rowsOf(texted.userId)).toEqual([
      { channel: "in-app", recipient: "", body: "Tap to fill in today's diary. It takes a few seconds.", link: "/today" },
      { channel: "sms", recipient: "+447700900123", body: `Time for today's diary: ${PUBLIC_URL}/today`, link: "/today" },
    ]);
    expect((await rowsOf(spanish.userId)).find((row) => row.channel === "sms")).toMatchObject({ recipient: "+34612345678", body: `Es la hora del diario de hoy: ${PUBLIC_URL}/today` });
    expect((await rowsOf(emailed.userId)).map((row) => row.channel)).toEqual(["email", "in-app"]);
    expect((await rowsOf(pushed.userId)).map((row) => row.channel)).toEqual(["in-app", "web-push"]);
    // No delivery job for a text message: the gateway pulls it.
    const smsIds = (await env.world.deps.db.selectFrom("notifications").select("id").where("channel", "=", "sms").execute()).map((row) => row.id);
    const jobs = await env.world.deps.db.selectFrom("jobs").select("payload").where("queue", "=", "notification-delivery").execute();
    expect(jobs.filter((job) => smsIds.includes((job.payload as { notificationId: string }).notificationId))).toEqual([]);

    const claimed = await env.http.app.inject({ method: "POST", url: "/api/sms-outbox/claim", headers: { authorization: `Bearer ${TOKEN}` }, payload: { limit: 100 } });
    expect(claimed.json().messages).toEqual(expect.arrayContaining([{ id: expect.any(String), claim: expect.any(String), to: "+447700900123", text: `Time for today's diary: ${PUBLIC_URL}/today` }]));
  });

  it("keeps quiet in quiet hours and texts at their end about the day it was for", async () => {
    const pat = await patient({ sms: true, smsNumber: "+447700900125", diaryTime: "23:00" });
    await run("2026-07-20T22:05:00.000Z"); // 23:05
    await run("2026-07-21T05:55:00.000Z"); // 06:55
    expect(await rowsOf(pat.userId)).toEqual([]);
    await run("2026-07-21T06:01:00.000Z"); // 07:01
    expect((await rowsOf(pat.userId)).filter((row) => row.channel === "sms").map((row) => row.body)).toEqual([`Yesterday's diary is empty: ${PUBLIC_URL}/diary/2026-07-20`]);
  });

  it("emails instead when the server has no SMS gateway any more, and texts nobody who stopped text messages", async () => {
    const noGateway = await patient({ sms: true, smsNumber: "+447700900126" });
    await run("2026-07-22T19:10:00.000Z", { smsGateway: false, publicUrl: PUBLIC_URL });
    expect((await rowsOf(noGateway.userId)).map((row) => row.channel)).toEqual(["email", "in-app"]);

    const stopped = await patient({ sms: false, smsNumber: "+447700900127" });
    await run("2026-07-23T19:10:00.000Z");
    expect((await rowsOf(stopped.userId)).map((row) => row.channel)).toEqual(["email", "in-app"]);
  });

  it("gives up the diary text when the gateway is back only after its day, and sends the visit's when quiet hours end", async () => {
    const pat = await patient({ sms: true, smsNumber: "+447700900128", questionnaires: false });
    // A visit at 18:00 in London tomorrow: its reminder is due at 18:00 today.
    const startsAt = "2026-07-21T17:00:00.000Z";
    await env.world.deps.db.transaction().execute((tx) =>
      appendRecordRevision(tx, {
        clinicId: env.world.a.clinicId,
        patientId: pat.patientId,
        kind: "appointment",
        content: { startsAt, localDate: plainDate("2026-07-21"), localTime: "18:00", minutes: 15, injectorUserId: env.world.aClinician.userId, windowReason: null },
        actorUserId: env.world.aClinician.userId,
        now: new Date(NOW),
      }),
    );
    // Only this patient's texts wait for the gateway.
    await env.world.deps.db.updateTable("notifications").set({ sent_at: NOW, recipient: "", body: "" }).where("channel", "=", "sms").where("sent_at", "is", null).where("failed_at", "is", null).execute();
    await run(NOW); // 20:05 in London
    const texts = () => env.world.deps.db.selectFrom("notifications").select(["id", "kind", "send_by", "last_error", "next_attempt_at", "body", "attempts"]).where("user_id", "=", pat.userId).where("channel", "=", "sms").orderBy("kind").execute();
    const queued = await texts();
    // The diary's text is true until midnight in London; the visit's until an hour before it.
    expect(queued.map((row) => [row.kind, row.send_by])).toEqual([
      ["reminder.diary", "2026-07-20T23:00:00.000Z"],
      ["reminder.visit", "2026-07-21T16:00:00.000Z"],
    ]);

    // The gateway is down from 20:00 and back at 02:00 (quiet hours 22:00 to 07:00).
    const claimAt = async (iso: string) => {
      clock.set(iso);
      const response = await env.http.app.inject({ method: "POST", url: "/api/sms-outbox/claim", headers: { authorization: `Bearer ${TOKEN}` }, payload: { limit: 100 } });
      expect(response.statusCode).toBe(200);
      return (response.json() as { messages: { id: string; text: string }[] }).messages;
    };
    expect(await claimAt("2026-07-21T01:00:00.000Z")).toEqual([]);
    const [diary, visit] = await texts();
    expect(diary).toMatchObject({ last_error: "sms-expired", body: "", attempts: 0 });
    expect(visit).toMatchObject({ last_error: null, next_attempt_at: "2026-07-21T06:00:00.000Z", attempts: 0 });
    expect(await claimAt("2026-07-21T05:59:00.000Z")).toEqual([]);
    expect(await claimAt("2026-07-21T06:00:00.000Z")).toEqual([{ id: visit?.id, claim: expect.any(String), to: "+447700900128", text: `Your next visit is soon. See when: ${PUBLIC_URL}/today` }]);
  });
});
