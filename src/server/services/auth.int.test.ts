import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../db/testing.ts";
import { LOGIN_LIMIT, login, logout } from "./auth.ts";
import { resolveSession, SESSION_LIFETIME_MS } from "./sessions.ts";
import { makeClinic, testClock, testDeps } from "./test-support.ts";
import { sha256Hex } from "./tokens.ts";

describe.each(testDatabaseKinds())("signing in on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t.close());

  it("signs in with the right password, storing only the sha256 of the session token", async () => {
    const deps = testDeps(t.db, testClock("2026-07-20T10:00:00Z"));
    const { staff } = await makeClinic(deps);
    const signedIn = await login(deps, { email: staff.email.toUpperCase(), password: staff.password });
    expect(signedIn.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(signedIn.me.user.email).toBe(staff.email);
    const stored = await t.db.selectFrom("sessions").select("id").where("user_id", "=", staff.userId).execute();
    expect(stored).toEqual([{ id: sha256Hex(signedIn.token) }]);
  });

  it("says the same thing for a wrong password and an unknown email", async () => {
    const deps = testDeps(t.db);
    const { staff } = await makeClinic(deps);
    const wrongPassword = await login(deps, { email: staff.email, password: "not the password" }).catch((error: unknown) => error);
    const unknownEmail = await login(deps, { email: "nobody@example.test", password: "whatever" }).catch((error: unknown) => error);
    expect(wrongPassword).toMatchObject({ code: "invalid_credentials" });
    expect(unknownEmail).toMatchObject({ code: "invalid_credentials", message: (wrongPassword as Error).message });
  });

  it("refuses an email after too many failures in 15 minutes, even with the right password, until the window passes", async () => {
    const clock = testClock("2026-07-20T10:00:00Z");
    const deps = testDeps(t.db, clock);
    const { staff } = await makeClinic(deps);
    for (let i = 0; i < LOGIN_LIMIT.failures; i += 1) {
      await expect(login(deps, { email: staff.email, password: "wrong" })).rejects.toMatchObject({ code: "invalid_credentials" });
    }
    await expect(login(deps, { email: staff.email, password: staff.password })).rejects.toMatchObject({ code: "rate_limited" });
    clock.advance(LOGIN_LIMIT.windowMs + 1);
    await expect(login(deps, { email: staff.email, password: staff.password })).resolves.toBeTruthy();
  });

  it("ends a session on sign-out and when it expires", async () => {
    const clock = testClock("2026-07-20T10:00:00Z");
    const deps = testDeps(t.db, clock);
    const { staff } = await makeClinic(deps);
    const first = await login(deps, { email: staff.email, password: staff.password });
    const resolved = await resolveSession(t.db, first.token, clock());
    expect(resolved?.user.id).toBe(staff.userId);
    await logout(deps, resolved!.sessionId);
    expect(await resolveSession(t.db, first.token, clock())).toBeNull();

    const second = await login(deps, { email: staff.email, password: staff.password });
    clock.advance(SESSION_LIFETIME_MS - 1000);
    expect(await resolveSession(t.db, second.token, clock())).not.toBeNull(); // use slides the expiry
    clock.advance(SESSION_LIFETIME_MS - 1000);
    expect(await resolveSession(t.db, second.token, clock())).not.toBeNull();
    clock.advance(SESSION_LIFETIME_MS);
    expect(await resolveSession(t.db, second.token, clock())).toBeNull();
  });
});
