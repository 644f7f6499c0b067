/**
 * The SMS gateway's claim hands out a text only while it still makes sense (ADR 0022, review
 * finding 1), on both databases: never in the patient's quiet hours, read in their zone from their
 * settings as they are at the claim (the text waits for their end, counting no attempt), whether it
 * is sent the first time or retried; never after its send_by (given up `sms-expired`), and not
 * when it would only make sense again after its send_by (`sms-expired-quiet-hours`).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_REMINDER_SETTINGS } from "#domain/reminders/reminder-settings.ts";
import type { SmsClaim } from "#contracts/api/sms-outbox.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld } from "../../http/assessment-test-support.ts";
import { makePatientWithAccount, testClock } from "../../shared/test-support.ts";
import { saveReminderSettings } from "../reminders/repository.ts";
import { retryDelayMs } from "./delivery-failure.ts";
import { queueNotification } from "./outbox.ts";

/** Monday 20 July 2026, 20:05 in London (summer time), 04:05 on Tuesday in Tokyo. */
const NOW = "2026-07-20T19:05:00.000Z";
const TOKEN = "sms-gateway-token-for-tests-0123456789abcdef";
const NUMBER = "+447700900140";
const LATE = new Date("2026-07-22T12:00:00.000Z");

describe.each(testDatabaseKinds())("when the SMS gateway may send a text, on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock, { smsGatewayToken: TOKEN });
  const db = () => env.world.deps.db;
  beforeEach(async () => {
    clock.set(NOW);
    // Each test starts from an outbox without waiting text messages.
    await db().updateTable("notifications").set({ sent_at: NOW, recipient: "", body: "" }).where("channel", "=", "sms").where("sent_at", "is", null).where("failed_at", "is", null).execute();
  });

  async function patient(timeZone: string, quietHours: { start: string; end: string } | null | "no settings") {
    const made = await makePatientWithAccount(env.world.deps, env.world.a.clinicId, env.world.a.staff.userId, { name: "Quinn Quiet", timeZone });
    if (quietHours !== "no settings") await saveReminderSettings(db(), { clinicId: env.world.a.clinicId, patientId: made.patientId }, { settings: { ...DEFAULT_REMINDER_SETTINGS, quietHours }, language: "en", sms: true, smsNumber: NUMBER }, clock());
    return made;
  }

  async function queueFor(who: { userId: string }, sendBy: Date | null, text = "Your next visit is soon. See when: https://cephalog.example.org/today"): Promise<string> {
    clock.advance(1);
    return db().transaction().execute((tx) => queueNotification(tx, { channel: "sms", kind: "reminder.visit", recipient: NUMBER, subject: "Your visit", body: text, link: "/today", userId: who.userId, clinicId: env.world.a.clinicId, sendBy }, clock()));
  }

  const post = (url: string, payload: unknown) => env.http.app.inject({ method: "POST", url, payload: payload as string, headers: { authorization: `Bearer ${TOKEN}` } });
  async function claimAt(iso: string): Promise<SmsClaim["messages"]> {
    clock.set(iso);
    const response = await post("/api/sms-outbox/claim", { limit: 100 });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as SmsClaim).messages;
  }
  const row = (id: string) => db().selectFrom("notifications").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  it("keeps a text back in the patient's quiet hours, counting no attempt, and hands it out when they end", async () => {
    const london = await patient("Europe/London", "no settings"); // the defaults: quiet 22:00 to 08:00
    const id = await queueFor(london, LATE);
    expect(await claimAt("2026-07-20T21:30:00.000Z")).toEqual([]); // 22:30 in London
    expect(await row(id)).toMatchObject({ attempts: 0, failed_at: null, claimed_at: null, next_attempt_at: "2026-07-21T07:00:00.000Z", recipient: NUMBER });
    expect(await claimAt("2026-07-21T06:59:00.000Z")).toEqual([]);
    expect((await claimAt("2026-07-21T07:00:00.000Z")).map((message) => message.id)).toEqual([id]);
    expect((await row(id)).attempts).toBe(1);
  });

  it("keeps a retry back too: a failure just before quiet hours is tried again when they end, not in the night", async () => {
    const london = await patient("Europe/London", { start: "22:00", end: "07:00" });
    const id = await queueFor(london, LATE);
    const [message] = await claimAt("2026-07-20T20:59:50.000Z"); // 21:59:50 in London
    expect(message?.id).toBe(id);
    expect((await post(`/api/sms-outbox/${id}/failed`, { claim: message?.claim, reason: "provider-timeout" })).statusCode).toBe(200);
    expect((await row(id)).next_attempt_at).toBe(new Date(Date.parse("2026-07-20T20:59:50.000Z") + retryDelayMs(1)).toISOString());
    expect(await claimAt("2026-07-20T21:01:00.000Z")).toEqual([]); // 22:01: quiet
    expect(await claimAt("2026-07-21T01:00:00.000Z")).toEqual([]); // 02:00: still quiet
    expect((await row(id)).next_attempt_at).toBe("2026-07-21T06:00:00.000Z");
    expect((await claimAt("2026-07-21T06:00:00.000Z")).map((each) => each.id)).toEqual([id]);
  });

  it("reads quiet hours in the patient's own zone, from their settings as they are at the claim", async () => {
    const tokyo = await patient("Asia/Tokyo", "no settings");
    const never = await patient("Europe/London", null);
    const changed = await patient("Europe/London", { start: "23:00", end: "06:00" });
    const inTokyo = await queueFor(tokyo, LATE);
    const noQuiet = await queueFor(never, LATE);
    const later = await queueFor(changed, LATE);
    // 22:30 in London, 06:30 in Tokyo. The London patient whose quiet hours began at 23:00 asks for
    // them from 22:00 after the text was queued: their settings now count.
    await saveReminderSettings(db(), { clinicId: env.world.a.clinicId, patientId: changed.patientId }, { settings: { ...DEFAULT_REMINDER_SETTINGS, quietHours: { start: "22:00", end: "06:00" } }, language: "en", sms: true, smsNumber: NUMBER }, clock());
    expect((await claimAt("2026-07-20T21:30:00.000Z")).map((message) => message.id)).toEqual([noQuiet]);
    expect((await row(inTokyo)).next_attempt_at).toBe("2026-07-20T23:00:00.000Z"); // 08:00 in Tokyo
    expect((await row(later)).next_attempt_at).toBe("2026-07-21T05:00:00.000Z"); // 06:00 in London
  });

  it("gives up a text past its send_by, and one that would make sense again only after it, each with its code", async () => {
    const london = await patient("Europe/London", { start: "22:00", end: "07:00" });
    // A diary reminder queued at 20:05 holds until midnight in London (23:00Z).
    const diary = await queueFor(london, new Date("2026-07-20T23:00:00.000Z"), "Time for today's diary: https://cephalog.example.org/today");
    const other = await queueFor(london, new Date("2026-07-20T23:00:00.000Z"));
    expect(await claimAt("2026-07-20T21:30:00.000Z")).toEqual([]); // 22:30: quiet until 07:00, after midnight
    expect(await row(diary)).toMatchObject({ last_error: "sms-expired-quiet-hours", recipient: "", body: "", next_attempt_at: null, attempts: 0 });
    expect((await row(diary)).failed_at).not.toBeNull();
    expect((await row(other)).last_error).toBe("sms-expired-quiet-hours");

    // The gateway back at 02:00: a text for a day that is over is not sent.
    const missed = await queueFor(london, new Date("2026-07-20T23:00:00.000Z"));
    await db().updateTable("notifications").set({ created_at: "2026-07-20T19:05:00.000Z" }).where("id", "=", missed).execute();
    expect(await claimAt("2026-07-21T01:00:00.000Z")).toEqual([]);
    expect(await row(missed)).toMatchObject({ last_error: "sms-expired", recipient: "", body: "" });
  });
});
