/**
 * Sessions over HTTP on both databases (issue 7, finding 5): signing in again ends the browser's
 * old session; a password change asks the current password and ends every other session; "sign
 * out everywhere" ends them all.
 */
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../db/testing.ts";
import { NOW, httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { TestClient } from "../../http/test-app.ts";
import { addStaff, testClock } from "../../shared/test-support.ts";

describe.each(testDatabaseKinds())("sessions over HTTP on %s", (kind) => {
  const env = httpWorld(kind, testClock(NOW));

  it("ends the browser's old session when it signs in again", async () => {
    const nurse = await addStaff(env.world.deps, env.world.a.clinicId, "injector");
    const browser = new TestClient(env.http.app);
    await browser.login(nurse.email, nurse.password);
    const oldCookie = browser.cookie;
    await browser.login(nurse.email, nurse.password);
    expect(browser.cookie).not.toBe(oldCookie);
    const stale = new TestClient(env.http.app);
    stale.cookie = oldCookie;
    expect((await stale.get("/api/me")).statusCode).toBe(401);
    expect((await browser.get("/api/me")).statusCode).toBe(200);
  });

  it("changes the password only with the current one, refuses a weak one, and ends the other sessions", async () => {
    const nurse = await addStaff(env.world.deps, env.world.a.clinicId, "injector");
    const phone = await signedIn(env.http, nurse);
    const tablet = await signedIn(env.http, nurse);
    const wrong = await tablet.post("/api/me/password", { currentPassword: "not it at all", newPassword: "kettle-lantern-tablet-7" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.issues).toEqual([{ path: "currentPassword", message: "is not right" }]);
    const weak = await tablet.post("/api/me/password", { currentPassword: nurse.password, newPassword: "password123" });
    expect(weak.json().error.details.issues[0]).toMatchObject({ path: "newPassword" });
    expect((await phone.get("/api/me")).statusCode).toBe(200);

    const changed = await tablet.post("/api/me/password", { currentPassword: nurse.password, newPassword: "kettle-lantern-tablet-7" });
    expect(changed.statusCode).toBe(200);
    expect((await tablet.get("/api/me")).statusCode).toBe(200);
    expect((await phone.get("/api/me")).statusCode).toBe(401);
    await expect(new TestClient(env.http.app).login(nurse.email, nurse.password)).rejects.toThrow(/login failed: 401/);
    await new TestClient(env.http.app).login(nurse.email, "kettle-lantern-tablet-7");
  });

  it("signs out everywhere: every session of the account ends, this one too", async () => {
    const nurse = await addStaff(env.world.deps, env.world.a.clinicId, "injector");
    const phone = await signedIn(env.http, nurse);
    const tablet = await signedIn(env.http, nurse);
    const other = await signedIn(env.http, env.world.aClinician);
    expect((await tablet.post("/api/me/sign-out-everywhere")).statusCode).toBe(200);
    expect((await tablet.get("/api/me")).statusCode).toBe(401);
    expect((await phone.get("/api/me")).statusCode).toBe(401);
    expect((await other.get("/api/me")).statusCode).toBe(200);
  });
});
