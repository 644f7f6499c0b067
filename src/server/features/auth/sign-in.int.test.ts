import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { makeClinic, makePatientWithAccount, testClock, testDeps, uniqueEmail } from "../../shared/test-support.ts";
import { sha256Hex } from "../../shared/tokens.ts";
import { resolveSession, SESSION_LIFETIME_MS, SESSION_LIMITS } from "./sessions.ts";
import { SIGN_IN_LIMIT } from "./sign-in-limit.ts";
import { login, logout } from "./sign-in.ts";

const home = { ip: "198.51.100.7", loopback: false };
const attacker = { ip: "203.0.113.66", loopback: false };

describe.each(testDatabaseKinds())("signing in on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t.close());

  it("signs in with the right password, storing only the sha256 of the session token", async () => {
    const deps = testDeps(t.db, testClock("2026-07-20T10:00:00Z"));
    const { staff } = await makeClinic(deps);
    const signedIn = await login(deps, { email: staff.email.toUpperCase(), password: staff.password }, home);
    expect(signedIn.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(signedIn.me.user.email).toBe(staff.email);
    const stored = await t.db.selectFrom("sessions").select("id").where("user_id", "=", staff.userId).execute();
    expect(stored).toEqual([{ id: sha256Hex(signedIn.token) }]);
  });

  it("says the same thing for a wrong password and an unknown email", async () => {
    const deps = testDeps(t.db);
    const { staff } = await makeClinic(deps);
    const wrongPassword = await login(deps, { email: staff.email, password: "not the password" }, home).catch((error: unknown) => error);
    const unknownEmail = await login(deps, { email: "nobody@example.test", password: "whatever" }, home).catch((error: unknown) => error);
    expect(wrongPassword).toMatchObject({ code: "invalid_credentials" });
    expect(unknownEmail).toMatchObject({ code: "invalid_credentials", message: (wrongPassword as Error).message });
  });

  it("refuses an email from an address after 10 failures there in 15 minutes, even with the right password, until the window passes", async () => {
    const clock = testClock("2026-07-20T10:00:00Z");
    const deps = testDeps(t.db, clock);
    const { staff } = await makeClinic(deps);
    expect(SIGN_IN_LIMIT).toMatchObject({ perEmailAndAddress: 10, perAddress: 50, windowMs: 15 * 60 * 1000 });
    for (let i = 0; i < SIGN_IN_LIMIT.perEmailAndAddress - 1; i += 1) {
      await expect(login(deps, { email: staff.email, password: "wrong" }, attacker)).rejects.toMatchObject({ code: "invalid_credentials" });
    }
    // The 10th failure is still checked, and answered as a wrong password.
    await expect(login(deps, { email: staff.email.toUpperCase(), password: "wrong" }, attacker)).rejects.toMatchObject({ code: "invalid_credentials" });
    await expect(login(deps, { email: staff.email, password: staff.password }, attacker)).rejects.toMatchObject({ code: "rate_limited" });
    clock.advance(SIGN_IN_LIMIT.windowMs + 1);
    await expect(login(deps, { email: staff.email, password: staff.password }, attacker)).resolves.toBeTruthy();
  });

  it("lets the owner's right password in at once from an address they signed in from, while a stranger's failures lock only the stranger's", async () => {
    const clock = testClock("2026-07-20T10:00:00Z");
    const deps = testDeps(t.db, clock);
    const { staff } = await makeClinic(deps);
    await login(deps, { email: staff.email, password: staff.password }, home);
    clock.advance(60_000);
    for (let i = 0; i < SIGN_IN_LIMIT.perEmailAndAddress; i += 1) {
      await expect(login(deps, { email: staff.email, password: "guess" }, attacker)).rejects.toMatchObject({ code: "invalid_credentials" });
    }
    await expect(login(deps, { email: staff.email, password: staff.password }, attacker)).rejects.toMatchObject({ code: "rate_limited" });
    await expect(login(deps, { email: staff.email, password: staff.password }, home)).resolves.toMatchObject({ me: { user: { email: staff.email } } });
  });

  it("refuses an address after 50 failures across emails, even for an email it never tried, but not other addresses", async () => {
    const clock = testClock("2026-07-20T10:00:00Z");
    const deps = testDeps(t.db, clock);
    const { staff } = await makeClinic(deps);
    const spraying = { ip: "192.0.2.50", loopback: false };
    for (let i = 0; i < SIGN_IN_LIMIT.perAddress; i += 1) {
      await expect(login(deps, { email: uniqueEmail(`spray${i}`), password: "Summer2026!" }, spraying)).rejects.toMatchObject({ code: "invalid_credentials" });
    }
    await expect(login(deps, { email: staff.email, password: staff.password }, spraying)).rejects.toMatchObject({ code: "rate_limited", message: "Too many failed sign-ins from this network. Wait 15 minutes and try again." });
    await expect(login(deps, { email: staff.email, password: staff.password }, home)).resolves.toBeTruthy();
    clock.advance(SIGN_IN_LIMIT.windowMs + 1);
    await expect(login(deps, { email: staff.email, password: staff.password }, spraying)).resolves.toBeTruthy();
  }, 60_000);

  it("stores only hashes of the failures' email and address", async () => {
    const deps = testDeps(t.db, testClock("2026-07-20T10:00:00Z"));
    const email = uniqueEmail("hashcheck");
    const ip = "198.51.100.231";
    await t.db.deleteFrom("login_failures").execute();
    await expect(login(deps, { email, password: "wrong" }, { ip, loopback: false })).rejects.toMatchObject({ code: "invalid_credentials" });
    const rows = await t.db.selectFrom("login_failures").select("key_hash").execute();
    // The pair, the address and the account: one row each.
    expect(rows).toHaveLength(3);
    for (const { key_hash } of rows) {
      expect(key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(key_hash).not.toContain(ip);
      expect(key_hash).not.toContain(email);
    }
  });

  it("ends a session on sign-out and when it expires", async () => {
    const clock = testClock("2026-07-20T10:00:00Z");
    const deps = testDeps(t.db, clock);
    const { staff } = await makeClinic(deps);
    const first = await login(deps, { email: staff.email, password: staff.password }, home);
    const resolved = await resolveSession(t.db, first.token, clock());
    expect(resolved?.user.id).toBe(staff.userId);
    await logout(deps, resolved!.sessionId);
    expect(await resolveSession(t.db, first.token, clock())).toBeNull();

    // Staff: use slides the idle limit (30 minutes), never past the absolute one (12 hours).
    const second = await login(deps, { email: staff.email, password: staff.password }, home);
    for (let minutes = 0; minutes < 11 * 60; minutes += 20) {
      clock.advance(20 * 60 * 1000);
      expect(await resolveSession(t.db, second.token, clock()), `after ${minutes + 20} minutes of use`).not.toBeNull();
    }
    clock.advance(SESSION_LIMITS.staff.absoluteMs - 11 * 60 * 60 * 1000);
    expect(await resolveSession(t.db, second.token, clock())).toBeNull();

    const idle = await login(deps, { email: staff.email, password: staff.password }, home);
    clock.advance(SESSION_LIMITS.staff.idleMs + 1000);
    expect(await resolveSession(t.db, idle.token, clock())).toBeNull();
  });

  it("gives a patient's session 30 days, sliding no further than 30 days from sign-in", async () => {
    const clock = testClock("2026-07-20T10:00:00Z");
    const deps = testDeps(t.db, clock);
    const { staff, clinicId } = await makeClinic(deps);
    const patient = await makePatientWithAccount(deps, clinicId, staff.userId);
    const session = await login(deps, { email: patient.email, password: patient.password }, home);
    clock.advance(SESSION_LIFETIME_MS - 60_000);
    expect(await resolveSession(t.db, session.token, clock())).not.toBeNull();
    clock.advance(120_000);
    expect(await resolveSession(t.db, session.token, clock())).toBeNull();
    expect(SESSION_LIMITS.patient).toEqual({ idleMs: SESSION_LIFETIME_MS, absoluteMs: SESSION_LIFETIME_MS });
  });
});
