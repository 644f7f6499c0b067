/**
 * Cross-site requests refused (issue 7, finding 7) on both databases: a state-changing request
 * from another site (by Origin or Sec-Fetch-Site) is refused before anything happens, whatever
 * its content type, while the app's own pages and non-browser clients go on as before.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testing.ts";
import { testClock } from "../shared/test-support.ts";
import { NOW, httpWorld } from "./assessment-test-support.ts";
import { CROSS_SITE_MESSAGE } from "./origin-check.ts";

describe.each(testDatabaseKinds())("cross-site requests on %s", (kind) => {
  const env = httpWorld(kind, testClock(NOW));
  // A patient without an account yet, whom staff may invite.
  let patientId = "";
  const invite = () => `/api/clinics/${env.world.a.clinicId}/patients/${patientId}/invitations`;
  beforeAll(async () => {
    patientId = (await env.world.newPatient(env.world.a.clinicId, env.world.a.staff.userId)).id;
  });

  it("refuses a bodiless POST from another site, by Origin or by Sec-Fetch-Site, writing nothing", async () => {
    const before = await env.t.db.selectFrom("invitations").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    for (const headers of [
      { origin: "https://evil.example", "content-type": "text/plain" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site", origin: "http://localhost:80" },
    ]) {
      const response = await env.clinician.request({ method: "POST", url: invite(), headers });
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(response.json().error).toMatchObject({ code: "forbidden", message: CROSS_SITE_MESSAGE });
    }
    const after = await env.t.db.selectFrom("invitations").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
    const logout = await env.clinician.request({ method: "POST", url: "/api/auth/logout", headers: { origin: "https://evil.example" } });
    expect(logout.statusCode).toBe(403);
    expect((await env.clinician.get("/api/me")).statusCode).toBe(200);
  });

  it("lets the app's own pages and non-browser clients through", async () => {
    const own = await env.clinician.request({ method: "POST", url: invite(), headers: { origin: "http://localhost:80", host: "localhost:80", "sec-fetch-site": "same-origin" } });
    expect(own.statusCode).toBe(200);
    const byOrigin = await env.clinician.request({ method: "POST", url: invite(), headers: { origin: "http://localhost:3000", host: "localhost:3000" } });
    expect(byOrigin.statusCode).toBe(200);
    const script = await env.clinician.request({ method: "POST", url: invite() });
    expect(script.statusCode).toBe(200);
    // Reading is never refused: a link from elsewhere may open a page.
    expect((await env.clinician.request({ method: "GET", url: "/api/me", headers: { "sec-fetch-site": "cross-site" } })).statusCode).toBe(200);
  });
});
