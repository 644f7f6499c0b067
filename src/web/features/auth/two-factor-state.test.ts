import { describe, expect, it } from "vitest";
import type { Me } from "#contracts/api/auth.ts";
import { clinicOfPath, codeToSend, needsTwoFactorSetup } from "./two-factor-state.ts";

const membership = (clinicId: string, twoFactorRequired: boolean) => ({ clinicId, clinicName: "C", role: "clinician" as const, roles: ["clinician" as const], permissions: ["clinic.read"], demo: false, twoFactorRequired });
const me = (enabled: boolean, ...memberships: ReturnType<typeof membership>[]): Me => ({ user: { id: "u", email: "u@example.org", name: "U", twoFactorEnabled: enabled }, memberships, patient: null, signInWarning: null });

describe("needsTwoFactorSetup", () => {
  it("sends a member without two-factor sign-in to set it up for a clinic that asks for it, and only for that clinic", () => {
    const person = me(false, membership("strict", true), membership("relaxed", false));
    expect(needsTwoFactorSetup(person)).toBe(true);
    expect(needsTwoFactorSetup(person, "strict")).toBe(true);
    expect(needsTwoFactorSetup(person, "relaxed")).toBe(false);
  });

  it("lets through a person who has it, and anyone whose clinics do not ask", () => {
    expect(needsTwoFactorSetup(me(true, membership("strict", true)), "strict")).toBe(false);
    expect(needsTwoFactorSetup(me(false, membership("relaxed", false)))).toBe(false);
  });

  it("reads a copy of /api/me cached before the fields existed as not asked", () => {
    const old = { user: { id: "u", email: "u@example.org", name: "U" }, memberships: [{ clinicId: "c", clinicName: "C", role: "clinician", roles: ["clinician"], permissions: [], demo: false }], patient: null, signInWarning: null } as unknown as Me;
    expect(needsTwoFactorSetup(old)).toBe(false);
  });
});

describe("clinicOfPath and codeToSend", () => {
  it("finds the clinic of a clinic page", () => {
    expect(clinicOfPath("/clinic/c1/worklist")).toBe("c1");
    expect(clinicOfPath("/clinic/c1")).toBe("c1");
    expect(clinicOfPath("/account")).toBeUndefined();
  });

  it("drops the spaces of a 6-digit code and keeps a recovery code as typed", () => {
    expect(codeToSend(" 123 456 ")).toBe("123456");
    expect(codeToSend(" abcd-efgh-2345-6789 ")).toBe("abcd-efgh-2345-6789");
  });
});
