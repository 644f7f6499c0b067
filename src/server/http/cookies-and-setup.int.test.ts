/** The session cookie's flags, first-run setup over HTTP, demo sign-ins for loopback visitors only, and invitation links. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../db/testing.ts";
import { makeClinic, testDeps } from "../shared/test-support.ts";
import { DEMO_LOGINS } from "../features/setup/demo-logins.ts";
import { TestClient, testApp, type TestApp } from "./test-app.ts";

const firstRun = { clinicName: "Riverside Headache Clinic", timeZone: "Europe/London", admin: { name: "Ada Admin", email: "Ada@Example.test", password: "a long enough password" } };

function sessionCookie(response: { headers: Record<string, unknown> }): string {
  const header = response.headers["set-cookie"];
  const all = Array.isArray(header) ? header : [String(header)];
  return all.find((value: string) => value.startsWith("cephalog_session=")) ?? "";
}

describe.each(testDatabaseKinds())("setup, cookies and links over HTTP on %s", (kind) => {
  let t: TestDatabase;
  let http: TestApp;
  let secure: TestApp;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    http = await testApp(t.db);
    secure = await testApp(t.db, { publicUrl: "https://clinic.example.org" });
  });
  afterAll(async () => {
    await http.close();
    await secure.close();
    await t.close();
  });

  it("creates the clinic once over HTTP, signing the administrator in with an HttpOnly, SameSite=Lax cookie", async () => {
    const status = await http.app.inject({ method: "GET", url: "/api/setup" });
    expect(status.json()).toEqual({ initialized: false, demoPresent: false, demoLogins: null });
    const client = new TestClient(http.app);
    const created = await client.post("/api/setup/clinic", firstRun);
    expect(created.statusCode).toBe(200);
    expect(created.json().user.email).toBe("ada@example.test");
    const cookie = sessionCookie(created);
    expect(cookie).toMatch(/^cephalog_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
    expect(cookie).not.toContain("Secure");
    expect((await client.get("/api/me")).json().memberships[0].role).toBe("admin");
    const again = await new TestClient(http.app).post("/api/setup/clinic", { ...firstRun, admin: { ...firstRun.admin, email: "other@example.test" } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("already_initialized");
  });

  it("marks the cookie Secure when the public address is https", async () => {
    const deps = testDeps(t.db);
    const { staff } = await makeClinic(deps);
    const response = await secure.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: staff.email, password: staff.password } });
    expect(response.statusCode).toBe(200);
    expect(sessionCookie(response)).toContain("Secure");
    expect(response.headers["strict-transport-security"]).toBeDefined();
  });

  it("rejects a wrong password with invalid_credentials and no cookie", async () => {
    const response = await http.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "ada@example.test", password: "wrong password" } });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("invalid_credentials");
    expect(sessionCookie(response)).toBe("");
  });

  it("builds invitation links from PUBLIC_URL, else only on this machine from its loopback name (issue 7, finding 9)", async () => {
    const deps = testDeps(t.db);
    const { clinicId, staff } = await makeClinic(deps, "admin");
    const viaPublic = new TestClient(secure.app);
    await viaPublic.login(staff.email, staff.password);
    const patient = await viaPublic.post(`/api/clinics/${clinicId}/patients`, { name: "Wren Placeholt", birthDate: "1991-03-04", timeZone: "America/Los_Angeles" });
    expect(patient.statusCode).toBe(200);
    const invitation = await viaPublic.post(`/api/clinics/${clinicId}/patients/${patient.json().id}/invitations`);
    expect(invitation.json().url).toMatch(/^https:\/\/clinic\.example\.org\/invite\/[A-Za-z0-9_-]{43}$/);

    const viaOrigin = new TestClient(http.app);
    await viaOrigin.login(staff.email, staff.password);
    // A Host header is the sender's to write: without PUBLIC_URL it is refused unless it names this machine.
    for (const host of ["evil.example", "192.168.1.20:3000"]) {
      const refused = await viaOrigin.post(`/api/clinics/${clinicId}/staff`, { name: "Kit Clinician", email: "kit@example.test", role: "clinician" }, { headers: { host } });
      expect(refused.statusCode, host).toBe(409);
      expect(refused.json().error.message).toContain("PUBLIC_URL");
    }
    const staffInvite = await viaOrigin.post(`/api/clinics/${clinicId}/staff`, { name: "Kit Clinician", email: "kit@example.test", role: "clinician" }, { headers: { host: "127.0.0.1:3000" } });
    expect(staffInvite.json().url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/invite\/[A-Za-z0-9_-]{43}$/);

    // The invited person opens the link, sets a password and is signed in as staff.
    const token = staffInvite.json().url.split("/invite/")[1];
    const invitee = new TestClient(http.app);
    expect((await invitee.get(`/api/invitations/${token}`)).json()).toMatchObject({ kind: "staff", email: "kit@example.test", existingAccount: false });
    const accepted = await invitee.post(`/api/invitations/${token}/accept`, { password: "another long password" });
    expect(accepted.statusCode).toBe(200);
    expect(sessionCookie(accepted)).toContain("HttpOnly");
    expect((await invitee.get(`/api/clinics/${clinicId}/patients`)).statusCode).toBe(200);
    const reuse = await new TestClient(http.app).post(`/api/invitations/${token}/accept`, { password: "another long password" });
    expect(reuse.statusCode).toBe(410);
    expect(reuse.json().error.code).toBe("invitation_invalid");
  });

  it("lets a person with an account accept another clinic's staff invitation over HTTP with their current password", async () => {
    const deps = testDeps(t.db);
    const home = await makeClinic(deps, "clinician", "Home Clinic");
    const other = await makeClinic(deps, "admin", "Other Clinic");
    const admin = new TestClient(http.app);
    await admin.login(other.staff.email, other.staff.password);
    const invite = await admin.post(`/api/clinics/${other.clinicId}/staff`, { name: "Two Clinics", email: home.staff.email, role: "clinician" });
    expect(invite.statusCode).toBe(200);
    const token = invite.json().url.split("/invite/")[1];
    const invitee = new TestClient(http.app);
    expect((await invitee.get(`/api/invitations/${token}`)).json()).toMatchObject({ kind: "staff", email: home.staff.email, existingAccount: true });
    const wrong = await invitee.post(`/api/invitations/${token}/accept`, { password: "a brand new password" });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe("invalid_credentials");
    expect(sessionCookie(wrong)).toBe("");
    const accepted = await invitee.post(`/api/invitations/${token}/accept`, { password: home.staff.password });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().memberships.map((membership: { clinicName: string }) => membership.clinicName).sort()).toEqual(["Home Clinic", "Other Clinic"]);
    expect((await invitee.get(`/api/clinics/${other.clinicId}/patients`)).statusCode).toBe(200);
    expect((await invitee.get(`/api/clinics/${home.clinicId}/patients`)).statusCode).toBe(200);
  });

  it("adds the demo to a clinic's server only from the server's own machine", async () => {
    const remote = await http.app.inject({ method: "POST", url: "/api/setup/demo", remoteAddress: "192.168.1.20" });
    expect(remote.statusCode).toBe(403);
    expect(remote.json().error.code).toBe("forbidden");
    expect((await http.app.inject({ method: "GET", url: "/api/setup" })).json().demoPresent).toBe(false);
  });

  it("never takes a remote visitor for this machine from the address they claim, through a proxy or not (issue 7, finding 3)", async () => {
    const proxied = await testApp(t.db, { trustProxy: 1 });
    try {
      // Through the proxy on this machine, claiming 127.0.0.1: the proxy appends the real address.
      for (const forwarded of ["127.0.0.1", "127.0.0.1, 203.0.113.9"]) {
        const seeded = await proxied.app.inject({ method: "POST", url: "/api/setup/demo", remoteAddress: "127.0.0.1", headers: { "x-forwarded-for": forwarded } });
        expect(seeded.statusCode, forwarded).toBe(403);
      }
      // Straight to the server with a made-up header: not believed either.
      const direct = await http.app.inject({ method: "POST", url: "/api/setup/demo", remoteAddress: "127.0.0.1", headers: { "x-forwarded-for": "127.0.0.1" } });
      expect(direct.statusCode).toBe(403);
      const rfc7239 = await http.app.inject({ method: "POST", url: "/api/setup/demo", remoteAddress: "127.0.0.1", headers: { forwarded: "for=127.0.0.1" } });
      expect(rfc7239.statusCode).toBe(403);
      expect((await http.app.inject({ method: "GET", url: "/api/setup" })).json().demoPresent).toBe(false);
    } finally {
      await proxied.close();
    }
  });

  it("lists demo sign-ins only to a visitor on a loopback address", async () => {
    const seeded = await http.app.inject({ method: "POST", url: "/api/setup/demo" });
    expect(seeded.statusCode).toBe(200);
    expect(seeded.json().demoPresent).toBe(true);
    for (const remoteAddress of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"]) {
      const local = await http.app.inject({ method: "GET", url: "/api/setup", remoteAddress });
      expect(local.json().demoLogins?.length, remoteAddress).toBe(DEMO_LOGINS.length);
    }
    for (const remoteAddress of ["192.168.1.20", "10.0.0.1", "::ffff:10.0.0.1", "2001:db8::1"]) {
      const remote = await http.app.inject({ method: "GET", url: "/api/setup", remoteAddress });
      expect(remote.json().demoLogins, remoteAddress).toBeNull();
    }
    const forwarded = await http.app.inject({ method: "GET", url: "/api/setup", remoteAddress: "127.0.0.1", headers: { "x-forwarded-for": "203.0.113.9" } });
    // Forwarded: someone else's request through a proxy on this machine, whatever address it claims.
    expect(forwarded.json().demoLogins).toBeNull();
    const claimsLocal = await http.app.inject({ method: "GET", url: "/api/setup", remoteAddress: "127.0.0.1", headers: { "x-forwarded-for": "127.0.0.1" } });
    expect(claimsLocal.json().demoLogins).toBeNull();
  });

  it("sees through a trusted proxy: a forwarded remote visitor gets no demo sign-ins", async () => {
    const proxied = await testApp(t.db, { trustProxy: 1 });
    try {
      const response = await proxied.app.inject({ method: "GET", url: "/api/setup", remoteAddress: "127.0.0.1", headers: { "x-forwarded-for": "203.0.113.9" } });
      expect(response.json().demoPresent).toBe(true);
      expect(response.json().demoLogins).toBeNull();
    } finally {
      await proxied.close();
    }
  });
});
