/**
 * Probing accounts through an invitation (issue 7, finding 8), on both databases: a wrong password
 * for an email that has an account is answered without saying so, and after 5 the link is spent.
 */
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../db/testing.ts";
import { NOW, httpWorld } from "../../http/assessment-test-support.ts";
import { TestClient } from "../../http/test-app.ts";
import { testClock } from "../../shared/test-support.ts";
import { INVITATION_MAX_FAILED_ATTEMPTS } from "./repository.ts";

describe.each(testDatabaseKinds())("wrong passwords on an invitation on %s", (kind) => {
  const env = httpWorld(kind, testClock(NOW));

  it("does not confirm that an email has an account, and spends the link after 5 wrong passwords", async () => {
    const patient = await env.world.newPatient(env.world.a.clinicId, env.world.a.staff.userId);
    const link = (await env.clinician.post(`/api/clinics/${env.world.a.clinicId}/patients/${patient.id}/invitations`)).json().url as string;
    const token = link.split("/invite/")[1];
    const someone = env.world.aClinician;
    expect(INVITATION_MAX_FAILED_ATTEMPTS).toBe(5);
    for (let attempt = 0; attempt < INVITATION_MAX_FAILED_ATTEMPTS; attempt += 1) {
      const wrong = await new TestClient(env.http.app).post(`/api/invitations/${token}/accept`, { email: someone.email, password: `not-the-password-${attempt}` });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json().error.message).not.toMatch(/already has an account/);
      expect(wrong.json().error.details.issues).toEqual([{ path: "password", message: "does not go with this email" }]);
    }
    const spent = await new TestClient(env.http.app).post(`/api/invitations/${token}/accept`, { email: someone.email, password: someone.password });
    expect(spent.statusCode).toBe(410);
    expect((await new TestClient(env.http.app).get(`/api/invitations/${token}`)).statusCode).toBe(410);
  });
});
