import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainDate } from "#domain/shared/plain-date.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { makeClinic, makePatientWithAccount, TEST_PASSWORD, testClock, testDeps, uniqueEmail } from "../../shared/test-support.ts";
import { sha256Hex } from "../../shared/tokens.ts";
import { SIGN_IN_LIMIT } from "../auth/sign-in-limit.ts";
import { login } from "../auth/sign-in.ts";
import { createPatient } from "../patients/patients.ts";
import { DEMO_LOGINS } from "../setup/demo-logins.ts";
import { seedDemo } from "../setup/seed-demo.ts";
import { listStaff } from "../staff/staff.ts";
import { acceptInvitation } from "./accept-invitation.ts";
import { describeInvitation, INVITATION_LIFETIME_MS, invitePatient, inviteStaff } from "./invitations.ts";
import { INVITATION_MAX_FAILED_ATTEMPTS } from "./repository.ts";

const tokenOf = (url: string) => url.split("/invite/")[1] ?? "";
const PASSWORD = "a long enough password";
const client = { ip: "198.51.100.7", loopback: false };

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
    expect(await describeInvitation(deps, token)).toMatchObject({ kind: "patient", clinicName: "Test Clinic", name: "Nell Mockridge", email: null, existingAccount: false });
    const email = uniqueEmail("nell");
    const signedIn = await acceptInvitation(deps, token, { email: email.toUpperCase(), password: PASSWORD }, client);
    expect(signedIn.me.user.email).toBe(email);
    expect(signedIn.me.patient).toMatchObject({ patientId: patient.id, name: "Nell Mockridge" });
    expect(signedIn.me.memberships).toEqual([]);
    expect((await login(deps, { email, password: PASSWORD }, { ip: "198.51.100.7", loopback: false })).me.patient?.patientId).toBe(patient.id);
  });

  it("can be used only once", async () => {
    const { deps, token } = await patientInvitation();
    await acceptInvitation(deps, token, { email: uniqueEmail("once"), password: PASSWORD }, client);
    await expect(describeInvitation(deps, token)).rejects.toMatchObject({ code: "invitation_invalid" });
    await expect(acceptInvitation(deps, token, { email: uniqueEmail("twice"), password: PASSWORD }, client)).rejects.toMatchObject({ code: "invitation_invalid" });
  });

  it("lets exactly one of two simultaneous accepts through", async () => {
    const { deps, token } = await patientInvitation();
    const results = await Promise.allSettled([
      acceptInvitation(deps, token, { email: uniqueEmail("a"), password: PASSWORD }, client),
      acceptInvitation(deps, token, { email: uniqueEmail("b"), password: PASSWORD }, client),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected").map((result) => result.reason.code)).toEqual(["invitation_invalid"]);
  });

  it("works until a millisecond before 7 days and not at 7 days", async () => {
    const early = await patientInvitation();
    early.clock.advance(INVITATION_LIFETIME_MS - 1);
    await expect(describeInvitation(early.deps, early.token)).resolves.toMatchObject({ kind: "patient" });
    await expect(acceptInvitation(early.deps, early.token, { email: uniqueEmail("early"), password: PASSWORD }, client)).resolves.toBeTruthy();

    const late = await patientInvitation();
    late.clock.advance(INVITATION_LIFETIME_MS);
    await expect(describeInvitation(late.deps, late.token)).rejects.toMatchObject({ code: "invitation_invalid" });
    await expect(acceptInvitation(late.deps, late.token, { email: uniqueEmail("late"), password: PASSWORD }, client)).rejects.toMatchObject({ code: "invitation_invalid" });
  });

  it("rejects an unknown token as invalid", async () => {
    await expect(describeInvitation(testDeps(t.db), "x".repeat(43))).rejects.toMatchObject({ code: "invitation_invalid" });
  });

  it("asks for an email on a patient invitation and leaves the link usable when it is missing or another account's password is wrong", async () => {
    const { deps, token, staff } = await patientInvitation();
    await expect(acceptInvitation(deps, token, { password: PASSWORD }, client)).rejects.toMatchObject({ code: "validation_failed", details: { issues: [{ path: "email" }] } });
    await expect(acceptInvitation(deps, token, { email: staff.email, password: PASSWORD }, client)).rejects.toMatchObject({ code: "invalid_credentials" });
    await expect(acceptInvitation(deps, token, { email: uniqueEmail("ok"), password: PASSWORD }, client)).resolves.toBeTruthy();
  });

  it("refuses a second invitation for a patient who already has an account", async () => {
    const { deps, token, clinicId, patient, staff } = await patientInvitation();
    await acceptInvitation(deps, token, { email: uniqueEmail("has"), password: PASSWORD }, client);
    await expect(invitePatient(deps, { clinicId, patientId: patient.id, actorUserId: staff.userId, baseUrl: "http://x" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("invites staff with the administrator's email and role; accepted, they are a member", async () => {
    const deps = testDeps(t.db, testClock("2026-07-20T09:00:00Z"));
    const { clinicId, staff } = await makeClinic(deps, "admin");
    const email = uniqueEmail("newclinician");
    const created = await inviteStaff(deps, { clinicId, actorUserId: staff.userId, baseUrl: "http://127.0.0.1:3000" }, { name: "Cleo Clinician", email, roles: ["clinician"] });
    expect((await listStaff(deps, clinicId)).find((member) => member.email === email)).toMatchObject({ active: false, roles: ["clinician"] });
    expect(await describeInvitation(deps, tokenOf(created.url))).toMatchObject({ kind: "staff", email, name: "Cleo Clinician", existingAccount: false });
    const signedIn = await acceptInvitation(deps, tokenOf(created.url), { email: uniqueEmail("ignored"), password: PASSWORD }, client);
    expect(signedIn.me.user.email).toBe(email);
    expect(signedIn.me.memberships).toEqual([expect.objectContaining({ clinicId, roles: ["clinician"] })]);
    expect((await listStaff(deps, clinicId)).filter((member) => member.email === email)).toEqual([expect.objectContaining({ active: true })]);
    await expect(inviteStaff(deps, { clinicId, actorUserId: staff.userId, baseUrl: "http://x" }, { name: "Again", email, roles: ["admin"] })).rejects.toMatchObject({ code: "conflict" });
  });

  it("does not find another clinic's patient to invite", async () => {
    const a = await patientInvitation();
    const deps = testDeps(t.db);
    const other = await makeClinic(deps, "clinician", "Other Clinic");
    await expect(invitePatient(deps, { clinicId: other.clinicId, patientId: a.patient.id, actorUserId: other.staff.userId, baseUrl: "http://x" })).rejects.toMatchObject({ code: "not_found" });
  });

  describe("for people who already have an account (ADR 0004: a user may belong to several clinics)", () => {
    const usersWithEmail = async (email: string) => (await t.db.selectFrom("users").select("id").where("email", "=", email).execute()).length;

    it("invites staff of another clinic; accepting with their current password adds the membership and keeps the password", async () => {
      const deps = testDeps(t.db, testClock("2026-07-20T09:00:00Z"));
      const elsewhere = await makeClinic(deps, "clinician", "Clinic Elsewhere");
      const here = await makeClinic(deps, "admin", "Clinic Here");
      const created = await inviteStaff(deps, { clinicId: here.clinicId, actorUserId: here.staff.userId, baseUrl: "http://x" }, { name: "Cleo Twojobs", email: elsewhere.staff.email.toUpperCase(), roles: ["clinician"] });
      const token = tokenOf(created.url);
      expect(await describeInvitation(deps, token)).toMatchObject({ kind: "staff", email: elsewhere.staff.email, existingAccount: true });
      // A new password instead of the current one is refused, and the link stays usable.
      await expect(acceptInvitation(deps, token, { password: PASSWORD }, client)).rejects.toMatchObject({ code: "invalid_credentials", details: { issues: [{ path: "password" }] } });
      const signedIn = await acceptInvitation(deps, token, { password: TEST_PASSWORD }, client);
      expect(signedIn.me.user.id).toBe(elsewhere.staff.userId);
      expect(signedIn.me.memberships.map((membership) => [membership.clinicName, membership.role]).sort()).toEqual([
        ["Clinic Elsewhere", "clinician"],
        ["Clinic Here", "clinician"],
      ]);
      expect(await usersWithEmail(elsewhere.staff.email)).toBe(1);
      await expect(login(deps, { email: elsewhere.staff.email, password: TEST_PASSWORD }, client)).resolves.toBeTruthy();
      await expect(login(deps, { email: elsewhere.staff.email, password: PASSWORD }, client)).rejects.toMatchObject({ code: "invalid_credentials" });
      expect((await listStaff(deps, here.clinicId)).filter((member) => member.email === elsewhere.staff.email)).toEqual([expect.objectContaining({ active: true })]);
    });

    it("still refuses to invite someone already on this clinic's staff", async () => {
      const deps = testDeps(t.db);
      const { clinicId, staff } = await makeClinic(deps, "admin");
      await expect(inviteStaff(deps, { clinicId, actorUserId: staff.userId, baseUrl: "http://x" }, { name: "Me Again", email: staff.email, roles: ["clinician"] })).rejects.toMatchObject({
        code: "conflict",
        details: { issues: [{ path: "email" }] },
      });
    });

    it("replaces an open invitation of the same email: a new link, the old one expired, the person listed once", async () => {
      const deps = testDeps(t.db, testClock("2026-07-20T09:00:00Z"));
      const { clinicId, staff } = await makeClinic(deps, "admin");
      const email = uniqueEmail("twice.invited");
      const request = { clinicId, actorUserId: staff.userId, baseUrl: "http://x" };
      const first = await inviteStaff(deps, request, { name: "Tess Twice", email, roles: ["clinician"] });
      const second = await inviteStaff(deps, request, { name: "Tess Twice", email: email.toUpperCase(), roles: ["admin"] });
      expect(second.url).not.toBe(first.url);
      await expect(describeInvitation(deps, tokenOf(first.url))).rejects.toMatchObject({ code: "invitation_invalid" });
      await expect(acceptInvitation(deps, tokenOf(first.url), { password: PASSWORD }, client)).rejects.toMatchObject({ code: "invitation_invalid" });
      expect((await listStaff(deps, clinicId)).filter((member) => member.email === email)).toEqual([expect.objectContaining({ active: false, roles: ["admin"] })]);
      const signedIn = await acceptInvitation(deps, tokenOf(second.url), { password: PASSWORD }, client);
      expect(signedIn.me.memberships).toEqual([expect.objectContaining({ clinicId, roles: ["admin"] })]);
    });

    it("lists a person once even when two administrators invite the same email at the same moment", async () => {
      const deps = testDeps(t.db, testClock("2026-07-20T09:00:00Z"));
      const { clinicId, staff } = await makeClinic(deps, "admin");
      const email = uniqueEmail("same.moment");
      const request = { clinicId, actorUserId: staff.userId, baseUrl: "http://x" };
      await Promise.all([1, 2, 3].map((n) => inviteStaff(deps, request, { name: `Sam Moment ${n}`, email, roles: ["clinician"] })));
      expect((await listStaff(deps, clinicId)).filter((member) => member.email === email)).toHaveLength(1);
    });

    it("links a patient invitation to an existing account (staff of another clinic) given its email and current password", async () => {
      const { deps, token, patient } = await patientInvitation();
      const other = await makeClinic(deps, "clinician", "Where I Work");
      expect((await describeInvitation(deps, token)).existingAccount).toBe(false);
      const signedIn = await acceptInvitation(deps, token, { email: other.staff.email, password: TEST_PASSWORD }, client);
      expect(signedIn.me.user.id).toBe(other.staff.userId);
      expect(signedIn.me.patient).toMatchObject({ patientId: patient.id });
      expect(signedIn.me.memberships).toEqual([expect.objectContaining({ clinicName: "Where I Work" })]);
      expect(await usersWithEmail(other.staff.email)).toBe(1);
    });

    it("answers a wrong current password with 401 invalid_credentials, linking nothing, counted by the sign-in limit and spending the link after a few", async () => {
      const { deps, token, patient } = await patientInvitation();
      const other = await makeClinic(deps, "clinician");
      const guessing = { ip: "203.0.113.99", loopback: false };
      for (let i = 0; i < INVITATION_MAX_FAILED_ATTEMPTS; i += 1) {
        await expect(acceptInvitation(deps, token, { email: other.staff.email, password: `guess number ${i}` }, guessing)).rejects.toMatchObject({ code: "invalid_credentials" });
      }
      await expect(acceptInvitation(deps, token, { email: other.staff.email, password: TEST_PASSWORD }, guessing)).rejects.toMatchObject({ code: "invitation_invalid" });
      const row = await t.db.selectFrom("patients").select("user_id").where("id", "=", patient.id).executeTakeFirstOrThrow();
      expect(row.user_id).toBeNull();
      // The same guesses count at sign-in: the pair (email, address) has SIGN_IN_LIMIT.perEmailAndAddress in all.
      for (let i = INVITATION_MAX_FAILED_ATTEMPTS; i < SIGN_IN_LIMIT.perEmailAndAddress; i += 1) {
        await expect(login(deps, { email: other.staff.email, password: `guess number ${i}` }, guessing)).rejects.toMatchObject({ code: "invalid_credentials" });
      }
      await expect(login(deps, { email: other.staff.email, password: TEST_PASSWORD }, guessing)).rejects.toMatchObject({ code: "rate_limited" });
    });

    it("refuses with conflict an account that already signs in as another patient, leaving the link usable", async () => {
      const first = await patientInvitation();
      const existing = await makePatientWithAccount(first.deps, first.clinicId, first.staff.userId, { name: "Already Patient" });
      const second = await patientInvitation();
      await expect(acceptInvitation(second.deps, second.token, { email: existing.email, password: TEST_PASSWORD }, client)).rejects.toMatchObject({
        code: "conflict",
        details: { issues: [{ path: "email" }] },
      });
      await expect(describeInvitation(second.deps, second.token)).resolves.toMatchObject({ kind: "patient" });
      await expect(acceptInvitation(second.deps, second.token, { email: uniqueEmail("fresh"), password: PASSWORD }, client)).resolves.toBeTruthy();
    });

    it("does not let a demo account (public password) join a real clinic", async () => {
      const deps = testDeps(t.db);
      await seedDemo(deps);
      const { clinicId, staff } = await makeClinic(deps, "admin");
      const demoClinician = DEMO_LOGINS[1];
      const created = await inviteStaff(deps, { clinicId, actorUserId: staff.userId, baseUrl: "http://x" }, { name: "Demo Person", email: demoClinician.email, roles: ["admin"] });
      await expect(acceptInvitation(deps, tokenOf(created.url), { password: demoClinician.password }, client)).rejects.toMatchObject({ code: "conflict" });
      expect((await listStaff(deps, clinicId)).filter((member) => member.active).map((member) => member.email)).toEqual([staff.email]);
    }, 60_000);
  });
});
