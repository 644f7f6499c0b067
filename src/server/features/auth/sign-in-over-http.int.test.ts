/** Signing in over HTTP: the failure limit keyed on the client's address, and demo accounts kept to this machine. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { testApp, type TestApp } from "../../http/test-app.ts";
import { makeClinic, testDeps } from "../../shared/test-support.ts";
import { DEMO_LOGINS } from "../setup/demo-logins.ts";
import { SIGN_IN_LIMIT } from "./sign-in-limit.ts";

describe.each(testDatabaseKinds())("signing in over HTTP on %s", (kind) => {
  let t: TestDatabase;
  let direct: TestApp;
  let proxied: TestApp;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    direct = await testApp(t.db);
    proxied = await testApp(t.db, { trustProxy: 1 });
  });
  afterAll(async () => {
    await direct.close();
    await proxied.close();
    await t.close();
  });

  const signIn = (http: TestApp, payload: { email: string; password: string }, remoteAddress: string, forwardedFor?: string) =>
    http.app.inject({ method: "POST", url: "/api/auth/login", payload, remoteAddress, ...(forwardedFor === undefined ? {} : { headers: { "x-forwarded-for": forwardedFor } }) });

  it("limits failures per address: a stranger's guesses do not lock the owner out from where they sign in", async () => {
    const { staff } = await makeClinic(testDeps(t.db));
    expect((await signIn(direct, staff, "198.51.100.7")).statusCode).toBe(200);
    for (let i = 0; i < SIGN_IN_LIMIT.perEmailAndAddress; i += 1) {
      expect((await signIn(direct, { email: staff.email, password: "guess" }, "203.0.113.66")).statusCode).toBe(401);
    }
    const locked = await signIn(direct, { email: staff.email, password: staff.password }, "203.0.113.66");
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe("rate_limited");
    expect((await signIn(direct, { email: staff.email, password: staff.password }, "198.51.100.7")).statusCode).toBe(200);
  });

  it("behind a trusted proxy, tells clients apart by the forwarded address", async () => {
    const { staff } = await makeClinic(testDeps(t.db));
    expect((await signIn(proxied, staff, "127.0.0.1", "198.51.100.8")).statusCode).toBe(200);
    for (let i = 0; i < SIGN_IN_LIMIT.perEmailAndAddress; i += 1) {
      expect((await signIn(proxied, { email: staff.email, password: "guess" }, "127.0.0.1", "203.0.113.77")).statusCode).toBe(401);
    }
    expect((await signIn(proxied, { email: staff.email, password: staff.password }, "127.0.0.1", "203.0.113.77")).statusCode).toBe(429);
    expect((await signIn(proxied, { email: staff.email, password: staff.password }, "127.0.0.1", "198.51.100.8")).statusCode).toBe(200);
  });

  it("once a real clinic exists, refuses demo sign-ins except from this machine", async () => {
    // A database of its own: the tests above made real clinics.
    const fresh = await openTestDatabase(kind);
    const freshDirect = await testApp(fresh.db);
    const freshProxied = await testApp(fresh.db, { trustProxy: 1 });
    try {
      await demoSignIns(freshDirect, freshProxied);
    } finally {
      await freshDirect.close();
      await freshProxied.close();
      await fresh.close();
    }
  }, 120_000);

  async function demoSignIns(local: TestApp, behindProxy: TestApp) {
    expect((await local.app.inject({ method: "POST", url: "/api/setup/demo" })).statusCode).toBe(200);
    const demoAdmin = { email: DEMO_LOGINS[0].email, password: DEMO_LOGINS[0].password };
    expect((await signIn(local, demoAdmin, "192.168.1.20")).statusCode).toBe(200); // no real clinic yet
    const setup = await local.app.inject({
      method: "POST",
      url: "/api/setup/clinic",
      payload: { clinicName: "Real Clinic", timeZone: "Europe/London", admin: { name: "Ada Admin", email: "ada.signin@example.test", password: "a long enough password" } },
    });
    expect(setup.statusCode).toBe(200);
    const remote = await signIn(local, demoAdmin, "192.168.1.20");
    expect(remote.statusCode).toBe(403);
    expect(remote.json().error).toMatchObject({ code: "forbidden", message: "Demo accounts can only be used on the computer Cephalog runs on." });
    expect(remote.cookies.find((cookie) => cookie.name === "cephalog_session")).toBeUndefined();
    expect((await signIn(local, demoAdmin, "127.0.0.1")).statusCode).toBe(200);
    expect((await signIn(local, demoAdmin, "::1")).statusCode).toBe(200);
    // Through a trusted proxy the socket is loopback, but the visitor is not.
    expect((await signIn(behindProxy, demoAdmin, "127.0.0.1", "203.0.113.9")).statusCode).toBe(403);
    // Nor when the visitor claims to be this machine (issue 7, finding 3).
    expect((await signIn(behindProxy, demoAdmin, "127.0.0.1", "127.0.0.1")).statusCode).toBe(403);
    expect((await signIn(local, demoAdmin, "127.0.0.1", "127.0.0.1")).statusCode).toBe(403);
  }
});
