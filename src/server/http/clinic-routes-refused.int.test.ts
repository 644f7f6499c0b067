/**
 * Every clinic route, derived from the contract list (so a route added later is covered without
 * being named here), refuses on both databases: staff of another clinic get "not found" (the
 * clinic's existence is not confirmed to them) and a patient's account is forbidden. Nothing is
 * written by a refused call. Each route's own tests cover what its roles may do inside the clinic.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { apiRoutes } from "#contracts/api/routes.ts";
import type { RouteContract } from "#contracts/api/route-contract.ts";
import { testDatabaseKinds } from "../db/testing.ts";
import { testClock } from "../shared/test-support.ts";
import { NOW, httpWorld, signedIn } from "./assessment-test-support.ts";
import type { TestClient } from "./test-app.ts";

const clinicRoutes = Object.entries(apiRoutes as Record<string, RouteContract>).filter(([, route]) => route.path.startsWith("/api/clinics/:clinicId"));
const SOME_ID = "0195f1d2-7b1e-7c3a-9f00-000000000001";

/** The route's path with clinic A's clinic and patient, and an id that names nothing for every other parameter. */
function urlFor(route: RouteContract, clinicId: string, patientId: string): string {
  return route.path.replace(/:(\w+)/g, (_, name: string) => (name === "clinicId" ? clinicId : name === "patientId" ? patientId : SOME_ID));
}

describe("the clinic routes' list", () => {
  it("holds every route under a clinic, each guarded by a permission of that clinic", () => {
    expect(clinicRoutes.length).toBeGreaterThan(40);
    for (const [name, route] of clinicRoutes) expect(["public", "signed-in", "patient", "staff"], name).not.toContain(route.access);
  });
});

describe.each(testDatabaseKinds())("every clinic route refuses outsiders on %s", (kind) => {
  const env = httpWorld(kind, testClock(NOW));
  let outsider: TestClient;
  let patient: TestClient;
  beforeAll(async () => {
    outsider = await signedIn(env.http, env.world.b.staff);
    patient = await signedIn(env.http, env.world.ann);
  });

  it.each(clinicRoutes)("%s: staff of another clinic get not found, a patient is forbidden", async (_name, route) => {
    const { a, ann } = env.world;
    const url = urlFor(route, a.clinicId, ann.patientId);
    const before = await env.t.db.selectFrom("audit_events").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    const payload = route.method === "GET" || route.method === "DELETE" ? {} : { payload: {} };

    const asOutsider = await outsider.request({ method: route.method, url, ...payload });
    expect(asOutsider.statusCode, `${route.method} ${url} as another clinic's staff`).toBe(404);
    expect(asOutsider.json().error.code).toBe("not_found");
    const asPatient = await patient.request({ method: route.method, url, ...payload });
    expect(asPatient.statusCode, `${route.method} ${url} as a patient`).toBe(403);
    expect(asPatient.json().error.code).toBe("forbidden");

    const after = await env.t.db.selectFrom("audit_events").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    expect(Number(after.n), "audit rows written by a refused call").toBe(Number(before.n));
  });
});
