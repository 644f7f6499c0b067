/**
 * argon2 is deliberately slow: a request that cannot succeed (a used or unknown invitation link,
 * a setup already done, a missing email) must be refused before any hashing, so such requests
 * cannot be used to load the server. The password module is wrapped to count calls; the real
 * hashing still runs.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { plainDate } from "#domain/shared/plain-date.ts";
import { openTestDatabase, type TestDatabase } from "../../db/testing.ts";
import { makeClinic, testClock, testDeps, uniqueEmail } from "../../shared/test-support.ts";
import { acceptInvitation } from "../invitations/accept-invitation.ts";
import { invitePatient } from "../invitations/invitations.ts";
import { createPatient } from "../patients/patients.ts";
import { createClinic } from "../setup/setup.ts";
import type * as Passwords from "./passwords.ts";

const argon2 = vi.hoisted(() => ({ hashes: 0, verifies: 0 }));

vi.mock("./passwords.ts", async (importOriginal) => {
  const real = await importOriginal<typeof Passwords>();
  return {
    hashPassword: async (password: string) => {
      argon2.hashes += 1;
      return real.hashPassword(password);
    },
    verifyPassword: async (storedHash: string | null, password: string) => {
      argon2.verifies += 1;
      return real.verifyPassword(storedHash, password);
    },
  };
});

const client = { ip: "198.51.100.7", loopback: false };
const PASSWORD = "a long enough password";

describe("password hashing comes after the cheap checks", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase("pglite");
  });
  afterAll(() => t.close());
  beforeEach(() => {
    argon2.hashes = 0;
    argon2.verifies = 0;
  });

  async function patientInvitationToken(clock = testClock("2026-07-20T09:00:00Z")) {
    const deps = testDeps(t.db, clock);
    const { clinicId, staff } = await makeClinic(deps, "clinician");
    const patient = await createPatient(deps, clinicId, staff.userId, { name: "Hugo Hashless", birthDate: plainDate("1980-01-01"), timeZone: "Europe/London" });
    const { url } = await invitePatient(deps, { clinicId, patientId: patient.id, actorUserId: staff.userId, baseUrl: "http://x" });
    argon2.hashes = 0;
    argon2.verifies = 0;
    return { deps, clock, token: url.split("/invite/")[1] ?? "" };
  }

  it("refuses an unknown invitation link without hashing", async () => {
    await expect(acceptInvitation(testDeps(t.db), "u".repeat(43), { email: uniqueEmail("nobody"), password: PASSWORD }, client)).rejects.toMatchObject({ code: "invitation_invalid" });
    expect(argon2).toEqual({ hashes: 0, verifies: 0 });
  });

  it("refuses a used or expired invitation link, and a missing email, without hashing", async () => {
    const used = await patientInvitationToken();
    await acceptInvitation(used.deps, used.token, { email: uniqueEmail("first"), password: PASSWORD }, client);
    expect(argon2.hashes).toBe(1);
    argon2.hashes = 0;
    await expect(acceptInvitation(used.deps, used.token, { email: uniqueEmail("second"), password: PASSWORD }, client)).rejects.toMatchObject({ code: "invitation_invalid" });

    const expired = await patientInvitationToken();
    expired.clock.advance(8 * 24 * 60 * 60 * 1000);
    await expect(acceptInvitation(expired.deps, expired.token, { email: uniqueEmail("late"), password: PASSWORD }, client)).rejects.toMatchObject({ code: "invitation_invalid" });

    const open = await patientInvitationToken();
    await expect(acceptInvitation(open.deps, open.token, { password: PASSWORD }, client)).rejects.toMatchObject({ code: "validation_failed" });
    expect(argon2).toEqual({ hashes: 0, verifies: 0 });
  });

  it("refuses a second setup without hashing", async () => {
    const fresh = await openTestDatabase("pglite"); // the tests above made clinics
    try {
      const deps = testDeps(fresh.db);
      const input = { clinicName: "Hashless Clinic", timeZone: "Europe/London", admin: { name: "Ada Admin", email: uniqueEmail("ada"), password: PASSWORD } };
      await createClinic(deps, input);
      expect(argon2.hashes).toBe(1);
      argon2.hashes = 0;
      await expect(createClinic(deps, { ...input, admin: { ...input.admin, email: uniqueEmail("bob") } })).rejects.toMatchObject({ code: "already_initialized" });
      expect(argon2.hashes).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
