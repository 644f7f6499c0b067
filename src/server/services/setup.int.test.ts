import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../db/testing.ts";
import { login } from "./auth.ts";
import { DEMO_LOGINS } from "./demo-logins.ts";
import { seedDemo } from "./demo.ts";
import { createClinic, requestDemo, setupStatus } from "./setup.ts";
import { testDeps } from "./test-support.ts";
import { listAuditEvents } from "../db/repositories/audit-events.ts";

const firstAdmin = (email: string) => ({
  clinicName: "Northgate Headache Clinic",
  timeZone: "Europe/London",
  admin: { name: "Ada Admin", email, password: "a long enough password" },
});

describe.each(testDatabaseKinds())("first-run setup and the demo on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t.close());

  it("offers setup on an empty server and no demo sign-ins", async () => {
    expect(await setupStatus(testDeps(t.db), { loopback: true })).toEqual({ initialized: false, demoPresent: false, demoLogins: null });
  });

  it("seeds the demo clinic once, and the demo does not count as the clinic's setup", async () => {
    const deps = testDeps(t.db);
    const [first, second] = await Promise.all([seedDemo(deps), seedDemo(deps)]);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    expect(second.clinicId).toBe(first.clinicId);
    expect((await seedDemo(deps)).created).toBe(false);
    const clinics = await t.db.selectFrom("clinics").select(["id", "is_demo"]).execute();
    expect(clinics).toEqual([{ id: first.clinicId, is_demo: true }]);
    const patients = await t.db.selectFrom("patients").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    expect(Number(patients.n)).toBeGreaterThanOrEqual(24);
    const revisions = await t.db.selectFrom("diary_revisions").select((eb) => eb.fn.countAll<string>().as("n")).where("late", "=", true).executeTakeFirstOrThrow();
    expect(Number(revisions.n)).toBe(0);
    const status = await setupStatus(deps, { loopback: false });
    expect(status).toEqual({ initialized: false, demoPresent: true, demoLogins: null });
    // Before a real clinic exists, the first-run page may ask for the demo from anywhere.
    await expect(requestDemo(deps, { loopback: false })).resolves.toEqual(status);
  }, 120_000);

  it("shows the demo sign-ins to a loopback visitor only, and each of them signs in", async () => {
    const deps = testDeps(t.db);
    const status = await setupStatus(deps, { loopback: true });
    expect(status.demoLogins?.map((entry) => entry.role)).toEqual(["admin", "clinician", "patient"]);
    for (const entry of DEMO_LOGINS) {
      const signedIn = await login(deps, { email: entry.email, password: entry.password });
      if (entry.role === "patient") expect(signedIn.me.patient?.demo).toBe(true);
      else expect(signedIn.me.memberships).toEqual([expect.objectContaining({ role: entry.role, demo: true })]);
    }
  });

  it("creates the clinic and its first administrator once, then refuses with already_initialized", async () => {
    const deps = testDeps(t.db);
    const results = await Promise.allSettled([createClinic(deps, firstAdmin("ada@example.test")), createClinic(deps, firstAdmin("bob@example.test"))]);
    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.filter((result) => result.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected.map((result) => result.reason.code)).toEqual(["already_initialized"]);
    const me = fulfilled[0]!.value.me;
    expect(me.memberships).toEqual([expect.objectContaining({ clinicName: "Northgate Headache Clinic", role: "admin", demo: false })]);
    expect((await setupStatus(deps, { loopback: false })).initialized).toBe(true);
    await expect(createClinic(deps, firstAdmin("carol@example.test"))).rejects.toMatchObject({ code: "already_initialized" });
    const events = await listAuditEvents(t.db, me.memberships[0]!.clinicId);
    expect(events.map((event) => event.action)).toEqual(["clinic.created"]);
  });
});
