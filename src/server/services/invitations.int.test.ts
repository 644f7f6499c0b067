import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainDate } from "#domain/shared/plain-date.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../db/testing.ts";
import { acceptInvitation } from "./accept-invitation.ts";
import { login } from "./auth.ts";
import { describeInvitation, INVITATION_LIFETIME_MS, invitePatient, inviteStaff } from "./invitations.ts";
import { createPatient } from "./patients.ts";
import { listStaff } from "./staff.ts";
import { makeClinic, testClock, testDeps, uniqueEmail } from "./test-support.ts";
import { sha256Hex } from "./tokens.ts";

const tokenOf = (url: string) => url.split("/invite/")[1] ?? "";
const PASSWORD = "a long enough password";

describe.each(testDatabaseKinds())("invitations on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t.close());

  async function patientInvitation(clock = testClock("2026-07-20T09:00:00Z")) {
    const deps = testDeps(t.db, clock);
    const { clinicId, staff } = await makeClinic(deps, "clinician");
    const patient = await createPatient(deps, clinicId, staff.userId, { name: "Nell Mockridge", birthDate: plainDate("1990-01-02"), timeZone: "Europe/London" });
    const created = await invitePatient(deps, { clinicId, patientId: patient.id, actorUserId: staff.userId, baseUrl: "https://clinic.example.org" });
    return { deps, clock, clinicId, staff, patient, created, token: tokenOf(created.url) };
  }

  it("makes a link under the public address that expires in 7 days, storing only the token's sha256", async () => {
    const { created, token, clinicId } = await patientInvitation();
    expect(created.url).toMatch(/^https:\/\/clinic\.example\.org\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(created.expiresAt).toBe("2026-07-27T09:00:00.000Z");
    const rows = await t.db.selectFrom("invitations").select(["token_hash"]).where("clinic_id", "=", clinicId).execute();
    expect(rows).toEqual([{ token_hash: sha256Hex(token) }]);
  });

  it("describes the invitation, then accepting it creates the account, links the patient and signs in", async () => {
    const { deps, token, patient } = await patientInvitation();
    expect(await describeInvitation(deps, token)).toMatchObject({ kind: "patient", clinicName: "Test Clinic", name: "Nell Mockridge", email: null });
    const email = uniqueEmail("nell");
    const signedIn = await acceptInvitation(deps, token, { email: email.toUpperCase(), password: PASSWORD });
    expect(signedIn.me.user.email).toBe(email);
    expect(signedIn.me.patient).toMatchObject({ patientId: patient.id, name: "Nell Mockridge" });
    expect(signedIn.me.memberships).toEqual([]);
    expect((await login(deps, { email, password: PASSWORD })).me.patient?.patientId).toBe(patient.id);
  });

  it("can be used only once", async () => {
    const { deps, token } = await patientInvitation();
    await acceptInvitation(deps, token, { email: uniqueEmail("once"), password: PASSWORD });
    await expect(describeInvitation(deps, token)).rejects.toMatchObject({ code: "invitation_invalid" });
    await expect(acceptInvitation(deps, token, { email: uniqueEmail("twice"), password: PASSWORD })).rejects.toMatchObject({ code: "invitation_invalid" });
  });

  it("lets exactly one of two simultaneous accepts through", async () => {
    const { deps, token } = await patientInvitation();
    const results = await Promise.allSettled([
      acceptInvitation(deps, token, { email: uniqueEmail("a"), password: PASSWORD }),
      acceptInvitation(deps, token, { email: uniqueEmail("b"), password: PASSWORD }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected").map((result) => result.reason.code)).toEqual(["invitation_invalid"]);
  });

  it("works until a millisecond before 7 days and not at 7 days", async () => {
    const early = await patientInvitation();
    early.clock.advance(INVITATION_LIFETIME_MS - 1);
    await expect(describeInvitation(early.deps, early.token)).resolves.toMatchObject({ kind: "patient" });
    await expect(acceptInvitation(early.deps, early.token, { email: uniqueEmail("early"), password: PASSWORD })).resolves.toBeTruthy();

    const late = await patientInvitation();
    late.clock.advance(INVITATION_LIFETIME_MS);
    await expect(describeInvitation(late.deps, late.token)).rejects.toMatchObject({ code: "invitation_invalid" });
    await expect(acceptInvitation(late.deps, late.token, { email: uniqueEmail("late"), password: PASSWORD })).rejects.toMatchObject({ code: "invitation_invalid" });
  });

  it("rejects an unknown token as invalid", async () => {
    await expect(describeInvitation(testDeps(t.db), "x".repeat(43))).rejects.toMatchObject({ code: "invitation_invalid" });
  });

  it("asks for an email on a patient invitation and leaves the link usable when it is missing or taken", async () => {
    const { deps, token, staff } = await patientInvitation();
    await expect(acceptInvitation(deps, token, { password: PASSWORD })).rejects.toMatchObject({ code: "validation_failed", details: { issues: [{ path: "email" }] } });
    await expect(acceptInvitation(deps, token, { email: staff.email, password: PASSWORD })).rejects.toMatchObject({ code: "conflict" });
    await expect(acceptInvitation(deps, token, { email: uniqueEmail("ok"), password: PASSWORD })).resolves.toBeTruthy();
  });

  it("refuses a second invitation for a patient who already has an account", async () => {
    const { deps, token, clinicId, patient, staff } = await patientInvitation();
    await acceptInvitation(deps, token, { email: uniqueEmail("has"), password: PASSWORD });
    await expect(invitePatient(deps, { clinicId, patientId: patient.id, actorUserId: staff.userId, baseUrl: "http://x" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("invites staff with the administrator's email and role; accepted, they are a member", async () => {
    const deps = testDeps(t.db, testClock("2026-07-20T09:00:00Z"));
    const { clinicId, staff } = await makeClinic(deps, "admin");
    const email = uniqueEmail("newclinician");
    const created = await inviteStaff(deps, { clinicId, actorUserId: staff.userId, baseUrl: "http://127.0.0.1:3000" }, { name: "Cleo Clinician", email, role: "clinician" });
    expect((await listStaff(deps, clinicId)).find((member) => member.email === email)).toMatchObject({ active: false, role: "clinician" });
    expect(await describeInvitation(deps, tokenOf(created.url))).toMatchObject({ kind: "staff", email, name: "Cleo Clinician" });
    const signedIn = await acceptInvitation(deps, tokenOf(created.url), { email: uniqueEmail("ignored"), password: PASSWORD });
    expect(signedIn.me.user.email).toBe(email);
    expect(signedIn.me.memberships).toEqual([expect.objectContaining({ clinicId, role: "clinician" })]);
    expect((await listStaff(deps, clinicId)).filter((member) => member.email === email)).toEqual([expect.objectContaining({ active: true })]);
    await expect(inviteStaff(deps, { clinicId, actorUserId: staff.userId, baseUrl: "http://x" }, { name: "Again", email, role: "admin" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("does not find another clinic's patient to invite", async () => {
    const a = await patientInvitation();
    const deps = testDeps(t.db);
    const other = await makeClinic(deps, "clinician", "Other Clinic");
    await expect(invitePatient(deps, { clinicId: other.clinicId, patientId: a.patient.id, actorUserId: other.staff.userId, baseUrl: "http://x" })).rejects.toMatchObject({ code: "not_found" });
  });
});
