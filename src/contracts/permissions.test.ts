import { describe, expect, it } from "vitest";
import { can, PERMISSION_ROLES, permissionsOf, ROLES, type Permission, type Role } from "./permissions.ts";

/** The table as the clinic would read it, written out: a change to the code must change this too. */
const EXPECTED: Record<Role, readonly Permission[]> = {
  admin: ["clinic.read", "patients.manage", "clinical.write", "side-effects.record", "schedule.manage", "stock.manage", "hours.manage", "clinic.manage", "audit.read"],
  clinician: ["clinic.read", "patients.manage", "clinical.write", "sessions.draft", "sessions.amend", "side-effects.record", "schedule.manage"],
  injector: ["clinic.read", "sessions.draft", "sessions.sign", "sessions.amend", "side-effects.record", "schedule.manage"],
  coordinator: ["clinic.read", "patients.manage", "side-effects.record", "schedule.manage", "stock.manage", "hours.manage"],
};

describe("who may do what (one table)", () => {
  it.each(ROLES)("gives the %s exactly its permissions", (role) => {
    expect(permissionsOf([role])).toEqual(EXPECTED[role]);
  });

  it("lets a coordinator schedule but never sign or write clinically", () => {
    expect(can(["coordinator"], "schedule.manage")).toBe(true);
    expect(can(["coordinator"], "sessions.sign")).toBe(false);
    expect(can(["coordinator"], "sessions.amend")).toBe(false);
    expect(can(["coordinator"], "clinical.write")).toBe(false);
  });

  it("lets only an injector sign a session; a physician who injects holds both roles", () => {
    expect(ROLES.filter((role) => can([role], "sessions.sign"))).toEqual(["injector"]);
    expect(permissionsOf(["clinician", "injector"])).toContain("sessions.sign");
  });

  it("gives a person with several roles the union of them, and nobody anything without a role", () => {
    expect(permissionsOf(["injector", "coordinator"]).sort()).toEqual([...new Set([...EXPECTED.injector, ...EXPECTED.coordinator])].sort());
    expect(permissionsOf([])).toEqual([]);
  });

  it("lets only an administrator read the audit log (ADR 0016)", () => {
    expect(ROLES.filter((role) => can([role], "audit.read"))).toEqual(["admin"]);
  });

  it("names only known roles in the table", () => {
    for (const holders of Object.values(PERMISSION_ROLES)) for (const role of holders) expect(ROLES).toContain(role);
  });
});
