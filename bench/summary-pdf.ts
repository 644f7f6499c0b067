/**
 * How long the patient page's summary PDF takes (issue 10 §1: "generated as a job with progress
 * when it takes more than a second"): a patient holding two years of diary and eight sessions
 * (test/fixtures/reports/long-record.ts, imported through the record route), then
 * GET .../documents/summary.pdf through the real Fastify app (app.inject: session, permission,
 * the snapshot read, assess, pdfkit, the audit row) REQUESTS times after a warm-up. Prints the
 * median, p95 and the largest in ms, and the file's size. Measures only; never asserts.
 *
 *   node bench/summary-pdf.ts [--requests 60]
 *
 * PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set (a database of its own is made
 * and dropped), else PGlite in memory. docs/reports.md keeps the figures.
 */
import { parseArgs } from "node:util";
import { plainDate } from "#domain/shared/plain-date.ts";
import { openTestDatabase } from "#server/db/testing.ts";
import { createPatient } from "#server/features/patients/patients.ts";
import { TestClient, testApp } from "#server/http/test-app.ts";
import { addStaff, makeClinic, testClock, testDeps } from "#server/shared/test-support.ts";
import { longRecordJson } from "../test/fixtures/reports/long-record.ts";

const { values } = parseArgs({ options: { requests: { type: "string", default: "60" } } });
const requests = Number(values.requests);
if (!Number.isInteger(requests) || requests < 1) {
  console.error("usage: node bench/summary-pdf.ts [--requests N>=1]");
  process.exit(2);
}

if (process.env["BENCH_DATABASE_URL"]) process.env["TEST_DATABASE_URL"] = process.env["BENCH_DATABASE_URL"];
const kind = process.env["TEST_DATABASE_URL"] ? "postgresql" : "pglite";
const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;

const t = await openTestDatabase(kind);
// The long record's last day, at 10:00 in London: the patient's today is 2026-06-30.
const clock = testClock("2026-06-30T10:00:00.000Z");
const http = await testApp(t.db, { clock, logLevel: "warn" });
try {
  const deps = testDeps(t.db, clock);
  const clinic = await makeClinic(deps, "admin", "Bench Clinic");
  const clinician = await addStaff(deps, clinic.clinicId, "clinician");
  const patient = await createPatient(deps, clinic.clinicId, clinician.userId, { name: "Bench Patient", birthDate: plainDate("1979-03-14"), timeZone: "Europe/London", recordNumber: "BENCH-1" });
  const client = new TestClient(http.app);
  await client.login(clinician.email, clinician.password);
  const imported = await client.post(`/api/clinics/${clinic.clinicId}/patients/${patient.id}/record`, longRecordJson());
  if (imported.statusCode !== 200) throw new Error(`the record import answered ${imported.statusCode}`);
  const url = `/api/clinics/${clinic.clinicId}/patients/${patient.id}/documents/summary.pdf`;
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < requests + 5; i += 1) {
    const started = performance.now();
    const response = await client.get(url);
    const elapsed = performance.now() - started;
    if (response.statusCode !== 200) throw new Error(`the summary answered ${response.statusCode}`);
    bytes = response.rawPayload.length;
    if (i >= 5) times.push(elapsed);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`Summary PDF of a two-year record on ${kind}, Node ${process.version}, ${requests} requests after 5 warm-up:`);
  console.log(`  median ${quantile(sorted, 0.5).toFixed(0)} ms · p95 ${quantile(sorted, 0.95).toFixed(0)} ms · largest ${(sorted.at(-1) ?? 0).toFixed(0)} ms · ${(bytes / 1024).toFixed(0)} KiB`);
} finally {
  await http.close();
  await t.close();
}
