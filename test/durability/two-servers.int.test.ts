/**
 * Two app servers on one PostgreSQL (architecture.md, "Growing past one machine"): two real
 * server processes on one fresh database. A session made on one is valid on the other (and
 * ended on both by a sign-out on either); queued jobs run once across both (each server logs
 * each job it runs); and two changes of one record from the same version, one sent to each
 * server at once, end with one written and the other refused `stale_version` (409), nothing
 * overwritten silently: a session draft, a signed session, an authorization, the clinical
 * history and a preventive trial. On the embedded database a second server is refused outright.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "#server/db/testing.ts";
import { DEMO_PASSWORD } from "#server/features/setup/demo-logins.ts";
import { seedDemo } from "#server/features/setup/seed-demo.ts";
import { HOUSEKEEPING_QUEUE } from "#server/jobs/housekeeping.ts";
import { enqueueJob } from "#server/jobs/queue.ts";
import { recurringJobs } from "#server/jobs/handlers.ts";
import { testDeps } from "#server/shared/test-support.ts";
import { call, signIn } from "./support/http.ts";
import { startServerProcess, type ServerProcess } from "./support/server-process.ts";

const folders: string[] = [];
function folder(): string {
  const path = mkdtempSync(join(tmpdir(), "cephalog-two-servers-"));
  folders.push(path);
  return path;
}
afterAll(() => {
  for (const path of folders) rmSync(path, { recursive: true, force: true });
});

const INJECTOR = "injector@demo.cephalog.test";
const CLINICIAN = "clinician@demo.cephalog.test";

/** Sends `requests` at once and returns their answers, in order. */
function atOnce(requests: (() => Promise<{ status: number; body: unknown }>)[]) {
  return Promise.all(requests.map((request) => request()));
}

/** Of two answers, the one written (200) and the one refused (409 stale_version). */
function oneWinsOneRefused(answers: { status: number; body: unknown }[]) {
  expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
  const refused = answers.find((answer) => answer.status === 409);
  expect((refused?.body as { error: { code: string; message: string } }).error.code).toBe("stale_version");
  return answers.find((answer) => answer.status === 200) as { status: number; body: unknown };
}

describe("two servers on one embedded database", () => {
  it("are refused: the second cannot open the data folder the first holds", async () => {
    const dataDir = folder();
    const first = await startServerProcess({ dataDir, databaseUrl: null });
    try {
      await expect(startServerProcess({ dataDir, databaseUrl: null })).rejects.toThrow(/is in use by another Cephalog process/);
      expect((await fetch(`${first.url}/api/setup`)).status).toBe(200);
    } finally {
      await first.stop();
    }
  }, 120_000);
});

