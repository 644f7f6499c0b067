import { describe, expect, it } from "vitest";
import type { Me } from "#contracts/api/auth.ts";
import { permissionsOf, type Role } from "#contracts/permissions.ts";
import { homePath, membershipCan } from "./home.ts";

const user = { id: "u1", email: "a@example.org", name: "A", twoFactorEnabled: false };
const clinicId = "0190f7a6-0000-7000-8000-000000000001";
const membership = (...roles: Role[]) => ({ clinicId, clinicName: "C", role: roles[0] ?? "clinician", roles, permissions: permissionsOf(roles), demo: false, twoFactorRequired: false });

describe("homePath", () => {
  it("sends a patient to today's diary", () => {
    const me: Me = { user, memberships: [], patient: { clinicId, clinicName: "C", patientId: "p", name: "P", birthDate: "1980-01-01", timeZone: "UTC", demo: false }, signInWarning: null };
    expect(homePath(me)).toBe("/today");
  });

  it("sends an administrator to the staff page and every clinical role to the worklist", () => {
    expect(homePath({ user, signInWarning: null, patient: null, memberships: [membership("admin")] })).toBe(`/clinic/${clinicId}/staff`);
    expect(homePath({ user, signInWarning: null, patient: null, memberships: [membership("clinician")] })).toBe(`/clinic/${clinicId}/worklist`);
    expect(homePath({ user, signInWarning: null, patient: null, memberships: [membership("coordinator")] })).toBe(`/clinic/${clinicId}/worklist`);
    expect(homePath({ user, signInWarning: null, patient: null, memberships: [membership("admin", "clinician")] })).toBe(`/clinic/${clinicId}/worklist`);
  });

  it("answers what a membership may do from the permissions the server sent", () => {
    expect(membershipCan(membership("coordinator"), "schedule.manage")).toBe(true);
    expect(membershipCan(membership("coordinator"), "sessions.sign")).toBe(false);
    expect(membershipCan(undefined, "clinic.read")).toBe(false);
  });

  it("says so when the account belongs to no clinic", () => {
    expect(homePath({ user, signInWarning: null, patient: null, memberships: [] })).toBe("/no-access");
  });
});
