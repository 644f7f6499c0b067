/**
 * Web push against a local HTTP endpoint standing in for a browser's push service, on both
 * databases (issue 8): the request is what RFC 8030/8291/8292 ask (aes128gcm that the device's
 * keys decrypt to the alert's words and link, a VAPID token signed by the server's key for the
 * endpoint's origin, a TTL, the row's id as topic); a push service that is down (503) loses
 * nothing and sends nothing twice; a device the service says is gone (410) is forgotten. The VAPID
 * key pair is made once and shared by every app server.
 */
import { createDecipheriv, createECDH, hkdfSync, randomBytes, verify, type ECDH } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres } from "../../db/postgres.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { jobHandlers } from "../../jobs/handlers.ts";
import { createWorker } from "../../jobs/worker.ts";
import { silentLog } from "../../shared/deps.ts";
import { addStaff, makeClinic, testClock, testDeps, type TestClock } from "../../shared/test-support.ts";
import { notifyClinicStaff } from "./notify-staff.ts";
import { upsertSubscription } from "./push-subscriptions-repository.ts";
import { ensureVapidKeys } from "./vapid-keys.ts";
import { PUSH_TTL_SECONDS, webPushTransport } from "./web-push-transport.ts";

interface PushRequest {
  readonly path: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: Buffer;
}

