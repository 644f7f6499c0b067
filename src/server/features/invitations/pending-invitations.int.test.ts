/**
 * An administrator's pending invitations over HTTP on both databases (issue 7): listed with who,
 * roles, sent and expiry; revoked (the link stops at once); resent (a new link and expiry, the old
 * link stops). Another clinic's staff get not_found, a patient and a non-administrator forbidden.
 */
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { TestClient } from "../../http/test-app.ts";
import { testClock } from "../../shared/test-support.ts";
import { INVITATION_LIFETIME_MS } from "./invitations.ts";

describe.each(testDatabaseKinds())("pending invitations on %s", (kind) => {
  const clock = testClock("2026-07-20T10:00:00.000Z");
  const env = httpWorld(kind, clock);
  const tokenOf = (url: string) => url.split("/invite/")[1] ?? "";

  it("lists staff and patient invitations not yet accepted, newest first, without the used or expired ones", async () => {
    const admin = await signedIn(env.http, env.world.a.staff);
    const staffLink = (await admin.post(`/api/clinics/${env.world.a.clinicId}/staff`, { name: "Ivy Invited", email: "ivy.pending@example.test", roles: ["injector", "clinician"] })).json();
    clock.advance(1000);
    const patient = await env.world.newPatient(env.world.a.clinicId, env.world.a.staff.userId);
    const patientLink = (await admin.post(`/api/clinics/${env.world.a.clinicId}/patients/${patient.id}/invitations`)).json();
    const listed = (await admin.get(`/api/clinics/${env.world.a.clinicId}/invitations`)).json();
    expect(listed.slice(0, 2)).toEqual([
      { id: expect.any(String), kind: "patient", name: "Cal Placeholder", email: null, roles: [], sentAt: clock().toISOString(), expiresAt: patientLink.expiresAt },
      { id: expect.any(String), kind: "staff", name: "Ivy Invited", email: "ivy.pending@example.test", roles: ["clinician", "injector"], sentAt: new Date(clock().getTime() - 1000).toISOString(), expiresAt: staffLink.expiresAt },
    ]);
    expect((await new TestClient(env.http.app).post(`/api/invitations/${tokenOf(staffLink.url)}/accept`, { password: "kettle-lantern-tablet-7" })).statusCode).toBe(200);
    const after = (await admin.get(`/api/clinics/${env.world.a.clinicId}/invitations`)).json() as { email: string | null }[];
    expect(after.map((invitation) => invitation.email)).not.toContain("ivy.pending@example.test");
  });

  it("revokes a link: it stops working at once, and leaves the list", async () => {
    const admin = await signedIn(env.http, env.world.a.staff);
    const link = (await admin.post(`/api/clinics/${env.world.a.clinicId}/staff`, { name: "Rae Revoked", email: "rae.revoked@example.test", roles: ["coordinator"] })).json();
    const id = ((await admin.get(`/api/clinics/${env.world.a.clinicId}/invitations`)).json() as { id: string; email: string }[]).find((row) => row.email === "rae.revoked@example.test")?.id;
    expect((await admin.post(`/api/clinics/${env.world.a.clinicId}/invitations/${id}/revoke`)).statusCode).toBe(200);
    const opened = await new TestClient(env.http.app).get(`/api/invitations/${tokenOf(link.url)}`);
    expect(opened.json().error.code).toBe("invitation_invalid");
    expect((await new TestClient(env.http.app).post(`/api/invitations/${tokenOf(link.url)}/accept`, { password: "kettle-lantern-tablet-7" })).statusCode).toBe(410);
    expect((await admin.post(`/api/clinics/${env.world.a.clinicId}/invitations/${id}/revoke`)).json().error.code).toBe("not_found");
    const staff = (await admin.get(`/api/clinics/${env.world.a.clinicId}/staff`)).json() as { email: string }[];
    expect(staff.map((member) => member.email)).not.toContain("rae.revoked@example.test");
  });

  it("resends: a new link with a new expiry that works, the old one dead", async () => {
    const admin = await signedIn(env.http, env.world.a.staff);
    const old = (await admin.post(`/api/clinics/${env.world.a.clinicId}/staff`, { name: "Reese Resent", email: "reese.resent@example.test", roles: ["clinician"] })).json();
    const id = ((await admin.get(`/api/clinics/${env.world.a.clinicId}/invitations`)).json() as { id: string; email: string }[]).find((row) => row.email === "reese.resent@example.test")?.id;
    clock.advance(60_000);
    await admin.signInAgain();
    const resent = await admin.post(`/api/clinics/${env.world.a.clinicId}/invitations/${id}/resend`);
    expect(resent.statusCode).toBe(200);
    expect(resent.json().expiresAt).toBe(new Date(clock().getTime() + INVITATION_LIFETIME_MS).toISOString());
    expect(resent.json().url).not.toBe(old.url);
    expect((await new TestClient(env.http.app).get(`/api/invitations/${tokenOf(old.url)}`)).statusCode).toBe(410);
    expect((await new TestClient(env.http.app).get(`/api/invitations/${tokenOf(resent.json().url)}`)).json()).toMatchObject({ kind: "staff", name: "Reese Resent", email: "reese.resent@example.test" });
    const accepted = await new TestClient(env.http.app).post(`/api/invitations/${tokenOf(resent.json().url)}/accept`, { password: "kettle-lantern-tablet-7" });
    expect(accepted.json().memberships[0]).toMatchObject({ clinicId: env.world.a.clinicId, roles: ["clinician"] });
    // The old invitation cannot be resent again.
    expect((await admin.post(`/api/clinics/${env.world.a.clinicId}/invitations/${id}/resend`)).json().error.code).toBe("not_found");
  });

  it("answers not_found to another clinic's administrator, forbidden to a patient and a clinician", async () => {
    const admin = await signedIn(env.http, env.world.a.staff);
    await admin.post(`/api/clinics/${env.world.a.clinicId}/staff`, { name: "Tess Tenant", email: "tess.tenant@example.test", roles: ["clinician"] });
    const id = ((await admin.get(`/api/clinics/${env.world.a.clinicId}/invitations`)).json() as { id: string; email: string }[]).find((row) => row.email === "tess.tenant@example.test")?.id;
    const adminB = await signedIn(env.http, env.world.b.staff);
    for (const request of [adminB.get(`/api/clinics/${env.world.a.clinicId}/invitations`), adminB.post(`/api/clinics/${env.world.a.clinicId}/invitations/${id}/revoke`), adminB.post(`/api/clinics/${env.world.a.clinicId}/invitations/${id}/resend`)]) {
      expect((await request).json().error.code).toBe("not_found");
    }
    // Clinic B's own route with clinic A's invitation: not found either.
    expect((await adminB.post(`/api/clinics/${env.world.b.clinicId}/invitations/${id}/revoke`)).json().error.code).toBe("not_found");
    const ann = await signedIn(env.http, env.world.ann);
    expect((await ann.get(`/api/clinics/${env.world.a.clinicId}/invitations`)).json().error.code).toBe("forbidden");
    expect((await env.clinician.post(`/api/clinics/${env.world.a.clinicId}/invitations/${id}/revoke`)).json().error.code).toBe("forbidden");
    expect((await admin.get(`/api/clinics/${env.world.a.clinicId}/invitations`)).json().map((row: { id: string }) => row.id)).toContain(id);
  });
});
