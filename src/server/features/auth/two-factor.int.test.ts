/**
 * Two-factor sign-in over HTTP on both databases (issue 7): enrolment confirmed by a first code,
 * recovery codes shown once and used once, the two-step sign-in (no session from the password
 * alone), a code never taken twice, wrong codes counted toward the sign-in limit, turning it off
 * with the password and a code, and no bypass through an invitation.
 */
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { TestClient } from "../../http/test-app.ts";
import { addStaff, makeClinic, testClock } from "../../shared/test-support.ts";
import { SIGN_IN_LIMIT } from "./sign-in-limit.ts";
import { SIGN_IN_EXPIRED_MESSAGE } from "./sign-in-code.ts";
import { enrolOverHttp, totpCode } from "./two-factor-test-support.ts";

const SESSION = "cephalog_session";

describe.each(testDatabaseKinds())("two-factor sign-in on %s", (kind) => {
  const clock = testClock("2026-07-20T10:00:00.000Z");
  const env = httpWorld(kind, clock);
  const password = (client: TestClient, email: string, pw: string) => client.post("/api/auth/login", { email, password: pw });

  it("enrols: a secret with its QR code, refused with a wrong first code, on with the right one; ten recovery codes; other sessions end", async () => {
    const member = await addStaff(env.world.deps, env.world.a.clinicId, "clinician");
    const client = await signedIn(env.http, member);
    const otherDevice = await signedIn(env.http, member);
    const started = await client.post("/api/me/two-factor/enrolment");
    expect(started.statusCode).toBe(200);
    const { secret, otpauthUrl, qrCode } = started.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect((await client.get("/api/me")).json().user.twoFactorEnabled).toBe(false);

    const wrong = await client.post("/api/me/two-factor/enrolment/confirm", { code: "000000" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.issues[0]).toMatchObject({ path: "code" });
    const confirmed = await client.post("/api/me/two-factor/enrolment/confirm", { code: await totpCode(secret, clock()) });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes } = confirmed.json();
    expect(recoveryCodes).toHaveLength(10);
    expect((await client.get("/api/me")).json().user.twoFactorEnabled).toBe(true);
    expect((await otherDevice.get("/api/me")).statusCode).toBe(401);
    // The secret is never sent again: a new enrolment is refused while it is on.
    expect((await client.post("/api/me/two-factor/enrolment")).statusCode).toBe(409);
    const stored = await env.t.db.selectFrom("recovery_codes").select("code_hash").where("user_id", "=", member.userId).execute();
    expect(stored).toHaveLength(10);
    for (const row of stored) expect(recoveryCodes.map((code: string) => code.replace(/-/g, ""))).not.toContain(row.code_hash);
  });

  it("signs in in two steps: the password gives no session, the code does; the same code is not taken twice", async () => {
    const member = await addStaff(env.world.deps, env.world.a.clinicId, "clinician");
    const { secret } = await enrolOverHttp(await signedIn(env.http, member), clock);
    clock.advance(60_000);
    const browser = new TestClient(env.http.app);
    const first = await password(browser, member.email, member.password);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ twoFactor: "code-needed", pendingToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect(first.cookies.find((cookie) => cookie.name === SESSION)).toBeUndefined();
    expect((await browser.get("/api/me")).statusCode).toBe(401);

    const code = await totpCode(secret, clock());
    const second = await browser.post("/api/auth/login/code", { pendingToken: first.json().pendingToken, code });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().user.email).toBe(member.email);
    expect((await browser.get(`/api/clinics/${env.world.a.clinicId}/patients`)).statusCode).toBe(200);

    // Replayed within its 30 seconds from another browser: refused.
    const thief = new TestClient(env.http.app);
    const pending = (await password(thief, member.email, member.password)).json().pendingToken as string;
    const replay = await thief.post("/api/auth/login/code", { pendingToken: pending, code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error).toMatchObject({ code: "invalid_credentials", details: { issues: [{ path: "code", message: "is not right" }] } });
    // The pending token is single-use too.
    expect((await browser.post("/api/auth/login/code", { pendingToken: first.json().pendingToken, code: await totpCode(secret, new Date(clock().getTime() + 30_000)) })).json().error.message).toBe(SIGN_IN_EXPIRED_MESSAGE);
  });

  it("takes each recovery code once, in any case and with spaces", async () => {
    const member = await addStaff(env.world.deps, env.world.a.clinicId, "coordinator");
    const { recoveryCodes } = await enrolOverHttp(await signedIn(env.http, member), clock);
    const [code] = recoveryCodes as [string];
    const browser = new TestClient(env.http.app);
    const pending = (await password(browser, member.email, member.password)).json().pendingToken;
    expect((await browser.post("/api/auth/login/code", { pendingToken: pending, code: ` ${code.toUpperCase().replace(/-/g, " ")} ` })).statusCode).toBe(200);
    const again = new TestClient(env.http.app);
    const pendingAgain = (await password(again, member.email, member.password)).json().pendingToken;
    expect((await again.post("/api/auth/login/code", { pendingToken: pendingAgain, code })).statusCode).toBe(401);
    expect((await again.post("/api/auth/login/code", { pendingToken: pendingAgain, code: recoveryCodes[1] })).statusCode).toBe(200);
  });

  it("spends a pending sign-in after 5 wrong codes, and counts wrong codes toward the sign-in limit (with the holder told)", async () => {
    const member = await addStaff(env.world.deps, env.world.a.clinicId, "injector");
    const { secret } = await enrolOverHttp(await signedIn(env.http, member), clock);
    clock.advance(60_000);
    const guesser = new TestClient(env.http.app);
    let wrong = 0;
    let limited = false;
    while (!limited && wrong < 40) {
      const step = await password(guesser, member.email, member.password);
      if (step.statusCode === 429) {
        limited = true;
        break;
      }
      const pending = step.json().pendingToken as string;
      for (let i = 0; i < 5; i += 1) {
        const guess = await guesser.post("/api/auth/login/code", { pendingToken: pending, code: String(100000 + wrong) });
        if (guess.statusCode === 429) {
          limited = true;
          break;
        }
        expect(guess.json().error.code).toBe("invalid_credentials");
        wrong += 1;
      }
      if (!limited) {
        // Five wrong codes spent it: even the right code is refused now.
        const spent = await guesser.post("/api/auth/login/code", { pendingToken: pending, code: await totpCode(secret, clock()) });
        expect(spent.json().error).toMatchObject({ code: "unauthenticated", message: SIGN_IN_EXPIRED_MESSAGE });
      }
    }
    expect(limited).toBe(true);
    expect(wrong).toBe(SIGN_IN_LIMIT.perEmailAndAddress);
    // (Without a trusted proxy every request here comes from one address: the owner waits out the window.)
    clock.advance(SIGN_IN_LIMIT.windowMs + 1);
    const owner = new TestClient(env.http.app);
    const pending = (await password(owner, member.email, member.password)).json().pendingToken;
    const me = await owner.post("/api/auth/login/code", { pendingToken: pending, code: await totpCode(secret, clock()) });
    expect(me.json().signInWarning).toMatchObject({ failedAttempts: SIGN_IN_LIMIT.perEmailAndAddress });
  });

  it("turns off only with the password and a code; new recovery codes ask the password", async () => {
    const member = await addStaff(env.world.deps, env.world.a.clinicId, "clinician");
    const client = await signedIn(env.http, member);
    const { secret, recoveryCodes } = await enrolOverHttp(client, clock);
    clock.advance(60_000);
    const wrongPassword = await client.post("/api/me/two-factor/disable", { password: "not it at all", code: await totpCode(secret, clock()) });
    expect(wrongPassword.json().error.details.issues).toEqual([{ path: "password", message: "is not right" }]);
    const wrongCode = await client.post("/api/me/two-factor/disable", { password: member.password, code: "123456" });
    expect(wrongCode.json().error.details.issues).toEqual([{ path: "code", message: "is not right" }]);

    const regenerated = await client.post("/api/me/two-factor/recovery-codes", { password: member.password });
    expect(regenerated.statusCode).toBe(200);
    const fresh = regenerated.json().recoveryCodes as string[];
    expect(fresh).toHaveLength(10);
    // The old codes stopped working; a new one turns it off.
    expect((await client.post("/api/me/two-factor/disable", { password: member.password, code: recoveryCodes[0] })).statusCode).toBe(400);
    expect((await client.post("/api/me/two-factor/disable", { password: member.password, code: fresh[0] })).statusCode).toBe(200);
    expect((await client.get("/api/me")).json().user.twoFactorEnabled).toBe(false);
    expect(await env.t.db.selectFrom("recovery_codes").select("code_hash").where("user_id", "=", member.userId).execute()).toEqual([]);
    // Signing in is one step again.
    expect((await password(new TestClient(env.http.app), member.email, member.password)).json().user.email).toBe(member.email);
  });

  it("lets a patient turn it on from their account, and asks the code of an account joining by invitation", async () => {
    const ann = await signedIn(env.http, env.world.ann);
    const { secret } = await enrolOverHttp(ann, clock);
    clock.advance(60_000);
    const phone = new TestClient(env.http.app);
    const pending = (await password(phone, env.world.ann.email, env.world.ann.password)).json().pendingToken;
    expect((await phone.post("/api/auth/login/code", { pendingToken: pending, code: await totpCode(secret, clock()) })).json().patient.patientId).toBe(env.world.ann.patientId);

    // Staff with two-factor sign-in accepting an invitation to another clinic: joined, then the code.
    const other = await makeClinic(env.world.deps, "admin", "Other Clinic");
    const member = await addStaff(env.world.deps, env.world.a.clinicId, "clinician");
    const { secret: memberSecret } = await enrolOverHttp(await signedIn(env.http, member), clock);
    clock.advance(60_000);
    const otherAdmin = await signedIn(env.http, other.staff);
    const invited = (await otherAdmin.post(`/api/clinics/${other.clinicId}/staff`, { name: "Kit Twoclinics", email: member.email, roles: ["clinician"] })).json();
    const browser = new TestClient(env.http.app);
    const accepted = await browser.post(`/api/invitations/${invited.url.split("/invite/")[1]}/accept`, { password: member.password });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ twoFactor: "code-needed" });
    expect(accepted.cookies.find((cookie) => cookie.name === SESSION)).toBeUndefined();
    const done = await browser.post("/api/auth/login/code", { pendingToken: accepted.json().pendingToken, code: await totpCode(memberSecret, clock()) });
    expect(done.json().memberships.map((m: { clinicId: string }) => m.clinicId).sort()).toEqual([env.world.a.clinicId, other.clinicId].sort());
  });

  it("refuses the two-factor routes without a session, and a code step with a made-up token", async () => {
    const stranger = new TestClient(env.http.app);
    for (const url of ["/api/me/two-factor/enrolment", "/api/me/two-factor/enrolment/confirm", "/api/me/two-factor/disable", "/api/me/two-factor/recovery-codes"]) {
      expect((await stranger.post(url, {})).statusCode, url).toBe(401);
    }
    const madeUp = await stranger.post("/api/auth/login/code", { pendingToken: "x".repeat(43), code: "123456" });
    expect(madeUp.json().error).toMatchObject({ code: "unauthenticated", message: SIGN_IN_EXPIRED_MESSAGE });
  });
});
