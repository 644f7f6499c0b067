/**
 * Roles over HTTP (ADR 0014): several per person, what each may do decided by the one
 * permission table, the roles changed by an administrator, and the last administrator kept.
 */
import { describe, expect, it } from "vitest";
import { permissionsOf } from "#contracts/permissions.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, put, signedIn } from "../../http/assessment-test-support.ts";
import { addStaff, testClock } from "../../shared/test-support.ts";

describe.each(testDatabaseKinds())("staff roles over HTTP on %s", (kind) => {
  const clock = testClock("2026-07-20T10:00:00.000Z");
  const env = httpWorld(kind, clock);

  it("invites a physician who injects with two roles; accepted, /api/me lists both and what they may do", async () => {
    const admin = await signedIn(env.http, env.world.a.staff);
    const invited = await admin.post(`/api/clinics/${env.world.a.clinicId}/staff`, { name: "Dee Twohats", email: "dee.twohats@example.test", roles: ["injector", "clinician"] });
    expect(invited.statusCode).toBe(200);
    const listed = (await admin.get(`/api/clinics/${env.world.a.clinicId}/staff`)).json() as { email: string; roles: string[]; active: boolean }[];
    expect(listed.find((member) => member.email === "dee.twohats@example.test")).toMatchObject({ roles: ["clinician", "injector"], active: false });
    const token = (invited.json() as { url: string }).url.split("/invite/")[1];
    const accepted = await env.http.app.inject({ method: "POST", url: `/api/invitations/${token}/accept`, payload: { email: "dee.twohats@example.test", password: "correct horse battery" } });
    expect(accepted.statusCode).toBe(200);
    const membership = (accepted.json() as { memberships: { roles: string[]; role: string; permissions: string[] }[] }).memberships[0];
    expect(membership).toMatchObject({ role: "clinician", roles: ["clinician", "injector"], permissions: permissionsOf(["clinician", "injector"]) });
    expect(membership?.permissions).toContain("sessions.sign");
  });

  it("still takes an older client's single role", async () => {
    const admin = await signedIn(env.http, env.world.a.staff);
    const invited = await admin.post(`/api/clinics/${env.world.a.clinicId}/staff`, { name: "Old Client", email: "old.client@example.test", role: "coordinator" });
    expect(invited.statusCode).toBe(200);
    const none = await admin.post(`/api/clinics/${env.world.a.clinicId}/staff`, { name: "No Role", email: "no.role@example.test" });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details.issues).toEqual([expect.objectContaining({ path: "roles" })]);
    const twice = await admin.post(`/api/clinics/${env.world.a.clinicId}/staff`, { name: "Two Same", email: "two.same@example.test", roles: ["injector", "injector"] });
    expect(twice.statusCode).toBe(400);
  });

  it("lets a coordinator read patients but not write clinically nor manage staff", async () => {
    const coordinator = await addStaff(env.world.deps, env.world.a.clinicId, "coordinator");
    const client = await signedIn(env.http, coordinator);
    expect((await client.get(`/api/clinics/${env.world.a.clinicId}/patients`)).statusCode).toBe(200);
    const history = await put(client, `/api/clinics/${env.world.a.clinicId}/patients/${env.world.ann.patientId}/history`, {
      chronicMigraineSince: null, botulinumHypersensitivity: false, injectionSiteInfection: false, overuseManaged: null, noPreventivesTried: false, fromRevision: 0,
    });
    expect(history.statusCode).toBe(403);
    expect(history.json().error).toMatchObject({ code: "forbidden", details: { permission: "clinical.write" } });
    expect((await client.get(`/api/clinics/${env.world.a.clinicId}/staff`)).statusCode).toBe(403);
    // Another clinic does not exist for them.
    expect((await client.get(`/api/clinics/${env.world.b.clinicId}/patients`)).statusCode).toBe(404);
  });

  it("changes a member's roles, and never takes the last administrator's", async () => {
    const admin = await signedIn(env.http, env.world.a.staff);
    const nurse = await addStaff(env.world.deps, env.world.a.clinicId, "coordinator");
    const nurseId = (await signedIn(env.http, nurse).then((c) => c.get("/api/me"))).json().user.id as string;
    const changed = await put(admin, `/api/clinics/${env.world.a.clinicId}/staff/${nurseId}/roles`, { roles: ["injector"] });
    expect(changed.statusCode).toBe(200);
    const me = (await (await signedIn(env.http, nurse)).get("/api/me")).json();
    expect(me.memberships[0]).toMatchObject({ roles: ["injector"], role: "injector" });

    const adminId = (await admin.get("/api/me")).json().user.id as string;
    const last = await put(admin, `/api/clinics/${env.world.a.clinicId}/staff/${adminId}/roles`, { roles: ["clinician"] });
    expect(last.statusCode).toBe(409);
    expect((await put(admin, `/api/clinics/${env.world.a.clinicId}/staff/${adminId}/roles`, { roles: ["admin", "clinician"] })).statusCode).toBe(200);

    const coordinatorClient = await signedIn(env.http, await addStaff(env.world.deps, env.world.a.clinicId, "coordinator"));
    expect((await put(coordinatorClient, `/api/clinics/${env.world.a.clinicId}/staff/${nurseId}/roles`, { roles: ["admin"] })).statusCode).toBe(403);
    expect((await put(admin, `/api/clinics/${env.world.a.clinicId}/staff/${env.world.ann.patientId}/roles`, { roles: ["admin"] })).statusCode).toBe(404);
  });
});
