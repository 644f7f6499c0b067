import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { listAuditEvents } from "../../shared/audit-repository.ts";
import { testDeps } from "../../shared/test-support.ts";
import { DEMO_ACCOUNT_REMOTE_MESSAGE, login } from "../auth/sign-in.ts";
import { DEMO_LOGINS } from "./demo-logins.ts";
import { seedDemo } from "./seed-demo.ts";
import { createClinic, requestDemo, setupStatus } from "./setup.ts";

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
    expect(status.demoLogins?.map((entry) => entry.role)).toEqual(["admin", "clinician", "injector", "coordinator", "patient"]);
    for (const entry of DEMO_LOGINS) {
      // Before a real clinic exists, the demo may be explored from another machine too.
      const signedIn = await login(deps, { email: entry.email, password: entry.password }, { ip: "192.168.1.20", loopback: false });
      if (entry.role === "patient") expect(signedIn.me.patient?.demo).toBe(true);
      else expect(signedIn.me.memberships).toEqual([expect.objectContaining({ role: entry.role, roles: [entry.role], demo: true })]);
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

  it("once a real clinic exists, refuses demo sign-ins from other machines and allows them from this one", async () => {
    const deps = testDeps(t.db);
    expect((await setupStatus(deps, { loopback: false })).initialized).toBe(true);
    for (const entry of DEMO_LOGINS) {
      await expect(login(deps, { email: entry.email, password: entry.password }, { ip: "192.168.1.20", loopback: false })).rejects.toMatchObject({
        code: "forbidden",
        message: "Demo accounts can only be used on the computer Cephalog runs on.",
      });
      await expect(login(deps, { email: entry.email, password: entry.password }, { ip: "127.0.0.1", loopback: true })).resolves.toMatchObject({ me: { user: { email: entry.email } } });
    }
    expect(DEMO_ACCOUNT_REMOTE_MESSAGE).toBe("Demo accounts can only be used on the computer Cephalog runs on.");
    // A wrong password is still just a wrong password: nothing tells a stranger the account is a demo one.
    await expect(login(deps, { email: DEMO_LOGINS[0].email, password: "not the demo password" }, { ip: "192.168.1.21", loopback: false })).rejects.toMatchObject({ code: "invalid_credentials" });
    // The real clinic's administrator signs in from anywhere.
    const admin = await t.db.selectFrom("users").select("email").where("email", "in", ["ada@example.test", "bob@example.test"]).executeTakeFirstOrThrow();
    await expect(login(deps, { email: admin.email, password: "a long enough password" }, { ip: "192.168.1.20", loopback: false })).resolves.toBeTruthy();
  });
});
