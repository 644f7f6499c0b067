/** The one error shape, and bad input answered 400 with the field named, never 500. */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { errorBodySchema } from "#contracts/api/errors.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../db/testing.ts";
import { makeClinic, makePatientWithAccount, testDeps } from "../shared/test-support.ts";
import { TestClient, testApp, type TestApp } from "./test-app.ts";

let patientId = "";
const goodDay = () => ({ patientId, id: uuidv7(), date: "2026-07-01", recordedAt: "2026-07-01T20:00:00Z", headache: true, hours: 5, severity: 2 });

describe.each(testDatabaseKinds())("errors over HTTP on %s", (kind) => {
  let t: TestDatabase;
  let http: TestApp;
  let patient: TestClient;

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    http = await testApp(t.db);
    const deps = testDeps(t.db);
    const { clinicId, staff } = await makeClinic(deps);
    const account = await makePatientWithAccount(deps, clinicId, staff.userId);
    patientId = account.patientId;
    patient = new TestClient(http.app);
    await patient.login(account.email, account.password);
  });
  afterAll(async () => {
    await http.close();
    await t.close();
  });

  it.each([
    ["hours of 30", { hours: 30 }, "hours", "must be 0-24 hours"],
    ["a missing severity on a headache day", { severity: undefined }, "severity", "is required when headache is true"],
    ["the date 2026-02-30", { date: "2026-02-30" }, "date", "must be a calendar date YYYY-MM-DD"],
    ["a severity of 2.5", { severity: 2.5 }, "severity", "must be a whole number 0-3"],
    ["an unknown medication class", { medications: [{ class: "magic" }] }, "medications.0.class", undefined],
    ["a recordedAt without an offset", { recordedAt: "2026-07-01 20:00" }, "recordedAt", undefined],
    ["an id that is not a UUID", { id: "abc" }, "id", undefined],
    ["a recordedAt a day ahead of the server's clock", { recordedAt: new Date(Date.now() + 86_400_000).toISOString() }, "recordedAt", "must not be later than the server's clock (the device's clock may be wrong)"],
    ["a recordedAt two days before the date", { recordedAt: "2026-06-29T20:00:00Z" }, "recordedAt", "must not be before the diary date begins"],
  ])("answers 400 validation_failed naming the field for %s", async (_label, change, path, message) => {
    const response = await patient.post("/api/me/diary", { ...goodDay(), ...change });
    expect(response.statusCode).toBe(400);
    const body = errorBodySchema.parse(response.json());
    expect(body.error.code).toBe("validation_failed");
    const issue = body.error.details?.issues?.find((entry) => entry.path === path);
    expect(issue, JSON.stringify(body)).toBeDefined();
    if (message !== undefined) expect(issue?.message).toBe(message);
  });

  it("names nested fields with dots", async () => {
    const response = await http.app.inject({ method: "POST", url: "/api/setup/clinic", payload: { clinicName: "X", timeZone: "Mars/Olympus", admin: { name: "A", email: "not-an-email", password: "short" } } });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.issues.map((issue: { path: string }) => issue.path).sort();
    expect(paths).toEqual(["admin.email", "admin.password", "timeZone"]);
  });

  it("answers 400 for a body that is not JSON, and for a missing body", async () => {
    const broken = await patient.request({ method: "POST", url: "/api/me/diary", payload: "{not json", headers: { "content-type": "application/json" } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe("validation_failed");
    const missing = await patient.post("/api/me/diary");
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.issues[0].path).toBe("body");
  });

  it("answers 400 for a bad query string, naming the parameter", async () => {
    const response = await patient.get("/api/me/diary?from=2026-13-01");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues).toEqual([{ path: "from", message: "must be a calendar date YYYY-MM-DD" }]);
  });

  it("answers an unknown API address 404 in the same shape, for any method", async () => {
    for (const method of ["GET", "POST", "DELETE"] as const) {
      const response = await http.app.inject({ method, url: "/api/no/such/thing" });
      expect(response.statusCode).toBe(404);
      expect(errorBodySchema.parse(response.json()).error.code).toBe("not_found");
    }
  });

  it("answers 413 for a body over the limit", async () => {
    const response = await patient.request({ method: "POST", url: "/api/me/diary", payload: JSON.stringify({ pad: "x".repeat(1_100_000) }), headers: { "content-type": "application/json" } });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("payload_too_large");
  });

  it("answers 400, not 415 or 500, for a body that is not JSON by content type", async () => {
    const response = await patient.request({ method: "POST", url: "/api/me/diary", payload: "hours=30", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("validation_failed");
  });

  it("never answers 500 for any JSON body sent to the diary or the setup", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.record({ id: fc.constant(uuidv7()), date: fc.string(), recordedAt: fc.constant("2026-07-01T20:00:00Z"), headache: fc.jsonValue(), hours: fc.jsonValue(), severity: fc.jsonValue(), medications: fc.jsonValue() }, { requiredKeys: [] })), fc.constantFrom("/api/me/diary", "/api/setup/clinic", "/api/auth/login"), async (payload, url) => {
        const response = await patient.request({ method: "POST", url, payload: JSON.stringify(payload), headers: { "content-type": "application/json" } });
        expect(response.statusCode).toBeLessThan(500);
        expect(errorBodySchema.safeParse(response.json()).success || response.statusCode === 200).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe("an internal error", () => {
  it("answers 500 internal_error with a generic message that quotes nothing", async () => {
    const t = await openTestDatabase("pglite");
    const http = await testApp(t.db);
    await t.close(); // every query now fails inside the server
    const response = await http.app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "secret.person@example.test", password: "x" } });
    expect(response.statusCode).toBe(500);
    const body = errorBodySchema.parse(response.json());
    expect(body.error.code).toBe("internal_error");
    expect(response.body).not.toContain("secret.person");
    expect(response.body).not.toMatch(/closed|pglite|kysely/i);
    await http.close();
  });
});
