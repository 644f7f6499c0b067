/** Which routes count as an access to a patient's data (ADR 0016), over the real route list. */
import { describe, expect, it } from "vitest";
import { apiRoutes } from "#contracts/api/routes.ts";
import { ACCOUNT_ROUTES, accessScopeOf, accountActionsOf, CLINIC_WIDE_READS } from "./access-scope.ts";

const staff = { user: { id: "u" }, clinicId: "c" };
const patient = { user: { id: "pu" }, patient: { clinicId: "pc", patientId: "p" } };

describe("the routes that reach a patient's data", () => {
  it("takes the patient from the path of every route with :patientId, in the path's clinic", () => {
    const withPatient = Object.values(apiRoutes).filter((route) => route.path.includes("/:patientId"));
    expect(withPatient.length).toBeGreaterThan(20);
    for (const route of withPatient) expect(accessScopeOf(route, staff, { clinicId: "c", patientId: "p1" }), route.path).toEqual({ clinicId: "c", patientId: "p1" });
  });

  it("takes the patient's own routes as reads and writes of that patient", () => {
    const own = Object.values(apiRoutes).filter((route) => route.access === "patient");
    expect(own.map((route) => `${route.method} ${route.path}`).sort()).toEqual([
      "GET /api/me/appointments",
      "GET /api/me/diary",
      "GET /api/me/medicines",
      "GET /api/me/progress",
      "GET /api/me/questionnaires",
      "GET /api/me/reminders",
      "GET /api/me/side-effects",
      "POST /api/me/diary",
      "POST /api/me/diary/self-kept",
      "POST /api/me/questionnaires",
      "POST /api/me/side-effects",
      "POST /api/me/side-effects/check-ins",
      "PUT /api/me/medicines",
      "PUT /api/me/reminders",
    ]);
    for (const route of own) expect(accessScopeOf(route, patient, {})).toEqual({ clinicId: "pc", patientId: "p" });
  });

  it("counts the lists of the clinic's patients as reads of the clinic, and names only real routes", () => {
    const addresses = new Set(Object.values(apiRoutes).map((route) => `${route.method} ${route.path}`));
    for (const address of CLINIC_WIDE_READS) expect(addresses.has(address), address).toBe(true);
    expect(accessScopeOf(apiRoutes.worklist, staff, { clinicId: "c" })).toEqual({ clinicId: "c", patientId: null });
  });

  it("leaves out routes that reach no patient's data, and requests without a session", () => {
    for (const route of [apiRoutes.stock, apiRoutes.listStaff, apiRoutes.getClinicSettings, apiRoutes.me, apiRoutes.login]) expect(accessScopeOf(route, staff, { clinicId: "c" }), route.path).toBeNull();
    expect(accessScopeOf(apiRoutes.getPatient, null, { clinicId: "c", patientId: "p" })).toBeNull();
  });

  it("maps the account routes to the account log, each a real route", () => {
    const addresses = new Set(Object.values(apiRoutes).map((route) => `${route.method} ${route.path}`));
    for (const address of Object.keys(ACCOUNT_ROUTES)) expect(addresses.has(address), address).toBe(true);
    expect(accountActionsOf(apiRoutes.changePassword)).toEqual({ done: "password.changed", refused: "password.change_refused" });
    expect(accountActionsOf(apiRoutes.getPatient)).toBeNull();
  });
});
