/**
 * The SMS gateway's drain of the outbox (issue 9 §6, ADR 0022) on both databases: 404 on a server
 * without SMS_GATEWAY_TOKEN; 401 in the error shape without the token, with a wrong one, or with a
 * session cookie instead, before any validation; a claim hands out sms rows only, oldest first, up
 * to its limit, never the same row to two claims at once, again once its lease ran out, each with
 * its claim's token; sent empties a row; failed follows the outbox's retry and give-up rules; a
 * report from a claim that no longer holds the message is a conflict and the current claim's
 * report wins; a reason holding a phone number however separated is refused; a row waiting a day
 * is given up. (Quiet hours and send_by: sms-outbox-timeliness.int.test.ts; the token's refusals
 * counted and logged: sms-gateway-token.int.test.ts.)
 */
import { beforeEach, describe, expect, it } from "vitest";
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
  // Every test starts at 20:05 in London, outside the patients' quiet hours (22:00 to 08:00 by default).
  beforeEach(() => clock.set(NOW));

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
  /** The claim token a claim gave for a message. */
  const tokenOf = (one: SmsClaim, id: string): string => {
    const message = one.messages.find((each) => each.id === id);
    if (message === undefined) throw new Error("not in this claim");
    return message.claim;
  };
  const sent = (id: string, claimToken: string) => post(`/api/sms-outbox/${id}/sent`, { claim: claimToken });
  const failed = (id: string, claimToken: string, body: { reason: string; permanent?: boolean }) => post(`/api/sms-outbox/${id}/failed`, { claim: claimToken, ...body });
  const row = (id: string) => db().selectFrom("notifications").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const codeOf = (response: { json(): unknown }) => errorBodySchema.parse(response.json()).error.code;

  it("answers 404 on a server without an SMS gateway, whatever is sent", async () => {
    const bare = await testApp(env.t.db, { clock });
    try {
      const claimBody = { claim: "some-claim-token-000000" };
      for (const [url, body] of [["/api/sms-outbox/claim", { limit: 5 }], [`/api/sms-outbox/${await queue("sms")}/sent`, claimBody], ["/api/sms-outbox/0193a000-0000-7000-8000-000000000001/failed", { ...claimBody, reason: "x" }], ["/api/sms-outbox/0193a000-0000-7000-8000-000000000001/sent", undefined]] as const) {
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
    for (const [index, headers] of attempts.entries()) {
      for (const [url, body] of [["/api/sms-outbox/claim", { limit: 5 }], ["/api/sms-outbox/claim", { limit: "lots" }], ["/api/sms-outbox/not-an-id/sent", undefined]] as const) {
        // Each variant from its own address, under the refusals' limit (sms-gateway-token.int.test.ts).
        const response = await env.http.app.inject({ method: "POST", url, headers, remoteAddress: `198.51.100.${index + 1}`, ...(body === undefined ? {} : { payload: body }) });
        expect(response.statusCode, `${JSON.stringify(headers)} ${url}`).toBe(401);
        expect(codeOf(response)).toBe("unauthenticated");
        expect(response.body).not.toContain(TOKEN);
      }
    }
    // A signed-in administrator's cookie opens nothing here.
    const admin = await env.clinician.request({ method: "POST", url: "/api/sms-outbox/claim", payload: { limit: 5 } as never, remoteAddress: "198.51.100.99" });
    expect(admin.statusCode).toBe(401);
    // Nothing was handed out meanwhile.
    expect((await claim(10)).messages).toHaveLength(1);
  });

  it("hands out text messages only, oldest first, up to the limit, each once while its lease holds, with its claim's token", async () => {
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
      { id: first, claim: expect.stringMatching(/^[A-Za-z0-9_-]{16,64}$/), to: NUMBER, text: "first" },
      { id: second, claim: tokenOf(two, first), to: NUMBER, text: "second" },
    ]);
    const rest = await claim(100);
    expect(rest.messages.map((message) => message.id)).toEqual([third]);
    // Every claim has its own token; the row holds it.
    expect(tokenOf(rest, third)).not.toBe(tokenOf(two, first));
    expect((await row(third)).claimed_by).toBe(tokenOf(rest, third));
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
    expect(new Set(claims.filter((one) => one.messages.length > 0).map((one) => one.messages[0]?.claim)).size).toBe(claims.filter((one) => one.messages.length > 0).length);
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

  it("refuses a late report from a worker whose lease ran out and whose message another claimed: the current claim's report wins", async () => {
    await emptySmsOutbox();
    const id = await queue("sms");
    const a = tokenOf(await claim(5), id);
    clock.advance(SMS_LEASE_MS + 1000);
    const b = tokenOf(await claim(5), id);
    expect(b).not.toBe(a);

    // A's late failure would release B's lease and hand the text out a third time: refused.
    const late = await failed(id, a, { reason: "provider-timeout" });
    expect(late.statusCode).toBe(409);
    expect(errorBodySchema.parse(late.json()).error).toMatchObject({ code: "conflict", details: { field: "claim" } });
    expect(await row(id)).toMatchObject({ claimed_by: b, sent_at: null, failed_at: null, last_error: null, attempts: 2 });
    expect((await claim(5)).messages).toEqual([]);
    expect((await sent(id, a)).statusCode).toBe(409);

    // B's report counts; A's after it changes nothing.
    expect((await sent(id, b)).statusCode).toBe(200);
    expect((await row(id)).sent_at).not.toBeNull();
    expect((await failed(id, a, { reason: "provider-timeout" })).statusCode).toBe(409);
    expect((await row(id)).last_error).toBeNull();

    // A worker whose lease ran out while nobody claimed the message since: its report still counts (it went out).
    const lone = await queue("sms");
    const c = tokenOf(await claim(5), lone);
    clock.advance(SMS_LEASE_MS + 1000);
    expect((await sent(lone, c)).statusCode).toBe(200);
    expect((await row(lone)).sent_at).not.toBeNull();

    // Without a claim, or with a made-up one, nothing is reported.
    const other = await queue("sms");
    await claim(5);
    expect((await post(`/api/sms-outbox/${other}/sent`, undefined)).statusCode).toBe(400);
    expect((await post(`/api/sms-outbox/${other}/sent`, {})).statusCode).toBe(400);
    expect((await sent(other, "made-up-claim-token-0000")).statusCode).toBe(409);
    expect((await row(other)).sent_at).toBeNull();
  });

  it("marks a message sent and empties it; again is fine; an unknown id is 404; a failure after it a conflict", async () => {
    await emptySmsOutbox();
    const id = await queue("sms");
    const token = tokenOf(await claim(5), id);
    expect((await sent(id, token)).statusCode).toBe(200);
    const done = await row(id);
    expect(done.sent_at).not.toBeNull();
    expect([done.recipient, done.body, done.claimed_at]).toEqual(["", "", null]);
    expect((await sent(id, token)).statusCode).toBe(200);
    expect((await claim(5)).messages).toEqual([]);

    const failedAfter = await failed(id, token, { reason: "provider-timeout" });
    expect(failedAfter.statusCode).toBe(409);
    expect(codeOf(failedAfter)).toBe("conflict");
    const unknown = await sent("0193a000-0000-7000-8000-0000000000ff", token);
    expect(unknown.statusCode).toBe(404);
    // An email row is not the gateway's to mark.
    expect((await sent(await queue("email"), token)).statusCode).toBe(404);

    // The administrators' outbox shows the channel, never the number.
    const state = outboxStateSchema.parse(await clinicOutboxState(env.world.deps, env.world.a.clinicId));
    expect(state.counts).toContainEqual({ channel: "sms", state: "sent", count: expect.any(Number) });
    expect(JSON.stringify(state)).not.toContain(NUMBER);
  });

  it("retries a failed message with the outbox's backoff, gives it up when the gateway says it is for good, and keeps the code only", async () => {
    await emptySmsOutbox();
    const id = await queue("sms");
    const unclaimed = await failed(id, "never-claimed-token-000", { reason: "provider-timeout" });
    expect(unclaimed.statusCode).toBe(409);
    const first = tokenOf(await claim(5), id);
    expect((await failed(id, first, { reason: "provider-timeout" })).statusCode).toBe(200);
    const retry = await row(id);
    expect(retry.last_error).toBe("sms-provider-timeout");
    expect(retry.claimed_at).toBeNull();
    expect(retry.failed_at).toBeNull();
    expect(retry.next_attempt_at).toBe(new Date(clock().getTime() + retryDelayMs(1)).toISOString());
    // That claim is over: the same worker's report again is refused, not counted twice.
    expect((await failed(id, first, { reason: "provider-timeout" })).statusCode).toBe(409);
    expect((await claim(5)).messages).toEqual([]);
    clock.advance(retryDelayMs(1) + 1);
    const second = tokenOf(await claim(5), id);

    // A reason is a short code: no spaces, and never a phone number, however its digits are separated.
    for (const reason of ["", "has space", "invalid-447700900123", "x".repeat(41), "44.7700.900.123", "447-700-900-123", "n4-4_7.7-0_0.9", "1234567"]) {
      const bad = await failed(id, second, { reason });
      expect(bad.statusCode, reason).toBe(400);
      expect(errorBodySchema.parse(bad.json()).error.details?.issues?.map((issue) => issue.path)).toEqual(["reason"]);
    }
    expect((await failed(id, second, { reason: "30003", permanent: true })).statusCode).toBe(200);
    const given = await row(id);
    expect(given.failed_at).not.toBeNull();
    expect([given.last_error, given.recipient, given.body]).toEqual(["sms-30003", "", ""]);
    // Given up stays given up: a late report from that claim changes nothing; a late "sent" is a conflict.
    expect((await failed(id, second, { reason: "again" })).statusCode).toBe(200);
    expect((await sent(id, second)).statusCode).toBe(409);
    clock.advance(retryDelayMs(30));
    expect((await claim(5)).messages).toEqual([]);
  });

  it("keeps a six-digit provider code", async () => {
    await emptySmsOutbox();
    const id = await queue("sms");
    const token = tokenOf(await claim(5), id);
    expect((await failed(id, token, { reason: "err.21.6114", permanent: true })).statusCode).toBe(200);
    expect((await row(id)).last_error).toBe("sms-err-21-6114");
  });

  it("gives up the last attempt, and a message that waited a day", async () => {
    await emptySmsOutbox();
    const tired = await queue("sms");
    await db().updateTable("notifications").set({ attempts: 23 }).where("id", "=", tired).execute();
    const token = tokenOf(await claim(5), tired);
    expect((await failed(tired, token, { reason: "provider-timeout" })).statusCode).toBe(200);
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
