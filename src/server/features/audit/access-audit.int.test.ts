/**
 * Every access to a patient's data is recorded (issue 7, "Audit of every access"; ADR 0016), on
 * both databases, through the real app: a read writes one row (who, clinic, patient, route
 * pattern, method, kind, address, time), a write's own row carries the same context in its
 * transaction, a patient's own reads are recorded, lists of the clinic count as reads of it, and a
 * refused request writes no row for the patient it named. Sign-ins (success and failure, without
 * the email), sign-outs and password changes go to the account log. Concurrent requests still
 * make one valid chain.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { TestClient, testApp, type TestApp } from "../../http/test-app.ts";
import { addStaff, makeClinic, makePatientWithAccount, testDeps, uniqueEmail } from "../../shared/test-support.ts";
import { sealAuditChains } from "./seal.ts";
import { verifyAuditChains } from "./verify.ts";

const diaryDay = (date: string, id = uuidv7()) => ({ id, date, recordedAt: `${date}T20:00:00Z`, headache: true, hours: 5, severity: 2 });
const FROM = "203.0.113.7";

describe.each(testDatabaseKinds())("access audit over HTTP on %s", (kind) => {
  let t: TestDatabase;
  let http: TestApp;
  let world: Awaited<ReturnType<typeof buildWorld>>;

  async function buildWorld() {
    const deps = testDeps(t.db);
    const a = await makeClinic(deps, "admin", "Audit Clinic A");
    const clinician = await addStaff(deps, a.clinicId, "clinician");
    const b = await makeClinic(deps, "admin", "Audit Clinic B");
    const ann = await makePatientWithAccount(deps, a.clinicId, a.staff.userId, { name: "Ann Audited" });
    return { a, clinician, b, ann };
  }

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    http = await testApp(t.db);
    world = await buildWorld();
  });
  afterAll(async () => {
    await http.close();
    await t.close();
  });

  const client = async (who: { email: string; password: string }) => {
    const c = new TestClient(http.app);
    await c.login(who.email, who.password);
    return c;
  };
  /** A request from a given address, as a browser elsewhere would make it. */
  const from = (address: string) => ({ remoteAddress: address });

  const rowsOf = (clinicId: string, since: string) =>
    t.db.selectFrom("audit_events").selectAll().where("clinic_id", "=", clinicId).where("id", ">", since).orderBy("id").execute();
  /** An id sorting before every event written from now on (UUIDv7 are time-ordered). */
  const mark = () => uuidv7();

  it("records a clinician's read of a patient's chart: one row each, with actor, patient, route pattern, method and address", async () => {
    const clinician = await client(world.clinician);
    const since = mark();
    expect((await clinician.get(`/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}`, from(FROM))).statusCode).toBe(200);
    expect((await clinician.get(`/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}/assessment`, from(FROM))).statusCode).toBe(200);
    const rows = await rowsOf(world.a.clinicId, since);
    expect(rows).toEqual([
      expect.objectContaining({ kind: "read", action: "patient.read", actor_user_id: world.clinician.userId, patient_id: world.ann.patientId, route: "/api/clinics/:clinicId/patients/:patientId", method: "GET", ip: FROM, entity: "patient", entity_id: world.ann.patientId }),
      expect.objectContaining({ kind: "read", actor_user_id: world.clinician.userId, patient_id: world.ann.patientId, route: "/api/clinics/:clinicId/patients/:patientId/assessment", method: "GET", ip: FROM }),
    ]);
    // Never the raw URL: no row holds a path with the ids filled in.
    expect(JSON.stringify(rows)).not.toContain(`/patients/${world.ann.patientId}`);
  });

  it("gives a write's own row (in its transaction) the request's context, and writes no second row", async () => {
    const clinician = await client(world.clinician);
    const since = mark();
    const day = diaryDay("2026-07-02");
    expect((await clinician.post(`/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}/diary`, day, from(FROM))).statusCode).toBe(200);
    expect(await rowsOf(world.a.clinicId, since)).toEqual([
      expect.objectContaining({ kind: "write", action: "diary.revision_saved", entity_id: day.id, actor_user_id: world.clinician.userId, patient_id: world.ann.patientId, route: "/api/clinics/:clinicId/patients/:patientId/diary", method: "POST", ip: FROM }),
    ]);
    // The same day sent again stores nothing and its use case writes no row: the access is still recorded.
    const again = mark();
    expect((await clinician.post(`/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}/diary`, day, from(FROM))).statusCode).toBe(200);
    expect(await rowsOf(world.a.clinicId, again)).toEqual([expect.objectContaining({ kind: "write", action: "patient.written", patient_id: world.ann.patientId, method: "POST", ip: FROM })]);
  });

  it("records a new patient's creation against that patient", async () => {
    const admin = await client(world.a.staff);
    const since = mark();
    const created = await admin.post(`/api/clinics/${world.a.clinicId}/patients`, { name: "Neil New", birthDate: "1990-02-03", timeZone: "Europe/London" }, from(FROM));
    expect(created.statusCode).toBe(200);
    expect(await rowsOf(world.a.clinicId, since)).toEqual([expect.objectContaining({ action: "patient.created", patient_id: created.json().id, route: "/api/clinics/:clinicId/patients", method: "POST", ip: FROM })]);
  });

  it("records a patient's reads of their own diary and visits", async () => {
    const ann = await client(world.ann);
    const since = mark();
    expect((await ann.get("/api/me/diary?from=2026-06-01&to=2026-07-10", from(FROM))).statusCode).toBe(200);
    expect((await ann.get("/api/me/appointments", from(FROM))).statusCode).toBe(200);
    expect(await rowsOf(world.a.clinicId, since)).toEqual([
      expect.objectContaining({ kind: "read", actor_user_id: world.ann.userId, patient_id: world.ann.patientId, route: "/api/me/diary", method: "GET", ip: FROM }),
      expect.objectContaining({ kind: "read", actor_user_id: world.ann.userId, patient_id: world.ann.patientId, route: "/api/me/appointments" }),
    ]);
  });

  it("counts the worklist, the patient list and the agenda as reads of the clinic; the stock is no one's health data", async () => {
    const clinician = await client(world.clinician);
    const since = mark();
    for (const path of ["worklist", "patients", "agenda", "stock"]) expect((await clinician.get(`/api/clinics/${world.a.clinicId}/${path}`)).statusCode).toBe(200);
    expect((await rowsOf(world.a.clinicId, since)).map((row) => [row.action, row.route, row.patient_id, row.entity_id])).toEqual([
      ["clinic.read", "/api/clinics/:clinicId/worklist", null, world.a.clinicId],
      ["clinic.read", "/api/clinics/:clinicId/patients", null, world.a.clinicId],
      ["clinic.read", "/api/clinics/:clinicId/agenda", null, world.a.clinicId],
    ]);
  });

  it("keeps the rows of reads it cannot write yet; past the backlog serves no read (500, nothing of the patient); writes every kept row once it can", async () => {
    // Its own app: a backlog of 2 rows, and a client that leaves the writing to the server.
    const strict = await testApp(t.db, { readRows: { backlogLimit: 2, delayMs: 5 } });
    try {
      const clinician = new TestClient(strict.app, { flushReads: false });
      await clinician.login(world.clinician.email, world.clinician.password);
      const patientUrl = `/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}`;
      const since = mark();
      await sql`CREATE FUNCTION refuse_read_rows() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF NEW.kind = 'read' THEN RAISE EXCEPTION 'no read rows in this test'; END IF; RETURN NEW; END $$`.execute(t.db);
      await sql`CREATE TRIGGER refuse_read_rows BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_read_rows()`.execute(t.db);
      try {
        // Two reads are served: their rows wait, queued, while the table refuses them.
        for (const path of ["", "/assessment"]) expect((await clinician.get(`${patientUrl}${path}`)).statusCode).toBe(200);
        await expect(strict.app.flushAuditReads()).rejects.toThrow();
        // The backlog is full: a read now waits for its own row, which cannot be written.
        const refused = await clinician.get(patientUrl);
        expect(refused.statusCode).toBe(500);
        expect(refused.json()).toEqual({ error: { code: "internal_error", message: expect.any(String), details: null } });
        expect(refused.body).not.toContain("Ann Audited");
        // The log itself writes the rows before it is read, and cannot.
        const admin = new TestClient(strict.app, { flushReads: false });
        await admin.login(world.a.staff.email, world.a.staff.password);
        const csv = await admin.get(`/api/clinics/${world.a.clinicId}/audit/export.csv`);
        expect(csv.statusCode).toBe(500);
        expect(csv.body).not.toContain("at,kind,action");
      } finally {
        await sql`DROP TRIGGER refuse_read_rows ON audit_events`.execute(t.db);
        await sql`DROP FUNCTION refuse_read_rows()`.execute(t.db);
      }
      await strict.app.flushAuditReads();
      expect((await clinician.get(patientUrl)).statusCode).toBe(200);
      await strict.app.flushAuditReads();
      // Every read is on record once, the refused one too (it was tried), none lost or doubled.
      const reads = (await rowsOf(world.a.clinicId, since)).filter((row) => row.kind === "read" && row.patient_id === world.ann.patientId);
      expect(reads.map((row) => row.route)).toEqual([
        "/api/clinics/:clinicId/patients/:patientId",
        "/api/clinics/:clinicId/patients/:patientId/assessment",
        "/api/clinics/:clinicId/patients/:patientId",
        "/api/clinics/:clinicId/patients/:patientId",
      ]);
    } finally {
      await strict.close();
    }
  });

  it("writes the rows of reads in batches after the answers, and every queued row when the server stops", async () => {
    const batched = await testApp(t.db, { readRows: { delayMs: 60_000 } });
    const clinician = new TestClient(batched.app, { flushReads: false });
    await clinician.login(world.clinician.email, world.clinician.password);
    const since = mark();
    for (let i = 0; i < 3; i += 1) expect((await clinician.get(`/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}`)).statusCode).toBe(200);
    // Served, not yet written: the batch waits for its delay.
    expect((await rowsOf(world.a.clinicId, since)).filter((row) => row.kind === "read")).toEqual([]);
    await batched.close();
    expect((await rowsOf(world.a.clinicId, since)).filter((row) => row.kind === "read" && row.patient_id === world.ann.patientId)).toHaveLength(3);
  });

  it("writes no read row for a patient when another clinic's request is refused, or the patient is not in its clinic", async () => {
    const otherAdmin = await client(world.b.staff);
    const since = mark();
    expect((await otherAdmin.get(`/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`/api/clinics/${world.b.clinicId}/patients/${world.ann.patientId}`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`/api/clinics/${world.b.clinicId}/patients/${world.ann.patientId}/assessment`)).statusCode).toBe(404);
    const rows = await t.db.selectFrom("audit_events").selectAll().where("id", ">", since).execute();
    expect(rows.filter((row) => row.patient_id === world.ann.patientId)).toEqual([]);
    expect(rows).toEqual([]);
  });

  it("takes the address from the proxy's header only when TRUST_PROXY says so", async () => {
    const proxied = await testApp(t.db, { trustProxy: 1 });
    try {
      const clinician = new TestClient(proxied.app);
      await clinician.login(world.clinician.email, world.clinician.password);
      const since = mark();
      await clinician.get(`/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}`, { remoteAddress: "127.0.0.1", headers: { "x-forwarded-for": "198.51.100.23" } });
      expect((await rowsOf(world.a.clinicId, since)).map((row) => row.ip)).toEqual(["198.51.100.23"]);
    } finally {
      await proxied.close();
    }
    const direct = await client(world.clinician);
    const since = mark();
    await direct.get(`/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}`, { remoteAddress: "192.0.2.4", headers: { "x-forwarded-for": "198.51.100.23" } });
    expect((await rowsOf(world.a.clinicId, since)).map((row) => row.ip)).toEqual(["192.0.2.4"]);
  });

  it("records sign-ins, failed ones too, with the account when known and never the email", async () => {
    const since = mark();
    const stranger = new TestClient(http.app);
    const unknownEmail = uniqueEmail("nobody");
    expect((await stranger.post("/api/auth/login", { email: unknownEmail, password: "not a password" }, from(FROM))).statusCode).toBe(401);
    expect((await stranger.post("/api/auth/login", { email: world.clinician.email, password: "wrong password!" }, from(FROM))).statusCode).toBe(401);
    expect((await stranger.post("/api/auth/login", { email: world.clinician.email, password: world.clinician.password }, from(FROM))).statusCode).toBe(200);
    const rows = await t.db.selectFrom("account_events").selectAll().where("id", ">", since).orderBy("id").execute();
    expect(rows.map((row) => [row.action, row.user_id, row.route, row.ip])).toEqual([
      ["sign-in.failed", null, "/api/auth/login", FROM],
      ["sign-in.failed", world.clinician.userId, "/api/auth/login", FROM],
      ["sign-in.succeeded", world.clinician.userId, "/api/auth/login", FROM],
    ]);
    const everything = JSON.stringify(await t.db.selectFrom("account_events").selectAll().execute()) + JSON.stringify(await t.db.selectFrom("audit_events").selectAll().execute());
    expect(everything).not.toContain(unknownEmail);
    expect(everything).not.toContain(world.clinician.email);
    expect(http.logs.join("\n")).not.toContain(unknownEmail);
  });

  it("records a password change, refused and made, and signing out", async () => {
    const person = await addStaff(testDeps(t.db), world.a.clinicId, "coordinator");
    const browser = await client(person);
    const since = mark();
    expect((await browser.post("/api/me/password", { currentPassword: "wrong password!", newPassword: "kettle-lantern-tablet-7" }, from(FROM))).statusCode).toBe(400);
    expect((await browser.post("/api/me/password", { currentPassword: person.password, newPassword: "kettle-lantern-tablet-7" }, from(FROM))).statusCode).toBe(200);
    expect((await browser.post("/api/auth/logout", undefined, from(FROM))).statusCode).toBe(200);
    const rows = await t.db.selectFrom("account_events").selectAll().where("id", ">", since).orderBy("id").execute();
    expect(rows.map((row) => [row.action, row.user_id, row.route, row.ip])).toEqual([
      ["password.change_refused", person.userId, "/api/me/password", FROM],
      ["password.changed", person.userId, "/api/me/password", FROM],
      ["sign-out", person.userId, "/api/auth/logout", FROM],
    ]);
  });

  it("makes one valid chain from many concurrent reads and writes", async () => {
    const clinician = await client(world.clinician);
    const ann = await client(world.ann);
    const since = mark();
    const requests = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 0
        ? clinician.post(`/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}/diary`, diaryDay(`2026-05-${String(1 + (i % 28)).padStart(2, "0")}`))
        : i % 3 === 1
          ? clinician.get(`/api/clinics/${world.a.clinicId}/patients/${world.ann.patientId}`)
          : ann.get("/api/me/diary"),
    );
    const answers = await Promise.all([...requests, sealAuditChains(t.db, new Date())]);
    for (const answer of answers.slice(0, 30)) expect((answer as { statusCode: number }).statusCode).toBe(200);
    expect(await rowsOf(world.a.clinicId, since)).toHaveLength(30);
    await sealAuditChains(t.db, new Date());
    const verification = await verifyAuditChains(t.db);
    expect(verification.chains.filter((chain) => chain.break !== null)).toEqual([]);
    const sealed = await sql<{ n: string }>`SELECT count(*)::text AS n FROM audit_chain c JOIN audit_events e ON e.clinic_id = c.clinic_id AND e.id = c.event_id WHERE e.id > ${since}`.execute(t.db);
    expect(sealed.rows[0]?.n).toBe("30");
  });
});