// Declared only when TEST_DATABASE_URL names a server, like every PostgreSQL case (no skipped tests).
describe.each(testDatabaseKinds().filter((kind) => kind === "postgresql"))("two servers on one %s", () => {
  let t: TestDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  let clinicId: string;
  let cookie: string;

  beforeAll(async () => {
    t = await openTestDatabase("postgresql");
    clinicId = (await seedDemo(testDeps(t.db), { patients: 8, seed: 2 })).clinicId;
    [a, b] = await Promise.all([startServerProcess({ dataDir: folder(), databaseUrl: t.url, logLevel: "info" }), startServerProcess({ dataDir: folder(), databaseUrl: t.url, logLevel: "info" })]);
    cookie = await signIn(a.url, INJECTOR, DEMO_PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await t?.close();
  });

  it("accept a session made on either, and a sign-out on one ends it on both", async () => {
    expect((await call(a.url, cookie, "GET", "/api/me")).status).toBe(200);
    const onB = await call(b.url, cookie, "GET", "/api/me");
    expect(onB.status).toBe(200);
    expect((onB.body as { user: { email: string } }).user.email).toBe(INJECTOR);

    const other = await signIn(b.url, INJECTOR, DEMO_PASSWORD);
    expect((await call(a.url, other, "GET", "/api/me")).status).toBe(200);
    expect((await call(a.url, other, "POST", "/api/auth/logout")).status).toBe(200);
    expect((await call(b.url, other, "GET", "/api/me")).status).toBe(401);
    expect((await call(a.url, cookie, "GET", "/api/me")).status).toBe(200);
  });

  it("run each queued job once, across both servers", async () => {
    const jobs = 24;
    const ids: string[] = [];
    for (let index = 0; index < jobs; index += 1) ids.push(await enqueueJob(t.db, { queue: HOUSEKEEPING_QUEUE, payload: {}, runAt: new Date() }));
    for (let waited = 0; ; waited += 1) {
      const pending = await t.db.selectFrom("jobs").select("id").where("id", "in", ids).where("done_at", "is", null).execute();
      if (pending.length === 0) break;
      if (waited > 600) throw new Error(`${pending.length} of ${jobs} jobs still pending after a minute`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const rows = await t.db.selectFrom("jobs").select(["attempts", "last_error"]).where("id", "in", ids).execute();
    expect(rows.every((row) => row.attempts === 1 && row.last_error === null), "each job claimed once and done").toBe(true);
    // Each server logs each housekeeping run; together they ran exactly the jobs queued.
    const runs = (server: ServerProcess) => server.output().split("\n").filter((line) => line.includes('"msg":"housekeeping done"')).length;
    expect(runs(a) + runs(b)).toBe(jobs);
    // The recurring queues keep one pending job each, however many servers schedule them.
    for (const queue of Object.keys(recurringJobs)) {
      const pending = await t.db.selectFrom("jobs").select("id").where("queue", "=", queue).where("done_at", "is", null).execute();
      expect(pending, queue).toHaveLength(1);
    }
  }, 90_000);

  it("refuse the second of two saves of one session draft from the same version", async () => {
    const patient = await t.db.selectFrom("patients").select("id").where("clinic_id", "=", clinicId).orderBy("id").executeTakeFirstOrThrow();
    const path = `/api/clinics/${clinicId}/patients/${patient.id}/sessions/drafts`;
    const started = await call(a.url, cookie, "POST", path, {});
    expect(started.status).toBe(200);
    const draft = started.body as { id: string; version: number; content: Record<string, unknown> };
    const answers = await atOnce([
      () => call(a.url, cookie, "PUT", `${path}/${draft.id}`, { version: draft.version, content: { ...draft.content, needle: "30 G, 13 mm" } }),
      () => call(b.url, cookie, "PUT", `${path}/${draft.id}`, { version: draft.version, content: { ...draft.content, needle: "32 G, 4 mm" } }),
    ]);
    const won = oneWinsOneRefused(answers).body as { version: number; content: { needle: string } };
    const stored = await call(b.url, cookie, "GET", `${path}/${draft.id}`);
    expect(stored.body).toMatchObject({ version: draft.version + 1, content: { needle: won.content.needle } });
  });

  it("refuse the second of two amendments of one signed session from the same revision", async () => {
    const record = await t.db.selectFrom("clinical_records").select(["id", "patient_id"]).where("clinic_id", "=", clinicId).where("kind", "=", "injection-session").orderBy("id").executeTakeFirstOrThrow();
    const path = `/api/clinics/${clinicId}/patients/${record.patient_id}/sessions/${record.id}`;
    const session = (await call(a.url, cookie, "GET", path)).body as { current: { revision: number; content: Record<string, unknown> } };
    const amend = (server: ServerProcess, needle: string) => () => call(server.url, cookie, "PUT", path, { content: { ...session.current.content, needle }, reason: `Needle corrected to ${needle}`, fromRevision: session.current.revision });
    const won = oneWinsOneRefused(await atOnce([amend(a, "30 G, 13 mm"), amend(b, "31 G, 8 mm")])).body as { current: { revision: number; content: { needle: string } } };
    expect(won.current.revision).toBe(session.current.revision + 1);
    const stored = (await call(b.url, cookie, "GET", path)).body as { revisions: unknown[]; current: { content: { needle: string } } };
    expect(stored.revisions).toHaveLength(session.current.revision + 1);
    expect(stored.current.content.needle).toBe(won.current.content.needle);
  });

  it("refuse the second of two authorization updates from the same revision", async () => {
    const record = await t.db.selectFrom("clinical_records").select(["id", "patient_id"]).where("clinic_id", "=", clinicId).where("kind", "=", "authorization").orderBy("id").executeTakeFirstOrThrow();
    const carePath = `/api/clinics/${clinicId}/patients/${record.patient_id}/care`;
    const care = (await call(a.url, cookie, "GET", carePath)).body as { authorizations: ({ id: string; revision: number; changeReason: string | null } & Record<string, unknown>)[] };
    const authorization = care.authorizations.find((entry) => entry.id === record.id);
    expect(authorization).toBeDefined();
    const { id, revision, recordedAt: _recordedAt, recordedBy: _recordedBy, changeReason: _changeReason, ...fields } = authorization as Record<string, unknown> & { id: string; revision: number };
    const update = (server: ServerProcess, reference: string) => () =>
      call(server.url, cookie, "PUT", `/api/clinics/${clinicId}/patients/${record.patient_id}/authorizations/${id}`, { ...fields, reference, reason: "The payer sent the reference", fromRevision: revision });
    oneWinsOneRefused(await atOnce([update(a, "PA-FROM-A"), update(b, "PA-FROM-B")]));
    const after = (await call(b.url, cookie, "GET", carePath)).body as typeof care;
    expect(after.authorizations.find((entry) => entry.id === id)?.revision).toBe(revision + 1);
  });

  it("refuse the second of two clinical history saves, and of a trial's amendment and withdrawal, from the same revision", async () => {
    const clinician = await signIn(b.url, CLINICIAN, DEMO_PASSWORD);
    const trial = await t.db
      .selectFrom("preventive_trials")
      .select(["id", "patient_id"])
      .where("clinic_id", "=", clinicId)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const historyPath = `/api/clinics/${clinicId}/patients/${trial.patient_id}/history`;
    type View = { history: Record<string, unknown> & { revision: number }; preventives: ({ id: string; revision: number } & Record<string, unknown>)[] };
    const view = (await call(a.url, clinician, "GET", historyPath)).body as View;
    const { chronicMigraineSince, botulinumHypersensitivity, injectionSiteInfection, preventiveHistory } = view.history;
    const save = (server: ServerProcess, overuseManaged: boolean) => () =>
      call(server.url, clinician, "PUT", historyPath, { chronicMigraineSince, botulinumHypersensitivity, injectionSiteInfection, overuseManaged, noPreventivesTried: preventiveHistory === "none-tried", fromRevision: view.history.revision });
    const won = oneWinsOneRefused(await atOnce([save(a, true), save(b, false)])).body as View;
    expect(won.history.revision).toBe(view.history.revision + 1);
    expect(((await call(b.url, clinician, "GET", historyPath)).body as View).history).toEqual(won.history);

    const standing = view.preventives.find((entry) => entry.id === trial.id);
    expect(standing).toBeDefined();
    const { id, revision, name, class: drugClass, start, end, outcome } = standing as View["preventives"][number];
    // Another outcome than the stored one: sending the trial as it stands would store nothing.
    const changed = outcome === "ineffective" ? "not-tolerated" : "ineffective";
    const trialPath = `/api/clinics/${clinicId}/patients/${trial.patient_id}/preventives/${id}`;
    oneWinsOneRefused(
      await atOnce([
        () => call(a.url, clinician, "PUT", trialPath, { name, class: drugClass, start, end, outcome: changed, fromRevision: revision }),
        () => call(b.url, clinician, "DELETE", `${trialPath}?fromRevision=${revision}`),
      ]),
    );
    const revisions = await t.db.selectFrom("preventive_trial_revisions").select("revision").where("clinic_id", "=", clinicId).where("trial_id", "=", id).execute();
    expect(revisions).toHaveLength(revision + 1);
  });
});

// CI=true runs every database: PostgreSQL missing is a failure there, never a silent skip.
if (process.env["CI"] === "true" && !testDatabaseKinds().includes("postgresql")) {
  it("runs two servers on PostgreSQL (CI=true requires TEST_DATABASE_URL)", () => {
    throw new Error("TEST_DATABASE_URL is not set: two servers on one PostgreSQL must be tested under CI=true");
  });
}
