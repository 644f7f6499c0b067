/**
 * The SMS gateway's drain of the outbox (issue 9 §6, ADR 0022) on both databases: 404 on a server
 * without SMS_GATEWAY_TOKEN; 401 in the error shape without the token, with a wrong one, or with a
 * session cookie instead, before any validation; a claim hands out sms rows only, oldest first, up
 * to its limit, never the same row to two claims at once, again once its lease ran out; sent
 * empties a row; failed follows the outbox's retry and give-up rules; a row waiting a day is
 * given up.
 */
import { describe, expect, it } from "vitest";
import { errorBodySchema } from "#contracts/api/errors.ts";
import { outboxStateSchema } from "#contracts/api/notifications.ts";
import type { SmsClaim } from "#contracts/api/sms-outbox.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { testApp } from "../../http/test-app.ts";
import { testClock } from "../../shared/test-support.ts";
import { retryDelayMs } from "./delivery-failure.ts";
import { queueNotification, type NotificationChannel } from "./outbox.ts";
import { clinicOutboxState } from "./outbox-state.ts";
import { SMS_LEASE_MS } from "./sms-outbox.ts";

const NOW = "2026-07-20T19:05:00.000Z";
const TOKEN = "sms-gateway-token-for-tests-0123456789abcdef";
const NUMBER = "+447700900123";
const BEARER = { authorization: `Bearer ${TOKEN}` };

