/**
 * The FHIR bulk export of a clinic on both databases (issue 10 §4; Bulk Data 2.0 `$export`): the
 * kick-off (202 with Content-Location, Prefer: respond-async required, `_type` checked), the status
 * (202 with X-Progress while queued or running, 200 with the manifest once done, 404 `expired` after
 * the files' expiry, 500 when the job failed), NDJSON files, one per resource type, whose every line
 * parses and is valid FHIR R4 and holds the clinic's patients only; status and files only for the
 * person who asked; every step audited; expired files deleted.
 */
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { fhirProblems } from "../../../../test/fhir/fhir-validator.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { TestClient } from "../../http/test-app.ts";
import { jobHandlers } from "../../jobs/handlers.ts";
import { createWorker } from "../../jobs/worker.ts";
import { silentLog } from "../../shared/deps.ts";
import { addStaff, testClock } from "../../shared/test-support.ts";
import { expireBulkExports, FHIR_BULK_EXPORT_QUEUE } from "./bulk-export-job.ts";
import { markRunning, recordProgress } from "./bulk-export-repository.ts";
import { writeSessionWithLots } from "./fhir-test-support.ts";

const PUBLIC_URL = "https://cephalog.example.org";
const DAY_MS = 24 * 60 * 60 * 1000;

interface Manifest {
  transactionTime: string;
  request: string;
  requiresAccessToken: boolean;
  output: { type: string; url: string; count: number }[];
  error: unknown[];
}

let exportsDir = "";
beforeAll(async () => {
  exportsDir = await mkdtemp(join(tmpdir(), "cephalog-exports-"));
});
afterAll(async () => {
  await rm(exportsDir, { recursive: true, force: true });
});

