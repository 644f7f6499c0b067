/**
 * The authorization matrix's table, without a database: one entry per route of `apiRoutes` and
 * none for a route that is gone, and the outcomes computed from the access levels and the
 * permission table as docs/security.md states them. The calls themselves run in
 * authorization-matrix.int.test.ts.
 */
import { describe, expect, it } from "vitest";
import type { RouteContract } from "#contracts/api/route-contract.ts";
import { apiRoutes } from "#contracts/api/routes.ts";
import { entryGroups, matrixEntries } from "./authorization-matrix/entries.ts";
import { accessOutcome, CALLERS, expectedOutcome, FORBIDDEN, namesClinicRecord, NOT_FOUND, OK, roleAllowed, UNAUTHENTICATED } from "./authorization-matrix/outcomes.ts";

const routes = apiRoutes as Record<string, RouteContract>;
const routeNames = Object.keys(routes);

describe("the authorization matrix's entries", () => {
  it.each(routeNames)("%s has an entry saying how to call it", (name) => {
    expect(matrixEntries[name], `add an entry for ${name} to src/server/http/authorization-matrix/entries-*.ts`).toBeDefined();
  });

  it("has no entry for a route that is not in apiRoutes, and no route in two groups", () => {
    expect(Object.keys(matrixEntries).filter((name) => !(name in routes))).toEqual([]);
    const named = entryGroups.flatMap((group) => Object.keys(group));
    expect(named.filter((name, index) => named.indexOf(name) !== index)).toEqual([]);
  });

  it("gives a reason for every override, and overrides only what the access level would say otherwise", () => {
    for (const [name, entry] of Object.entries(matrixEntries)) {
      const route = routes[name];
      if (entry.overrides === undefined || route === undefined) continue;
      expect(entry.overrides.why.length, name).toBeGreaterThan(20);
      const changed = CALLERS.filter((caller) => {
        const base = accessOutcome(route, caller);
        return base !== null && JSON.stringify(expectedOutcome(route, caller, { overrides: entry.overrides })) !== JSON.stringify(base);
      });
      expect(changed.length, `${name}: an override that changes nothing`).toBeGreaterThan(0);
    }
  });

  it("opts out of the other clinic's record only on routes that name one, with a reason", () => {
    for (const [name, entry] of Object.entries(matrixEntries)) {
      const route = routes[name];
      if (entry.noOtherClinicRecord === undefined || route === undefined) continue;
      expect(namesClinicRecord(route), name).toBe(true);
      expect(entry.noOtherClinicRecord.length, name).toBeGreaterThan(20);
    }
  });
});

describe("the outcomes the access table gives", () => {
  const route = (access: RouteContract["access"], path = "/api/clinics/:clinicId/patients/:patientId/x") => ({ access, path });

  it("lets a role do what its permissions allow in its clinic, and forbids the rest", () => {
    expect(accessOutcome(route("sessions.sign"), "injector")).toEqual(OK);
    expect(accessOutcome(route("sessions.sign"), "clinician")).toEqual(FORBIDDEN);
    expect(accessOutcome(route("stock.manage"), "coordinator")).toEqual(OK);
    expect(accessOutcome(route("clinical.write"), "coordinator")).toEqual(FORBIDDEN);
  });

  it("tells another clinic's staff a clinic route does not exist, forbids patients and asks for a session", () => {
    expect(accessOutcome(route("clinic.read"), "other-clinic-staff")).toEqual(NOT_FOUND);
    expect(accessOutcome(route("clinic.read"), "own-patient")).toEqual(FORBIDDEN);
    expect(accessOutcome(route("clinic.read"), "other-patient")).toEqual(FORBIDDEN);
    expect(accessOutcome(route("clinic.read"), "no-session")).toEqual(UNAUTHENTICATED);
  });

  it("keeps a patient's own routes to patients, and staff routes to any clinic's staff", () => {
    expect(accessOutcome(route("patient", "/api/me/diary"), "own-patient")).toEqual(OK);
    expect(accessOutcome(route("patient", "/api/me/diary"), "admin")).toEqual(FORBIDDEN);
    expect(accessOutcome(route("staff", "/api/assess"), "other-clinic-staff")).toEqual(OK);
    expect(accessOutcome(route("staff", "/api/assess"), "own-patient")).toEqual(FORBIDDEN);
    expect(accessOutcome(route("public", "/api/setup"), "no-session")).toEqual(OK);
  });

  it("sends another clinic's record down this clinic's path with a role allowed the route, expecting not found", () => {
    expect(roleAllowed(route("sessions.sign"))).toBe("injector");
    expect(roleAllowed(route("clinical.write"))).toBe("admin");
    expect(accessOutcome(route("sessions.sign"), "other-clinic-record")).toEqual(NOT_FOUND);
    expect(accessOutcome(route("clinic.read", "/api/clinics/:clinicId/stock"), "other-clinic-record")).toBeNull();
    expect(accessOutcome(route("patient", "/api/me/diary"), "other-clinic-record")).toBeNull();
  });
});
