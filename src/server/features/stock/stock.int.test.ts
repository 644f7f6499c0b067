/** Stock over HTTP on both databases: lots received, refused when expired or repeated, statuses as time passes, who may change what. */
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, put, signedIn } from "../../http/assessment-test-support.ts";
import { addStaff, testClock } from "../../shared/test-support.ts";

describe.each(testDatabaseKinds())("stock over HTTP on %s", (kind) => {
  const clock = testClock("2026-12-03T09:00:00.000Z");
  const env = httpWorld(kind, clock);
  const stockUrl = (suffix = "") => `/api/clinics/${env.world.a.clinicId}/stock${suffix}`;

  it("starts every clinic with the onabotulinumtoxinA catalogue: 100 U and 200 U, NDC and J0585", async () => {
    const stock = (await env.clinician.get(stockUrl())).json();
    expect(stock.products.map((p: { vialUnits: number; ndc: string; hcpcs: string; standardDiluentMl: number }) => [p.vialUnits, p.ndc, p.hcpcs, p.standardDiluentMl])).toEqual([
      [100, "0023-1145-01", "J0585", 2],
      [200, "0023-3921-02", "J0585", 4],
    ]);
    expect(stock.lots).toEqual([]);
  });

  it("lets a coordinator receive lots, flags one expiring within 30 days, refuses an expired or repeated one", async () => {
    const coordinator = await signedIn(env.http, await addStaff(env.world.deps, env.world.a.clinicId, "coordinator"));
    const first = await coordinator.post(stockUrl("/lots"), { productId: "onabotulinumtoxinA-100", lotNumber: "D2024", expiry: "2026-12-20", vialsReceived: 6 });
    expect(first.statusCode).toBe(200);
    expect(first.json().lots[0]).toMatchObject({ lotNumber: "D2024", status: "expiring", daysToExpiry: 17, vialsLeft: 6, receivedOn: "2026-12-03" });
    const again = await coordinator.post(stockUrl("/lots"), { productId: "onabotulinumtoxinA-100", lotNumber: "d2024", expiry: "2027-01-20", vialsReceived: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.issues).toEqual([expect.objectContaining({ path: "lotNumber" })]);
    const expired = await coordinator.post(stockUrl("/lots"), { productId: "onabotulinumtoxinA-100", lotNumber: "OLD1", expiry: "2026-12-02", vialsReceived: 1 });
    expect(expired.statusCode).toBe(400);
    expect(expired.json().error.details.issues).toEqual([expect.objectContaining({ path: "expiry" })]);
    const unknown = await coordinator.post(stockUrl("/lots"), { productId: "abobotulinumtoxinA-500", lotNumber: "X1", expiry: "2027-12-02", vialsReceived: 1 });
    expect(unknown.statusCode).toBe(400);
    const bad = await coordinator.post(stockUrl("/lots"), { productId: "onabotulinumtoxinA-100", lotNumber: "", expiry: "2027-02-30", vialsReceived: 0 });
    expect([...new Set(bad.json().error.details.issues.map((i: { path: string }) => i.path))].sort()).toEqual(["expiry", "lotNumber", "vialsReceived"]);
  });

  it("shows a lot expired once its expiry date has passed", async () => {
    clock.set("2026-12-21T09:00:00.000Z");
    const clinician = await signedIn(env.http, env.world.aClinician);
    expect((await clinician.get(stockUrl())).json().lots[0]).toMatchObject({ status: "expired", daysToExpiry: -1 });
  });

  it("lets only an administrator correct the catalogue, with a valid NDC; a clinician cannot receive stock", async () => {
    const clinician = await signedIn(env.http, env.world.aClinician);
    expect((await clinician.post(stockUrl("/lots"), { productId: "onabotulinumtoxinA-200", lotNumber: "E1", expiry: "2027-06-30", vialsReceived: 2 })).statusCode).toBe(403);
    const admin = await signedIn(env.http, env.world.a.staff);
    const change = { name: "BOTOX 200 Units", ndc: "0023-3921-02", active: true };
    expect((await put(clinician, stockUrl("/products/onabotulinumtoxinA-200"), change)).statusCode).toBe(403);
    expect((await put(admin, stockUrl("/products/onabotulinumtoxinA-200"), { ...change, ndc: "23-3921" })).statusCode).toBe(400);
    const updated = await put(admin, stockUrl("/products/onabotulinumtoxinA-200"), change);
    expect(updated.json().products[1]).toMatchObject({ name: "BOTOX 200 Units" });
    expect((await put(admin, stockUrl("/products/nothing"), change)).statusCode).toBe(404);
  });

  it("keeps another clinic's stock out of reach", async () => {
    const other = await signedIn(env.http, env.world.b.staff);
    expect((await other.get(stockUrl())).statusCode).toBe(404);
    const patient = await signedIn(env.http, env.world.ann);
    expect((await patient.get(stockUrl())).statusCode).toBe(403);
  });
});