describe.each(testDatabaseKinds())("the SMS outbox on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock, { smsGatewayToken: TOKEN });
  const db = () => env.world.deps.db;

  /** Queues a message of `channel` for clinic A's patient, one millisecond after the last, like the reminder job does. */
  async function queue(channel: NotificationChannel, text = "Time for today's diary: https://cephalog.example.org/today"): Promise<string> {
    clock.advance(1);
    const recipient = channel === "sms" ? NUMBER : channel === "email" ? "ann@example.test" : "";
    return db().transaction().execute((tx) => queueNotification(tx, { channel, kind: "reminder.diary", recipient, subject: "How was today?", body: text, link: "/today", userId: env.world.ann.userId, clinicId: env.world.a.clinicId }, clock()));
  }

  /** Each test starts from an outbox without waiting text messages. */
  async function emptySmsOutbox() {
    await db().updateTable("notifications").set({ sent_at: clock().toISOString(), recipient: "", body: "" }).where("channel", "=", "sms").where("sent_at", "is", null).where("failed_at", "is", null).execute();
  }

  const post = (url: string, payload: unknown, headers: Record<string, string> = BEARER) => env.http.app.inject({ method: "POST", url, payload: payload as string, headers });
  const claim = async (limit: number): Promise<SmsClaim> => {
    const response = await post("/api/sms-outbox/claim", { limit });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const row = (id: string) => db().selectFrom("notifications").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const codeOf = (response: { json(): unknown }) => errorBodySchema.parse(response.json()).error.code;

  it("answers 404 on a server without an SMS gateway, whatever is sent", async () => {
    const bare = await testApp(env.t.db, { clock });
    try {
      for (const [url, body] of [["/api/sms-outbox/claim", { limit: 5 }], [`/api/sms-outbox/${await queue("sms")}/sent`, undefined], ["/api/sms-outbox/0193a000-0000-7000-8000-000000000001/failed", { reason: "x" }]] as const) {
        const response = await bare.app.inject({ method: "POST", url, headers: BEARER, ...(body === undefined ? {} : { payload: body }) });
        expect(response.statusCode, url).toBe(404);
        expect(codeOf(response)).toBe("not_found");
      }
      const reminders = await signedIn(bare, env.world.ann);
      expect((await reminders.get("/api/me/reminders")).json()).toMatchObject({ smsAvailable: false });
    } finally {
      await bare.close();
    }
  });

  it("answers 401 without the token, with a wrong one, or with a session instead, before looking at the body", async () => {
    await emptySmsOutbox();
    await queue("sms");
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer wrong-token" }, { authorization: `Bearer ${TOKEN}x` }, { authorization: `Basic ${Buffer.from(`gateway:${TOKEN}`).toString("base64")}` }, { authorization: TOKEN }];
    for (const headers of attempts) {
      for (const [url, body] of [["/api/sms-outbox/claim", { limit: 5 }], ["/api/sms-outbox/claim", { limit: "lots" }], ["/api/sms-outbox/not-an-id/sent", undefined]] as const) {
        const response = await post(url, body, headers);
        expect(response.statusCode, `${JSON.stringify(headers)} ${url}`).toBe(401);
        expect(codeOf(response)).toBe("unauthenticated");
        expect(response.body).not.toContain(TOKEN);
      }
    }
    // A signed-in administrator's cookie opens nothing here.
    const admin = await env.clinician.request({ method: "POST", url: "/api/sms-outbox/claim", payload: { limit: 5 } as never });
    expect(admin.statusCode).toBe(401);
    // Nothing was handed out meanwhile.
    expect((await claim(10)).messages).toHaveLength(1);
  });

  it("hands out text messages only, oldest first, up to the limit, each once while its lease holds", async () => {
    await emptySmsOutbox();
    const first = await queue("sms", "first");
    await queue("email");
    await queue("in-app");
    const second = await queue("sms", "second");
    const third = await queue("sms", "third");
    await queue("web-push");

    const two = await claim(2);
    expect(two.leaseSeconds).toBe(SMS_LEASE_MS / 1000);
    expect(two.messages).toEqual([
      { id: first, to: NUMBER, text: "first" },
      { id: second, to: NUMBER, text: "second" },
    ]);
    expect((await claim(100)).messages.map((message) => message.id)).toEqual([third]);
    expect((await claim(100)).messages).toEqual([]);
    expect((await row(first)).attempts).toBe(1);

    for (const limit of [0, 101, 1.5]) {
      const bad = await post("/api/sms-outbox/claim", { limit });
      expect(bad.statusCode).toBe(400);
      expect(errorBodySchema.parse(bad.json()).error.details?.issues?.map((issue) => issue.path)).toEqual(["limit"]);
    }
    expect((await post("/api/sms-outbox/claim", { limit: 1, extra: true })).statusCode).toBe(400);
  });

  it("never hands the same message to two gateway workers claiming at once", async () => {
    await emptySmsOutbox();
    const queued: string[] = [];
    for (let index = 0; index < 30; index += 1) queued.push(await queue("sms", `message ${index}`));
    const claims = await Promise.all([claim(10), claim(10), claim(10), claim(10)]);
    const ids = claims.flatMap((one) => one.messages.map((message) => message.id));
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    expect([...ids].sort()).toEqual([...queued].sort());
  });

  it("hands a message out again once its lease ran out unacknowledged", async () => {
    await emptySmsOutbox();
    const id = await queue("sms");
    expect((await claim(5)).messages.map((message) => message.id)).toEqual([id]);
    clock.advance(SMS_LEASE_MS - 1000);
    expect((await claim(5)).messages).toEqual([]);
    clock.advance(2000);
    expect((await claim(5)).messages.map((message) => message.id)).toEqual([id]);
    expect((await row(id)).attempts).toBe(2);
  });

  it("marks a message sent and empties it; again is fine; an unknown id is 404; a failure after it a conflict", async () => {
    await emptySmsOutbox();
    const id = await queue("sms");
    await claim(5);
    expect((await post(`/api/sms-outbox/${id}/sent`, undefined)).statusCode).toBe(200);
    const sent = await row(id);
    expect(sent.sent_at).not.toBeNull();
    expect([sent.recipient, sent.body, sent.claimed_by]).toEqual(["", "", null]);
    expect((await post(`/api/sms-outbox/${id}/sent`, undefined)).statusCode).toBe(200);
    expect((await claim(5)).messages).toEqual([]);

    const failedAfter = await post(`/api/sms-outbox/${id}/failed`, { reason: "provider-timeout" });
    expect(failedAfter.statusCode).toBe(409);
    expect(codeOf(failedAfter)).toBe("conflict");
    const unknown = await post("/api/sms-outbox/0193a000-0000-7000-8000-0000000000ff/sent", undefined);
    expect(unknown.statusCode).toBe(404);
    // An email row is not the gateway's to mark.
    expect((await post(`/api/sms-outbox/${await queue("email")}/sent`, undefined)).statusCode).toBe(404);

    // The administrators' outbox shows the channel, never the number.
    const state = outboxStateSchema.parse(await clinicOutboxState(env.world.deps, env.world.a.clinicId));
    expect(state.counts).toContainEqual({ channel: "sms", state: "sent", count: expect.any(Number) });
    expect(JSON.stringify(state)).not.toContain(NUMBER);
  });

  it("retries a failed message with the outbox's backoff, gives it up when the gateway says it is for good, and keeps the code only", async () => {
    await emptySmsOutbox();
    const id = await queue("sms");
    const unclaimed = await post(`/api/sms-outbox/${id}/failed`, { reason: "provider-timeout" });
    expect(unclaimed.statusCode).toBe(409);
    await claim(5);
    expect((await post(`/api/sms-outbox/${id}/failed`, { reason: "provider-timeout" })).statusCode).toBe(200);
    const retry = await row(id);
    expect(retry.last_error).toBe("sms-provider-timeout");
    expect(retry.claimed_at).toBeNull();
    expect(retry.failed_at).toBeNull();
    expect(retry.next_attempt_at).toBe(new Date(clock().getTime() + retryDelayMs(1)).toISOString());
    expect((await claim(5)).messages).toEqual([]);
    clock.advance(retryDelayMs(1) + 1);
    expect((await claim(5)).messages.map((message) => message.id)).toEqual([id]);

    for (const reason of ["", "has space", "invalid-447700900123", "x".repeat(41)]) {
      const bad = await post(`/api/sms-outbox/${id}/failed`, { reason });
      expect(bad.statusCode, reason).toBe(400);
      expect(errorBodySchema.parse(bad.json()).error.details?.issues?.map((issue) => issue.path)).toEqual(["reason"]);
    }
    expect((await post(`/api/sms-outbox/${id}/failed`, { reason: "30003", permanent: true })).statusCode).toBe(200);
    const given = await row(id);
    expect(given.failed_at).not.toBeNull();
    expect([given.last_error, given.recipient, given.body]).toEqual(["sms-30003", "", ""]);
    // Given up stays given up: a late report changes nothing; a late "sent" is a conflict.
    expect((await post(`/api/sms-outbox/${id}/failed`, { reason: "again" })).statusCode).toBe(200);
    expect((await post(`/api/sms-outbox/${id}/sent`, undefined)).statusCode).toBe(409);
    clock.advance(retryDelayMs(30));
    expect((await claim(5)).messages).toEqual([]);
  });

  it("gives up the last attempt, and a message that waited a day", async () => {
    await emptySmsOutbox();
    const tired = await queue("sms");
    await db().updateTable("notifications").set({ attempts: 23 }).where("id", "=", tired).execute();
    await claim(5);
    expect((await post(`/api/sms-outbox/${tired}/failed`, { reason: "provider-timeout" })).statusCode).toBe(200);
    expect((await row(tired)).failed_at).not.toBeNull();

    const late = await queue("sms");
    clock.advance(24 * 60 * 60_000 + 1000);
    const fresh = await queue("sms");
    expect((await claim(5)).messages.map((message) => message.id)).toEqual([fresh]);
    const expired = await row(late);
    expect([expired.last_error, expired.recipient, expired.body]).toEqual(["sms-expired", "", ""]);
    expect(expired.failed_at).not.toBeNull();
  });
});
