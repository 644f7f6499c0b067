/**
 * The FHIR bulk export at clinic scale (issue 10 §4: "a bulk export of 1,000 patients that streams
 * without holding them all in memory (its peak memory reported)"): seeds the demo clinic of
 * `--patients` patients (`cephalog demo --patients N`'s generator: a year of diary each, sessions,
 * questionnaires, side effects) into a fresh database, then runs the export job
 * (features/fhir/bulk-export-job.ts) exactly as the worker does, sampling the process's memory
 * every 20 ms. Prints the time, the files' sizes and the peak resident set and JS heap against
 * their level before the export: a job holding every patient would grow by about the files' size.
 * Measures only; never asserts.
 *
 * `node bench/fhir-bulk-export.ts [--patients 1000] [--seed S]`; PostgreSQL when BENCH_DATABASE_URL
 * or TEST_DATABASE_URL is set (a database of its own is made and dropped), else PGlite in memory
 * (whose database then lives in this process's memory too). Add `--max-old-space-size=64` to
 * node's flags to see it run in a small heap.
 */
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { v7 as uuidv7 } from "uuid";
import { composeDeps } from "#server/compose-deps.ts";
import { openTestDatabase } from "#server/db/testing.ts";
import { runBulkExport } from "#server/features/fhir/bulk-export-job.ts";
import { insertBulkExport } from "#server/features/fhir/bulk-export-repository.ts";
import { seedDemo } from "#server/features/setup/seed-demo.ts";
import { silentLog } from "#server/shared/deps.ts";

const MB = 1024 * 1024;

export interface BulkExportBench {
  readonly database: string;
  readonly patients: number;
  readonly seedSeconds: number;
  readonly exportSeconds: number;
  readonly files: readonly { readonly name: string; readonly bytes: number; readonly lines: number }[];
  readonly before: NodeJS.MemoryUsage;
  readonly peak: { readonly rss: number; readonly heapUsed: number };
}

export async function benchBulkExport(patients: number, seed: number): Promise<BulkExportBench> {
  if (process.env["BENCH_DATABASE_URL"]) process.env["TEST_DATABASE_URL"] = process.env["BENCH_DATABASE_URL"];
  const kind = process.env["TEST_DATABASE_URL"] ? "postgresql" : "pglite";
  const t = await openTestDatabase(kind);
  const exportsDir = await mkdtemp(join(tmpdir(), "cephalog-bench-exports-"));
  try {
    const deps = composeDeps(t.db, () => new Date(), silentLog);
    const seeded = performance.now();
    const { clinicId } = await seedDemo(deps, { patients, seed });
    const seedSeconds = (performance.now() - seeded) / 1000;
    const staff = await t.db.selectFrom("memberships").select("user_id").where("clinic_id", "=", clinicId).executeTakeFirstOrThrow();
    const exportId = uuidv7();
    await insertBulkExport(t.db, { clinicId, id: exportId, requestedBy: staff.user_id, requestedAt: new Date().toISOString(), requestUrl: `/fhir/R4/Group/${clinicId}/$export`, types: null });

    globalThis.gc?.();
    const before = process.memoryUsage();
    const peak = { rss: before.rss, heapUsed: before.heapUsed };
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak.rss = Math.max(peak.rss, now.rss);
      peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
    }, 20);
    const started = performance.now();
    await runBulkExport(deps, exportsDir, { clinicId, exportId });
    const exportSeconds = (performance.now() - started) / 1000;
    clearInterval(sampler);

    const row = await t.db.selectFrom("fhir_bulk_exports").selectAll().where("id", "=", exportId).executeTakeFirstOrThrow();
    if (row.status !== "done" || row.output === null) throw new Error(`the export ended ${row.status} (${row.error ?? ""})`);
    const dir = join(exportsDir, exportId);
    const names = await readdir(dir);
    const files = await Promise.all(names.map(async (name) => ({ name, bytes: (await stat(join(dir, name))).size, lines: row.output?.find((file) => file.file === name)?.count ?? 0 })));
    return { database: kind, patients: row.patients_done, seedSeconds, exportSeconds, files, before, peak };
  } finally {
    await rm(exportsDir, { recursive: true, force: true });
    await t.close();
  }
}

export function formatBulkExportBench(bench: BulkExportBench): string {
  const bytes = bench.files.reduce((sum, file) => sum + file.bytes, 0);
  const lines = bench.files.reduce((sum, file) => sum + file.lines, 0);
  return [
    `FHIR bulk export of ${bench.patients} demo patients on ${bench.database} (seeded in ${bench.seedSeconds.toFixed(0)} s), Node ${process.version}`,
    `  export: ${bench.exportSeconds.toFixed(1)} s (${(bench.patients / bench.exportSeconds).toFixed(0)} patients/s), ${lines} resources in ${bench.files.length} files, ${(bytes / MB).toFixed(1)} MB of NDJSON`,
    `  memory before: rss ${(bench.before.rss / MB).toFixed(0)} MB, heap ${(bench.before.heapUsed / MB).toFixed(0)} MB`,
    `  peak during:   rss ${(bench.peak.rss / MB).toFixed(0)} MB (+${((bench.peak.rss - bench.before.rss) / MB).toFixed(0)}), heap ${(bench.peak.heapUsed / MB).toFixed(0)} MB (+${((bench.peak.heapUsed - bench.before.heapUsed) / MB).toFixed(0)})`,
    ...bench.files.map((file) => `  ${file.name.padEnd(34)} ${String(file.lines).padStart(8)} lines ${(file.bytes / MB).toFixed(1).padStart(7)} MB`),
  ].join("\n");
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { patients: { type: "string", default: "1000" }, seed: { type: "string", default: "20260720" } } });
  const patients = Number(values.patients);
  if (!Number.isInteger(patients) || patients < 1) {
    console.error("usage: node bench/fhir-bulk-export.ts [--patients N>=1] [--seed S]");
    process.exit(2);
  }
  console.log(formatBulkExportBench(await benchBulkExport(patients, Number(values.seed))));
}
