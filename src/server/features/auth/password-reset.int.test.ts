/**
 * "Forgot your password?" over HTTP on both databases (issue 7): the same answer whether or not
 * the email has an account, a link through the outbox (hash stored, an hour, once), the strength
 * rules, every session ended, two-factor sign-in still asked, and requests limited.
 */
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { TestClient } from "../../http/test-app.ts";
import { sha256Hex } from "../../shared/tokens.ts";
import { addStaff, testClock } from "../../shared/test-support.ts";
import { deliverNotification } from "../notifications/delivery.ts";
import type { DeliverableMessage } from "../notifications/transports.ts";
import { RESET_LINK_INVALID_MESSAGE, RESET_LINK_LIFETIME_MS } from "./password-reset.ts";
import { RESET_REQUEST_LIMIT } from "./reset-request-limit.ts";
import { enrolOverHttp, totpCode } from "./two-factor-test-support.ts";

const NEW_PASSWORD = "lantern-kettle-meadow-4";

describe.each(testDatabaseKinds())("password reset on %s", (kind) => {
  const clock = testClock("2026-07-20T10:00:00.000Z");
  const env = httpWorld(kind, clock);

  /** Delivers every waiting message through a transport that keeps them; the messages sent. */
  async function deliverAll(): Promise<DeliverableMessage[]> {
    const sent: DeliverableMessage[] = [];
    const waiting = await env.t.db.selectFrom("notifications").select("id").where("sent_at", "is", null).execute();
    for (const { id } of waiting) await deliverNotification(env.world.deps, { email: { send: async (message) => void sent.push(message) } }, id);
    return sent;
  }
  const tokenIn = (message: DeliverableMessage) => message.body.match(/\/reset-password\/([A-Za-z0-9_-]{43})/)?.[1] ?? "";
  const ask = (email: string) => new TestClient(env.http.app).post("/api/auth/password-reset", { email }, { headers: { host: "localhost" } });

  it("answers the same for an email with an account and one without, and sends a link only to the account", async () => {
    const member = await addStaff(env.world.deps, env.world.a.clinicId, "clinician");
    const known = await ask(member.email.toUpperCase());
    const unknown = await ask("nobody.at.all@example.test");
    expect([known.statusCode, unknown.statusCode]).toEqual([200, 200]);
    expect(known.body).toBe(unknown.body);
    const sent = await deliverAll();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ recipient: member.email, subject: "Reset your Cephalog password" });
    expect(sent[0]?.body).toMatch(/^Hello Staff clinician,/);
    const token = tokenIn(sent[0]!);
    expect(sent[0]?.body).toContain(`http://localhost/reset-password/${token}`);
    // Only the hash is kept, and the message is emptied once delivered.
    expect(await env.t.db.selectFrom("password_reset_tokens").select("token_hash").where("user_id", "=", member.userId).execute()).toEqual([{ token_hash: sha256Hex(token) }]);
    const stored = await env.t.db.selectFrom("notifications").select(["recipient", "subject", "body", "sent_at"]).execute();
    expect(stored.every((row) => row.recipient === "" && row.body === "" && row.subject === "" && row.sent_at !== null)).toBe(true);
  });

  it("sets a new password once (strength rules beside the field), ends every session, and signs no one in", async () => {
    const member = await addStaff(env.world.deps, env.world.a.clinicId, "clinician");
    const laptop = await signedIn(env.http, member);
    await ask(member.email);
    const token = tokenIn((await deliverAll())[0]!);
    const page = new TestClient(env.http.app);
    expect((await page.get(`/api/auth/password-reset/${token}`)).json()).toEqual({ expiresAt: new Date(clock().getTime() + RESET_LINK_LIFETIME_MS).toISOString() });
    const weak = await page.post(`/api/auth/password-reset/${token}`, { newPassword: "password123" });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.issues[0]).toMatchObject({ path: "newPassword" });
    const done = await page.post(`/api/auth/password-reset/${token}`, { newPassword: NEW_PASSWORD });
    expect(done.statusCode).toBe(200);
    expect(done.cookies.find((cookie) => cookie.name === "cephalog_session")).toBeUndefined();
    expect((await laptop.get("/api/me")).statusCode).toBe(401);
    await expect(new TestClient(env.http.app).login(member.email, member.password)).rejects.toThrow(/401/);
    await new TestClient(env.http.app).login(member.email, NEW_PASSWORD);
    // Used: the link is dead.
    const again = await page.post(`/api/auth/password-reset/${token}`, { newPassword: "another-lantern-kettle-5" });
    expect(again.statusCode).toBe(410);
    expect(again.json().error).toMatchObject({ code: "link_invalid", message: RESET_LINK_INVALID_MESSAGE });
    expect((await page.get(`/api/auth/password-reset/${token}`)).statusCode).toBe(410);
  });

  it("lets a link expire after an hour, and a newer link replace an older one", async () => {
    const member = await addStaff(env.world.deps, env.world.a.clinicId, "coordinator");
    await ask(member.email);
    const first = tokenIn((await deliverAll())[0]!);
    await ask(member.email);
    const second = tokenIn((await deliverAll())[0]!);
    expect((await new TestClient(env.http.app).get(`/api/auth/password-reset/${first}`)).statusCode).toBe(410);
    expect((await new TestClient(env.http.app).get(`/api/auth/password-reset/${second}`)).statusCode).toBe(200);
    clock.advance(RESET_LINK_LIFETIME_MS);
    expect((await new TestClient(env.http.app).post(`/api/auth/password-reset/${second}`, { newPassword: NEW_PASSWORD })).json().error.code).toBe("link_invalid");
  });

  it("does not bypass two-factor sign-in: the code is still asked after a reset", async () => {
    const member = await addStaff(env.world.deps, env.world.a.clinicId, "injector");
    const { secret } = await enrolOverHttp(await signedIn(env.http, member), clock);
    clock.advance(60_000);
    await ask(member.email);
    const token = tokenIn((await deliverAll())[0]!);
    expect((await new TestClient(env.http.app).post(`/api/auth/password-reset/${token}`, { newPassword: NEW_PASSWORD })).statusCode).toBe(200);
    const browser = new TestClient(env.http.app);
    const step = await browser.post("/api/auth/login", { email: member.email, password: NEW_PASSWORD });
    expect(step.json()).toMatchObject({ twoFactor: "code-needed" });
    expect((await browser.post("/api/auth/login/code", { pendingToken: step.json().pendingToken, code: await totpCode(secret, clock()) })).statusCode).toBe(200);
  });

  it("limits requests per email, whether or not it has an account, telling nothing by it", async () => {
    clock.advance(RESET_REQUEST_LIMIT.windowMs + 1);
    for (const email of ["limit.nobody@example.test", (await addStaff(env.world.deps, env.world.a.clinicId, "clinician")).email]) {
      for (let i = 0; i < RESET_REQUEST_LIMIT.perEmail; i += 1) expect((await ask(email)).statusCode).toBe(200);
      const limited = await ask(email);
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.message).toBe("Too many password reset requests. Wait 15 minutes and try again.");
    }
    await deliverAll();
  });

  it("refuses a malformed email naming the field, and needs PUBLIC_URL for a visitor from elsewhere (no Host trusted)", async () => {
    const bad = await ask("not an email");
    expect(bad.json().error.details.issues[0]).toMatchObject({ path: "email" });
    const remote = await new TestClient(env.http.app).post("/api/auth/password-reset", { email: "someone@example.test" }, { headers: { host: "evil.example" } });
    expect(remote.statusCode).toBe(409);
  });
});
