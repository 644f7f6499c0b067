/**
 * Deactivating staff over HTTP on both databases (issue 7): the member reaches nothing of the
 * clinic at once (their sessions end when nothing else needs them), shows as deactivated, can be
 * reactivated with the roles they had; the last active administrator, and oneself, stay. Another
 * clinic's staff get not_found, a patient forbidden, a non-administrator forbidden.
 */
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { addStaff, makeClinic, testClock } from "../../shared/test-support.ts";
import { listAuditEvents } from "../../shared/audit-repository.ts";
import { membersWithRole } from "./repository.ts";

describe.each(testDatabaseKinds())("deactivating staff on %s", (kind) => {
  const clock = testClock("2026-07-20T10:00:00.000Z");
  const env = httpWorld(kind, clock);
  const url = (clinicId: string, userId: string, verb: "deactivate" | "reactivate") => `/api/clinics/${clinicId}/staff/${userId}/${verb}`;

  it("shuts the clinic to a member at once, ends their session, lists them as deactivated, and reactivates them with their roles", async () => {
    const admin = await signedIn(env.http, env.world.a.staff);
    const nurse = await addStaff(env.world.deps, env.world.a.clinicId, ["injector", "coordinator"]);
    const nurseClient = await signedIn(env.http, nurse);
    expect((await nurseClient.get(`/api/clinics/${env.world.a.clinicId}/patients`)).statusCode).toBe(200);

    const deactivated = await admin.post(url(env.world.a.clinicId, nurse.userId, "deactivate"));
    expect(deactivated.statusCode, deactivated.body).toBe(200);
    expect((await nurseClient.get(`/api/clinics/${env.world.a.clinicId}/patients`)).statusCode).toBe(401);
    const again = await signedIn(env.http, nurse);
    expect((await again.get(`/api/clinics/${env.world.a.clinicId}/patients`)).statusCode).toBe(403);
    expect((await again.get("/api/me")).json().memberships).toEqual([]);
    const listed = (await admin.get(`/api/clinics/${env.world.a.clinicId}/staff`)).json() as { userId: string; status: string; active: boolean; roles: string[] }[];
    expect(listed.find((member) => member.userId === nurse.userId)).toMatchObject({ status: "deactivated", active: false, roles: ["injector", "coordinator"] });
    // Nor is a deactivated injector offered for visits.
    expect((await membersWithRole(env.t.db, env.world.a.clinicId, "injector")).map((member) => member.userId)).not.toContain(nurse.userId);

    expect((await admin.post(url(env.world.a.clinicId, nurse.userId, "reactivate"))).statusCode).toBe(200);
    expect((await again.get(`/api/clinics/${env.world.a.clinicId}/patients`)).statusCode).toBe(200);
    expect((await again.get("/api/me")).json().memberships[0]).toMatchObject({ roles: ["injector", "coordinator"] });
    const actions = (await listAuditEvents(env.t.db, env.world.a.clinicId)).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(["staff.deactivated", "staff.reactivated"]));
  });

  it("keeps the sessions of a member another clinic still needs, refusing only this clinic", async () => {
    const other = await makeClinic(env.world.deps, "admin", "Second Clinic");
    const both = await addStaff(env.world.deps, env.world.a.clinicId, "clinician");
    await env.t.db.insertInto("memberships").values({ clinic_id: other.clinicId, user_id: both.userId, role: "clinician" }).execute();
    await env.t.db.insertInto("membership_roles").values({ clinic_id: other.clinicId, user_id: both.userId, role: "clinician" }).execute();
    const client = await signedIn(env.http, both);
    const admin = await signedIn(env.http, env.world.a.staff);
    expect((await admin.post(url(env.world.a.clinicId, both.userId, "deactivate"))).statusCode).toBe(200);
    expect((await client.get(`/api/clinics/${env.world.a.clinicId}/patients`)).json().error.code).toBe("not_found");
    expect((await client.get(`/api/clinics/${other.clinicId}/patients`)).statusCode).toBe(200);
  });

  it("never deactivates the last active administrator, nor oneself; and an invitation to a deactivated member is refused", async () => {
    const clinic = await makeClinic(env.world.deps, "admin", "Small Clinic");
    const first = await signedIn(env.http, clinic.staff);
    const second = await addStaff(env.world.deps, clinic.clinicId, "admin");
    expect((await first.post(url(clinic.clinicId, clinic.staff.userId, "deactivate"))).json().error.message).toBe("You cannot deactivate yourself. Ask another administrator.");
    expect((await first.post(url(clinic.clinicId, second.userId, "deactivate"))).statusCode).toBe(200);
    const third = await addStaff(env.world.deps, clinic.clinicId, "admin");
    expect((await first.post(url(clinic.clinicId, third.userId, "deactivate"))).statusCode).toBe(200);
    await env.t.db.updateTable("memberships").set({ deactivated_at: null }).where("user_id", "=", third.userId).execute();
    const thirdClient = await signedIn(env.http, third);
    expect((await thirdClient.post(url(clinic.clinicId, clinic.staff.userId, "deactivate"))).statusCode).toBe(200);
    const last = await thirdClient.post(url(clinic.clinicId, third.userId, "deactivate"));
    expect(last.json().error.code).toBe("conflict");
    await env.t.db.updateTable("memberships").set({ deactivated_at: null }).where("user_id", "=", clinic.staff.userId).execute();
    const lastAdmin = await (await signedIn(env.http, clinic.staff)).post(url(clinic.clinicId, third.userId, "deactivate"));
    expect(lastAdmin.statusCode).toBe(200);
    const refused = await thirdClient.post(url(clinic.clinicId, clinic.staff.userId, "deactivate"));
    expect(refused.statusCode).toBe(401); // the third's only clinic shut: signed out

    const reinvite = await (await signedIn(env.http, clinic.staff)).post(`/api/clinics/${clinic.clinicId}/staff`, { name: "Again", email: second.email, roles: ["clinician"] });
    expect(reinvite.statusCode).toBe(409);
    expect(reinvite.json().error.details.issues).toEqual([{ path: "email", message: "belongs to a deactivated member: reactivate them instead" }]);
    const lastOne = await (await signedIn(env.http, clinic.staff)).post(url(clinic.clinicId, clinic.staff.userId, "deactivate"));
    expect(lastOne.json().error.code).toBe("conflict");
  });

  it("answers not_found for another clinic's staff and an unknown member, forbidden for a patient and a non-administrator", async () => {
    const adminB = await signedIn(env.http, env.world.b.staff);
    const clinicianA = await addStaff(env.world.deps, env.world.a.clinicId, "clinician");
    expect((await adminB.post(url(env.world.a.clinicId, clinicianA.userId, "deactivate"))).json().error.code).toBe("not_found");
    const adminA = await signedIn(env.http, env.world.a.staff);
    expect((await adminA.post(url(env.world.a.clinicId, env.world.ann.userId, "deactivate"))).json().error.code).toBe("not_found");
    expect((await (await signedIn(env.http, env.world.ann)).post(url(env.world.a.clinicId, clinicianA.userId, "deactivate"))).json().error.code).toBe("forbidden");
    expect((await env.clinician.post(url(env.world.a.clinicId, clinicianA.userId, "deactivate"))).json().error.code).toBe("forbidden");
    expect((await (await signedIn(env.http, clinicianA)).get("/api/me")).json().memberships).toHaveLength(1);
  });
});