describe.each(testDatabaseKinds())("the FHIR bulk export on %s", (kind) => {
  const clock = testClock("2026-07-20T10:00:00.000Z");
  const env = httpWorld(kind, clock, { publicUrl: PUBLIC_URL, exportsDir: join(tmpdir(), `cephalog-exports-${kind}-${process.pid}`) });
  const dir = () => join(tmpdir(), `cephalog-exports-${kind}-${process.pid}`);
  afterAll(() => rm(dir(), { recursive: true, force: true }));
  const kickOffUrl = (query = "") => `/fhir/R4/Group/${env.world.a.clinicId}/$export${query}`;
  const async = { headers: { prefer: "respond-async", accept: "application/fhir+json" } };
  const runJobs = async (exportsAt = dir()) => {
    const worker = createWorker({ db: env.t.db, clock, log: silentLog, handlers: { [FHIR_BULK_EXPORT_QUEUE]: jobHandlers(env.world.deps, undefined, null, {}, exportsAt)[FHIR_BULK_EXPORT_QUEUE] ?? (async () => undefined) } });
    while (await worker.runOnce());
  };
  const pathOf = (url: string) => url.slice(PUBLIC_URL.length);
  let patients: string[] = [];

  async function clinicWithRecords(): Promise<string[]> {
    if (patients.length > 0) return patients;
    const ids: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const id = (await env.world.newPatient(env.world.a.clinicId, env.world.aClinician.userId)).id;
      const record = { patient: { id: "x" }, diary: [{ date: "2026-07-19", headache: true, hours: 5, severity: 2 }], treatments: [{ date: "2026-03-01", injections: preemptFixedInjections() }], sideEffectReports: [{ date: "2026-03-04", symptoms: ["neck-pain"] }] };
      expect((await env.clinician.post(`/api/clinics/${env.world.a.clinicId}/patients/${id}/record`, record)).statusCode).toBe(200);
      ids.push(id);
    }
    await writeSessionWithLots(env.world.deps, { clinicId: env.world.a.clinicId, patientId: ids[0] ?? "" }, env.world.aClinician.userId, "2026-06-01", [{ lotNumber: "C7788", expiry: "2027-06-30" }]);
    // Clinic A's patients: these three and Ann (no record); Bea is clinic B's.
    patients = [...ids, env.world.ann.patientId];
    return patients;
  }

  it("refuses a kick-off without Prefer: respond-async, with an unknown _type or _since, naming each (400 OperationOutcome), and queues nothing", async () => {
    await clinicWithRecords();
    const noPrefer = await env.clinician.get(kickOffUrl());
    expect(noPrefer.statusCode).toBe(400);
    expect(noPrefer.json()).toMatchObject({ resourceType: "OperationOutcome", issue: [{ severity: "error", code: "invalid", expression: ["Prefer"] }] });
    expect(fhirProblems(noPrefer.json())).toEqual([]);
    const badType = await env.clinician.get(kickOffUrl("?_type=Patient,Bogus"), async);
    expect(badType.json()).toMatchObject({ issue: [{ code: "invalid", expression: ["_type"] }] });
    const since = await env.clinician.get(kickOffUrl("?_since=2026-01-01T00:00:00Z"), async);
    expect(since.statusCode).toBe(400);
    expect(since.json()).toMatchObject({ issue: [{ code: "not-supported", expression: ["_since"] }] });
    expect(fhirProblems(since.json())).toEqual([]);
    expect(await env.t.db.selectFrom("fhir_bulk_exports").selectAll().execute()).toEqual([]);
  });

  it("exports the clinic as NDJSON: 202 and the status URL, progress while it runs, then the manifest; every line valid FHIR R4, the clinic's patients only", async () => {
    const ids = await clinicWithRecords();
    const kickOff = await env.clinician.get(kickOffUrl(), async);
    expect(kickOff.statusCode, kickOff.body).toBe(202);
    const statusUrl = String(kickOff.headers["content-location"]);
    expect(statusUrl).toMatch(new RegExp(`^${PUBLIC_URL}/fhir/R4/bulk-status/[0-9a-f-]{36}$`));
    const exportId = statusUrl.split("/").at(-1) ?? "";

    const queued = await env.clinician.get(pathOf(statusUrl));
    expect([queued.statusCode, queued.headers["x-progress"]]).toEqual([202, "queued"]);
    await markRunning(env.t.db, { clinicId: env.world.a.clinicId, id: exportId }, 4);
    await recordProgress(env.t.db, { clinicId: env.world.a.clinicId, id: exportId }, 2);
    const running = await env.clinician.get(pathOf(statusUrl));
    expect([running.statusCode, running.headers["x-progress"]]).toEqual([202, "2 of 4 patients"]);

    await runJobs();
    const done = await env.clinician.get(pathOf(statusUrl));
    expect(done.statusCode, done.body).toBe(200);
    const manifest = done.json() as Manifest;
    expect(manifest).toMatchObject({ transactionTime: "2026-07-20T10:00:00.000Z", request: `${PUBLIC_URL}${kickOffUrl()}`, requiresAccessToken: true, error: [] });
    // No preventives were recorded (no List, no MedicationStatement); the record's options (Parameters) name no patient.
    expect(manifest.output.map((file) => file.type)).toEqual(["AdverseEvent", "Appointment", "CarePlan", "Condition", "Medication", "MedicationAdministration", "Observation", "Patient", "Procedure"]);
    const row = await env.t.db.selectFrom("fhir_bulk_exports").selectAll().where("id", "=", exportId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "done", patients_total: 4, patients_done: 4 });

    const lines = new Map<string, { resourceType: string; id: string; subject?: { reference: string } }[]>();
    for (const file of manifest.output) {
      expect(file.url).toBe(`${PUBLIC_URL}/fhir/R4/bulk-files/${exportId}/${file.type}.ndjson`);
      const response = await env.clinician.get(pathOf(file.url));
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe("application/fhir+ndjson");
      const parsed = response.body.trimEnd().split("\n").map((line) => JSON.parse(line) as { resourceType: string; id: string });
      expect(parsed).toHaveLength(file.count);
      for (const resource of parsed) {
        expect(resource.resourceType).toBe(file.type);
        expect(fhirProblems(resource), `${file.type}/${resource.id}`).toEqual([]);
      }
      lines.set(file.type, parsed);
    }
    expect(new Set((lines.get("Patient") ?? []).map((patient) => patient.id))).toEqual(new Set(ids));
    // Every id is unique across the clinic; every subject is one of its patients.
    const all = [...lines.values()].flat();
    expect(new Set(all.map((resource) => `${resource.resourceType}/${resource.id}`)).size).toBe(all.length);
    for (const resource of lines.get("Observation") ?? []) expect(ids.map((id) => `Patient/${id}`)).toContain(resource.subject?.reference);
    expect(lines.get("Medication")?.some((medication) => JSON.stringify(medication).includes('"lotNumber":"C7788"'))).toBe(true);
    // The same resources, with the same ids, as the patient's $everything.
    const everything = (await env.clinician.get(`/fhir/R4/Patient/${ids[0] ?? ""}/$everything`)).json();
    const everythingIds = everything.entry.map((entry: { resource: { resourceType: string; id: string } }) => `${entry.resource.resourceType}/${entry.resource.id}`).filter((key: string) => !key.startsWith("Parameters/"));
    const exportedIds = new Set(all.map((resource) => `${resource.resourceType}/${resource.id}`));
    for (const key of everythingIds) expect(exportedIds).toContain(key);
  });

  it("exports only the _type asked for", async () => {
    await clinicWithRecords();
    const kickOff = await env.clinician.get(kickOffUrl("?_type=Patient,Procedure&_outputFormat=application%2Ffhir%2Bndjson"), async);
    expect(kickOff.statusCode).toBe(202);
    await runJobs();
    const manifest = (await env.clinician.get(pathOf(String(kickOff.headers["content-location"])))).json() as Manifest;
    expect(manifest.output.map((file) => [file.type, file.count])).toEqual([
      ["Patient", 4],
      ["Procedure", 4],
    ]);
  });

  it("serves status and files only to the person who asked (404 to the clinic's other staff and other clinics, 401 signed out, 403 to a patient)", async () => {
    await clinicWithRecords();
    const kickOff = await env.clinician.get(kickOffUrl("?_type=Patient"), async);
    await runJobs();
    const status = pathOf(String(kickOff.headers["content-location"]));
    const file = pathOf((((await env.clinician.get(status)).json() as Manifest).output[0]?.url ?? ""));
    const colleague = await signedIn(env.http, await addStaff(env.world.deps, env.world.a.clinicId, "admin"));
    const otherClinic = await signedIn(env.http, env.world.b.staff);
    for (const client of [colleague, otherClinic]) {
      for (const url of [status, file]) {
        const response = await client.get(url);
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({ resourceType: "OperationOutcome", issue: [{ code: "not-found" }] });
      }
    }
    expect((await new TestClient(env.http.app).get(file)).statusCode).toBe(401);
    // Another clinic's Group is not found; a patient account may not export.
    expect((await otherClinic.get(kickOffUrl(), async)).json()).toMatchObject({ issue: [{ code: "not-found" }] });
    const ann = await signedIn(env.http, env.world.ann);
    const refused = await ann.get(kickOffUrl(), async);
    expect(refused.statusCode).toBe(403);
    expect(fhirProblems(refused.json())).toEqual([]);
  });

  it("audits the request, the export and every file read as reads of the clinic", async () => {
    await clinicWithRecords();
    const before = (await env.t.db.selectFrom("audit_events").select("id").where("clinic_id", "=", env.world.a.clinicId).execute()).map((row) => row.id);
    const kickOff = await env.clinician.get(kickOffUrl("?_type=Patient"), async);
    await runJobs();
    const manifest = (await env.clinician.get(pathOf(String(kickOff.headers["content-location"])))).json() as Manifest;
    await env.clinician.get(pathOf(manifest.output[0]?.url ?? ""));
    const rows = await env.t.db.selectFrom("audit_events").selectAll().where("clinic_id", "=", env.world.a.clinicId).where("id", "not in", before).orderBy("id").execute();
    expect(rows.map((row) => [row.action, row.kind, row.route, row.actor_user_id])).toEqual([
      ["fhir.bulk_export.requested", "write", "/fhir/R4/Group/:clinicId/$export", env.world.aClinician.userId],
      ["fhir.bulk_export.made", "write", null, env.world.aClinician.userId],
      ["clinic.read", "read", "/fhir/R4/bulk-files/:exportId/:file", env.world.aClinician.userId],
    ]);
  });

  it("answers 404 expired once the files are past their expiry, and the expiry job deletes them", async () => {
    await clinicWithRecords();
    const kickOff = await env.clinician.get(kickOffUrl("?_type=Patient"), async);
    const exportId = String(kickOff.headers["content-location"]).split("/").at(-1) ?? "";
    await runJobs();
    expect(await readdir(join(dir(), exportId))).toEqual(["Patient.ndjson"]);
    clock.advance(DAY_MS + 1000);
    await env.clinician.signInAgain();
    const expired = await env.clinician.get(pathOf(String(kickOff.headers["content-location"])));
    expect(expired.statusCode).toBe(404);
    expect(expired.json()).toMatchObject({ issue: [{ code: "expired" }] });
    expect(fhirProblems(expired.json())).toEqual([]);
    expect(await expireBulkExports(env.world.deps, dir())).toBeGreaterThan(0);
    await expect(readdir(join(dir(), exportId))).rejects.toThrow();
    expect((await env.t.db.selectFrom("fhir_bulk_exports").select("status").where("id", "=", exportId).executeTakeFirstOrThrow()).status).toBe("expired");
  });

  it("answers 500 exception when the export failed, and leaves no files", async () => {
    await clinicWithRecords();
    const kickOff = await env.clinician.get(kickOffUrl("?_type=Patient"), async);
    // A file where the exports folder should be: the job cannot write.
    const blocked = join(exportsDir, `blocked-${kind}`);
    await writeFile(blocked, "not a folder");
    await runJobs(blocked);
    const failed = await env.clinician.get(pathOf(String(kickOff.headers["content-location"])));
    expect(failed.statusCode).toBe(500);
    expect(failed.json()).toMatchObject({ resourceType: "OperationOutcome", issue: [{ severity: "fatal", code: "exception" }] });
    expect(fhirProblems(failed.json())).toEqual([]);
  });
});
