import { describe, expect, it } from "vitest";
import { ROLES } from "#contracts/permissions.ts";
import { ROLE_OPTIONS, dropsOwnAdmin, roleNames, rolesHint, rolesSavedText } from "./role-words.ts";

describe("the roles in words (ADR 0014)", () => {
  it("hints every role's meaning on its own line in the checkboxes' order, then how roles combine", () => {
    expect(rolesHint().split("\n")).toEqual([
      "Administrator: staff, settings and the product catalogue.",
      "Clinician: the physician; records and decides.",
      "Injector: gives the injections and signs the sessions.",
      "Coordinator: schedules and chases authorizations; signs nothing clinical.",
      "A person may hold several: a physician who injects is Clinician and Injector.",
    ]);
  });

  it("offers the four roles in the table's order", () => {
    expect(ROLE_OPTIONS.map((option) => option.value)).toEqual([...ROLES]);
  });

  it("lists a member's roles in the table's order and says what was saved", () => {
    expect(roleNames(["injector", "clinician"])).toEqual(["Clinician (physician)", "Injector"]);
    expect(rolesSavedText("Cal Clinician", ["injector", "clinician"])).toBe("Cal Clinician now holds Clinician (physician) and Injector.");
    expect(rolesSavedText("Ada Admin", ["admin", "clinician", "coordinator"])).toBe("Ada Admin now holds Administrator, Clinician (physician) and Coordinator.");
    expect(rolesSavedText("Ida Injector", ["injector"])).toBe("Ida Injector now holds Injector.");
  });

  it("notices only the signed-in person taking their own administrator role", () => {
    expect(dropsOwnAdmin("u1", "u1", ["admin", "clinician"], ["clinician"])).toBe(true);
    expect(dropsOwnAdmin("u2", "u1", ["admin"], ["clinician"])).toBe(false);
    expect(dropsOwnAdmin("u1", "u1", ["clinician"], ["injector"])).toBe(false);
  });
});
