import { describe, expect, it } from "vitest";
import type { Me } from "#contracts/api/auth.ts";
import { homePath } from "./home.ts";

const user = { id: "u1", email: "a@example.org", name: "A" };
const clinicId = "0190f7a6-0000-7000-8000-000000000001";

describe("homePath", () => {
  it("sends a patient to today's diary", () => {
    const me: Me = { user, memberships: [], patient: { clinicId, clinicName: "C", patientId: "p", name: "P", birthDate: "1980-01-01", timeZone: "UTC", demo: false } };
    expect(homePath(me)).toBe("/today");
  });

  it("sends an administrator to the staff page and a clinician to the patients", () => {
    expect(homePath({ user, patient: null, memberships: [{ clinicId, clinicName: "C", role: "admin", demo: false }] })).toBe(`/clinic/${clinicId}/staff`);
    expect(homePath({ user, patient: null, memberships: [{ clinicId, clinicName: "C", role: "clinician", demo: false }] })).toBe(`/clinic/${clinicId}/patients`);
  });

  it("says so when the account belongs to no clinic", () => {
    expect(homePath({ user, patient: null, memberships: [] })).toBe("/no-access");
  });
});
