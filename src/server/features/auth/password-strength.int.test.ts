/**
 * Weak passwords refused over HTTP on both databases (issue 7, finding 6): creating the clinic and
 * accepting an invitation with a new account say why beside the password, and nothing is made.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { TestClient, testApp, type TestApp } from "../../http/test-app.ts";

describe.each(testDatabaseKinds())("weak passwords on %s", (kind) => {
  let t: TestDatabase;
  let http: TestApp;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    http = await testApp(t.db);
  });
  afterAll(async () => {
    await http.close();
    await t.close();
  });

  it("refuses a common password or the email itself when the clinic is created, naming the field, creating nothing", async () => {
    for (const password of ["          ", "password123", "ada@clinic.example"]) {
      const response = await http.app.inject({
        method: "POST",
        url: "/api/setup/clinic",
        payload: { clinicName: "Clinic", timeZone: "Europe/London", admin: { name: "Ada Admin", email: "ada@clinic.example", password } },
      });
      expect(response.statusCode, password).toBe(400);
      expect(response.json().error.details.issues[0]).toMatchObject({ path: "admin.password" });
    }
    expect(await t.db.selectFrom("users").select("id").execute()).toEqual([]);
    const strong = await http.app.inject({
      method: "POST",
      url: "/api/setup/clinic",
      payload: { clinicName: "Clinic", timeZone: "Europe/London", admin: { name: "Ada Admin", email: "ada@clinic.example", password: "tablet-migraine-kettle-9" } },
    });
    expect(strong.statusCode).toBe(200);
  });

  it("refuses a weak password for a new account on an invitation, keeping the link usable", async () => {
    const admin = new TestClient(http.app);
    await admin.login("ada@clinic.example", "tablet-migraine-kettle-9");
    const clinicId = (await admin.get("/api/me")).json().memberships[0].clinicId;
    const invitation = (await admin.post(`/api/clinics/${clinicId}/staff`, { name: "Kit Clinician", email: "kit@clinic.example", roles: ["clinician"] })).json();
    const token = invitation.url.split("/invite/")[1];
    const weak = await new TestClient(http.app).post(`/api/invitations/${token}/accept`, { password: "Summer2026!" });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.issues).toEqual([{ path: "password", message: expect.stringMatching(/^is too easy to guess/) }]);
    // A Spanish reader's app asks in Spanish (Accept-Language): the advice after the fixed fragment is Spanish.
    const spanish = await http.app.inject({ method: "POST", url: `/api/invitations/${token}/accept`, headers: { "accept-language": "es" }, payload: { password: "Summer2026!" } });
    const advice = (spanish.json().error.details.issues[0].message as string).replace(/^is too easy to guess: /, "");
    expect(advice).not.toBe((weak.json().error.details.issues[0].message as string).replace(/^is too easy to guess: /, ""));
    expect(advice).toMatch(/[áéíóúñ]|palabra|contraseña|añade/i);
    expect((await new TestClient(http.app).post(`/api/invitations/${token}/accept`, { password: "kettle-tablet-lantern-4" })).statusCode).toBe(200);
  });
});
