/**
 * How long the clinic outcomes PDF takes (issue 10 §1: "generated as a job with progress when it
 * takes more than a second"): the demo clinic seeded ten times over (360 patients, a year of
 * diary and the care each received), then the whole making of the document RUNS times after one
 * warm-up, two ways: as the command line makes it (`clinicOutcomes`, every treated patient in one
 * snapshot, then pdfkit) and as the reports page's job does (`runOutcomesReport`, a snapshot per
 * patient with the progress written every few, then the PDF drawn from the stored figures as the
 * download route does). Prints the median and the largest in ms, the patients read and the file's
 * size. Measures only; never asserts.
 *
 *   node bench/outcomes-pdf.ts [--patients 360] [--runs 5]
 *
 * PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, else PGlite in memory.
 * docs/reports.md keeps the figures.
 */
import { parseArgs } from "node:util";
import { plainDate } from "#domain/shared/plain-date.ts";
import { openTestDatabase } from "#server/db/testing.ts";
import { runOutcomesReport } from "#server/features/documents/outcomes-report-job.ts";
import { outcomesReportPdf, startOutcomesReport } from "#server/features/documents/outcomes-report.ts";
import { seedDemo } from "#server/features/setup/seed-demo.ts";
import { clinicOutcomes, listClinics } from "#server/reports/outcomes/clinic-outcomes.ts";
import { renderOutcomesPdf } from "#server/reports/outcomes/outcomes-pdf.ts";
import { testDeps } from "#server/shared/test-support.ts";

const { values } = parseArgs({ options: { patients: { type: "string", default: "360" }, runs: { type: "string", default: "5" } } });
const patients = Number(values.patients);
const runs = Number(values.runs);
if (!Number.isInteger(patients) || patients < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error("usage: node bench/outcomes-pdf.ts [--patients N>=1] [--runs N>=1]");
  process.exit(2);
}

if (process.env["BENCH_DATABASE_URL"]) process.env["TEST_DATABASE_URL"] = process.env["BENCH_DATABASE_URL"];
const kind = process.env["TEST_DATABASE_URL"] ? "postgresql" : "pglite";
const NOW = new Date("2026-12-07T09:00:00.000Z");

const t = await openTestDatabase(kind);
try {
  const seedStarted = performance.now();
  const { clinicId } = await seedDemo(testDeps(t.db, () => NOW), { patients });
  console.log(`seeded ${patients} demo patients in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
  const clinic = (await listClinics(t.db)).find((c) => c.id === clinicId);
  if (clinic === undefined) throw new Error("no demo clinic");
  const range = { from: plainDate("2025-12-08"), to: plainDate("2026-12-07") };
  const deps = testDeps(t.db, () => NOW);
  const requester = await t.db.selectFrom("memberships").select("user_id").where("clinic_id", "=", clinicId).executeTakeFirstOrThrow();
  const ways: Record<string, () => Promise<{ bytes: number; read: number }>> = {
    "command line (one snapshot)": async () => {
      const figures = await clinicOutcomes(t.db, { clinic, ...range, now: NOW });
      const { pdf } = await renderOutcomesPdf(figures, { clinicName: clinic.name });
      return { bytes: pdf.byteLength, read: figures.recordsRead };
    },
    "reports page's job + download": async () => {
      const report = await startOutcomesReport(deps, { clinicId, userId: requester.user_id }, range);
      await runOutcomesReport(deps, { clinicId, reportId: report.id });
      const { pdf } = await outcomesReportPdf(deps, { clinicId, reportId: report.id });
      const row = await t.db.selectFrom("outcomes_reports").select("patients_done").where("id", "=", report.id).executeTakeFirstOrThrow();
      return { bytes: pdf.byteLength, read: row.patients_done };
    },
  };
  console.log(`Clinic outcomes PDF of ${patients} demo patients on ${kind}, Node ${process.version}, ${runs} runs after 1 warm-up:`);
  for (const [name, make] of Object.entries(ways)) {
    const times: number[] = [];
    let last = { bytes: 0, read: 0 };
    for (let i = 0; i < runs + 1; i += 1) {
      const started = performance.now();
      last = await make();
      if (i >= 1) times.push(performance.now() - started);
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`  ${name}: median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(0)} ms · largest ${(sorted.at(-1) ?? 0).toFixed(0)} ms · ${last.read} treated patients read · ${(last.bytes / 1024).toFixed(0)} KiB`);
  }
} finally {
  await t.close();
}