/** The local push service: answers each request with the next status of `statuses` (then 201), keeping what it got. */
async function startPushService(): Promise<{ url: string; requests: PushRequest[]; statuses: number[]; close: () => Promise<void> }> {
  const requests: PushRequest[] = [];
  const statuses: number[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      requests.push({ path: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks) });
      response.statusCode = statuses.shift() ?? 201;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, statuses, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A browser's side of a subscription: its P-256 key pair and auth secret. */
function deviceKeys(): { ecdh: ECDH; p256dh: string; auth: Buffer } {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return { ecdh, p256dh: ecdh.getPublicKey().toString("base64url"), auth: randomBytes(16) };
}

/** Decrypts an aes128gcm push body as the browser does (RFC 8291 section 3.4, RFC 8188). */
function decrypt(body: Buffer, device: { ecdh: ECDH; auth: Buffer }): string {
  const salt = body.subarray(0, 16);
  const idLength = body.readUInt8(20);
  const serverPublic = body.subarray(21, 21 + idLength);
  const cipherText = body.subarray(21 + idLength);
  const shared = device.ecdh.computeSecret(serverPublic);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), device.ecdh.getPublicKey(), serverPublic]);
  const ikm = Buffer.from(hkdfSync("sha256", shared, device.auth, keyInfo, 32));
  const key = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
  const decipher = createDecipheriv("aes-128-gcm", key, nonce);
  decipher.setAuthTag(cipherText.subarray(cipherText.length - 16));
  const padded = Buffer.concat([decipher.update(cipherText.subarray(0, cipherText.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02, then any padding zeros.
  return padded.subarray(0, padded.lastIndexOf(2)).toString("utf8");
}

/** Checks the VAPID token (an ES256 JWT) against the public key it names; answers its claims. */
function vapidClaims(authorization: string): { aud: string; sub: string; exp: number; k: string } {
  const match = /^vapid t=([^,]+), k=(.+)$/.exec(authorization);
  if (match === null) throw new Error("not a VAPID authorization");
  const [, token = "", k = ""] = match;
  const [header = "", claims = "", signature = ""] = token.split(".");
  const point = Buffer.from(k, "base64url");
  const jwk = { kty: "EC", crv: "P-256", x: point.subarray(1, 33).toString("base64url"), y: point.subarray(33, 65).toString("base64url") };
  const valid = verify("sha256", Buffer.from(`${header}.${claims}`), { key: jwk, format: "jwk", dsaEncoding: "ieee-p1363" }, Buffer.from(signature, "base64url"));
  if (!valid) throw new Error("the VAPID signature does not verify");
  return { ...(JSON.parse(Buffer.from(claims, "base64url").toString("utf8")) as { aud: string; sub: string; exp: number }), k };
}

describe.each(testDatabaseKinds())("web push to a local push service on %s", (kind) => {
  let t: TestDatabase;
  let push: Awaited<ReturnType<typeof startPushService>>;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    push = await startPushService();
  });
  afterAll(async () => {
    await push.close();
    await t.close();
  });

  const workerAt = (clock: TestClock) => createWorker({ db: t.db, clock, log: silentLog, handlers: jobHandlers(testDeps(t.db, clock), { "web-push": webPushTransport({ subject: "mailto:alerts@clinic.example.org" }) }) });
  const pushRows = (clinicId: string) => t.db.selectFrom("notifications").selectAll().where("for_clinic_id", "=", clinicId).where("channel", "=", "web-push").execute();

  it("makes the VAPID key pair once, the same for every app server", async () => {
    const second = t.url === null ? t.db : openPostgres(t.url);
    try {
      const now = new Date("2026-07-20T09:00:00Z");
      const [a, b] = await Promise.all([ensureVapidKeys(t.db, now), ensureVapidKeys(second, now)]);
      expect(a).toEqual(b);
      expect(await ensureVapidKeys(second, new Date())).toEqual(a);
      expect(Buffer.from(a.publicKey, "base64url")).toHaveLength(65);
      expect(await t.db.selectFrom("web_push_keys").select("id").execute()).toHaveLength(1);
    } finally {
      if (second !== t.db) await second.destroy();
    }
  });

  it("sends an encrypted, signed push the device decrypts; retries while the service is down and sends it once", async () => {
    const clock = testClock("2026-07-20T10:00:00Z");
    const deps = testDeps(t.db, clock);
    const clinic = await makeClinic(deps, "clinician", "Push Clinic");
    const device = deviceKeys();
    const deviceId = await upsertSubscription(t.db, { id: uuidv7(), userId: clinic.staff.userId, endpoint: `${push.url}/push/device-1`, p256dh: device.p256dh, auth: device.auth.toString("base64url"), label: "Test phone", createdAt: clock().toISOString() });
    const link = `/clinic/${clinic.clinicId}/side-effects/r1`;
    await t.db.transaction().execute((tx) => notifyClinicStaff(tx, { clinicId: clinic.clinicId, permission: "clinical.write", kind: "side-effect.red", subject: "A red side-effect report needs review", body: "Open Cephalog to see it.", link, now: clock() }));
    const [queued] = await pushRows(clinic.clinicId);
    if (queued === undefined) throw new Error("no push row was queued");

    push.statuses.push(503);
    const before = push.requests.length;
    const worker = workerAt(clock);
    while (await worker.runOnce());
    expect(push.requests.length - before).toBe(1);
    expect((await pushRows(clinic.clinicId))[0]).toMatchObject({ attempts: 1, last_error: "push-503", sent_at: null, failed_at: null, next_attempt_at: "2026-07-20T10:00:30.000Z" });
    expect(await t.db.selectFrom("push_subscriptions").select(["last_error", "last_failure_at", "last_success_at"]).where("id", "=", deviceId).executeTakeFirst()).toEqual({ last_error: "push-503", last_failure_at: "2026-07-20T10:00:00.000Z", last_success_at: null });

    clock.advance(30_000);
    while (await worker.runOnce());
    clock.advance(24 * 60 * 60_000);
    while (await worker.runOnce());
    const requests = push.requests.slice(before);
    expect(requests).toHaveLength(2);
    const delivered = requests[1];
    if (delivered === undefined) throw new Error("no second request");
    expect(delivered.path).toBe("/push/device-1");
    expect(delivered.headers).toMatchObject({ "content-encoding": "aes128gcm", "content-type": "application/octet-stream", ttl: String(PUSH_TTL_SECONDS), urgency: "high", topic: queued.id.replaceAll("-", "") });
    expect(JSON.parse(decrypt(delivered.body, device))).toEqual({ id: queued.id, title: "A red side-effect report needs review", body: "Open Cephalog to see it.", link });
    const claims = vapidClaims(String(delivered.headers.authorization));
    const keys = await ensureVapidKeys(t.db, clock());
    expect(claims).toMatchObject({ aud: push.url, sub: "mailto:alerts@clinic.example.org", k: keys.publicKey });
    // The payload never travels in the clear: the body holds none of the words.
    expect(delivered.body.includes(Buffer.from("side-effect"))).toBe(false);
    expect((await pushRows(clinic.clinicId))[0]).toMatchObject({ attempts: 2, sent_at: "2026-07-20T10:00:30.000Z", subject: "", body: "" });
    expect(await t.db.selectFrom("push_subscriptions").select(["last_success_at"]).where("id", "=", deviceId).executeTakeFirst()).toEqual({ last_success_at: "2026-07-20T10:00:30.000Z" });
  });

  it("forgets a device the push service says is gone (410), giving its row up", async () => {
    const clock = testClock("2026-07-21T10:00:00Z");
    const deps = testDeps(t.db, clock);
    const clinic = await makeClinic(deps, "clinician", "Gone Clinic");
    const other = await addStaff(deps, clinic.clinicId, "clinician");
    const device = deviceKeys();
    const gone = await upsertSubscription(t.db, { id: uuidv7(), userId: clinic.staff.userId, endpoint: `${push.url}/push/gone`, p256dh: device.p256dh, auth: device.auth.toString("base64url"), label: "Old phone", createdAt: clock().toISOString() });
    await upsertSubscription(t.db, { id: uuidv7(), userId: other.userId, endpoint: `${push.url}/push/kept`, p256dh: device.p256dh, auth: device.auth.toString("base64url"), label: "Phone", createdAt: clock().toISOString() });
    await t.db.transaction().execute((tx) => notifyClinicStaff(tx, { clinicId: clinic.clinicId, permission: "clinical.write", kind: "side-effect.red", subject: "s", body: "b", link: "/", now: clock() }));
    const worker = workerAt(clock);
    push.statuses.push(410);
    while (await worker.runOnce());
    const rows = await pushRows(clinic.clinicId);
    expect(rows.map((row) => [row.subscription_id === gone, row.last_error, row.failed_at !== null, row.sent_at !== null]).sort()).toEqual([
      [false, null, false, true],
      [true, "push-410", true, false],
    ]);
    expect(await t.db.selectFrom("push_subscriptions").select("id").where("id", "=", gone).execute()).toEqual([]);
  });
});
