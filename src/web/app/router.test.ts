import { describe, expect, it } from "vitest";
import { matchPath } from "./router.tsx";

describe("matchPath", () => {
  it.each([
    ["/invite/:token", "/invite/abc", { token: "abc" }],
    ["/clinic/:clinicId/patients/:patientId", "/clinic/c1/patients/p2", { clinicId: "c1", patientId: "p2" }],
    ["/today", "/today", {}],
    ["/today", "/today/", {}],
  ])("matches %s against %s", (pattern, path, params) => {
    expect(matchPath(pattern, path)).toEqual(params);
  });

  it.each([
    ["/clinic/:clinicId/patients", "/clinic/c1/patients/p2"],
    ["/clinic/:clinicId/staff", "/clinic/c1/patients"],
    ["/invite/:token", "/invite/%E0%A4%A"],
  ])("does not match %s against %s", (pattern, path) => {
    expect(matchPath(pattern, path)).toBeNull();
  });
});
