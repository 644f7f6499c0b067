/**
 * What auditing every read costs (issue 7: "without slowing a read by more than 10%"; ADR 0016):
 * seeds the demo clinic (a year of diary per patient), then times a clinician's chart reads,
 * GET .../patients/:id and GET .../patients/:id/assessment, through the real Fastify app
 * (app.inject: routing, session, permission, the use case, serialization) over the same database,
 * once with the access rows written (the app as it runs) and once without (an app built with
 * `recordReads: false`, for this measurement only). The reads' rows are written in batches after
 * the answers (read-row-writer.ts), so the two alternate in blocks of BLOCK requests, each "with"
 * block including the writing of its rows; both see the same database, caches and machine load.
 * Reports the median and p95 of the blocks' ms per request, the overhead as the median of the
 * paired differences over the median without (robust to a busy machine's drift), and one row's
 * insert timed alone. Measures only; never asserts.
 *
 * The database is PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set (a database of
 * its own is made and dropped), else PGlite in memory.
 */
import { composeDeps } from "#server/compose-deps.ts";
import { openTestDatabase, type TestDatabase } from "#server/db/testing.ts";
import { DEMO_LOGINS } from "#server/features/setup/demo-logins.ts";
import { seedDemo } from "#server/features/setup/seed-demo.ts";
import { TestClient, testApp } from "#server/http/test-app.ts";
import { insertReadEvents } from "#server/shared/audit-repository.ts";
import { accessRow } from "#server/shared/audit.ts";
import { silentLog } from "#server/shared/deps.ts";

export interface OverheadTiming {
  readonly route: string;
  readonly requests: number;
  readonly without: { readonly medianMs: number; readonly p95Ms: number };
  readonly with: { readonly medianMs: number; readonly p95Ms: number };
  /** The median of the paired differences (each request with the row minus its neighbour without), in ms. */
  readonly pairedMedianMs: number;
  /** pairedMedianMs / median without, in percent: the overhead, robust to the machine's drift. */
  readonly overheadPercent: number;
}

export interface AuditOverheadBench {
  readonly database: string;
  readonly patients: number;
  readonly timings: readonly OverheadTiming[];
  /** One access row alone (one insert of a batch of one), timed directly: median and p95 in ms. */
  readonly row: { readonly medianMs: number; readonly p95Ms: number };
}

/** Requests in one timed block (ms per request = the block's time / BLOCK). */
const BLOCK = 10;

const ROUTES = [
  { name: "GET .../patients/:patientId", suffix: "" },
  { name: "GET .../patients/:patientId/assessment", suffix: "/assessment" },
] as const;

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}

const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95) };
};

export async function benchAuditOverhead(patients: number, seed: number, requests = 200): Promise<AuditOverheadBench> {
  if (process.env["BENCH_DATABASE_URL"]) process.env["TEST_DATABASE_URL"] = process.env["BENCH_DATABASE_URL"];
  const kind = process.env["TEST_DATABASE_URL"] ? "postgresql" : "pglite";
  const t: TestDatabase = await openTestDatabase(kind);
  try {
    const { clinicId } = await seedDemo(composeDeps(t.db, () => new Date(), silentLog), { patients, seed });
    const patientIds = (await t.db.selectFrom("patients").select("id").where("clinic_id", "=", clinicId).orderBy("id").limit(20).execute()).map((row) => row.id);
    const audited = await testApp(t.db, { logLevel: "warn" });
    const unaudited = await testApp(t.db, { logLevel: "warn", recordReads: false });
    try {
      const clinician = DEMO_LOGINS.find((login) => login.role === "clinician");
      if (clinician === undefined) throw new Error("no demo clinician");
      // As a browser: the reads' rows are written in batches by the server, never by the client.
      const clients = { with: new TestClient(audited.app, { flushReads: false }), without: new TestClient(unaudited.app, { flushReads: false }) };
      await clients.with.login(clinician.email, clinician.password);
      await clients.without.login(clinician.email, clinician.password);
      const timings: OverheadTiming[] = [];
      for (const route of ROUTES) {
        const times = { with: [] as number[], without: [] as number[] };
        const one = async (mode: "with" | "without", i: number, keep: boolean) => {
          const url = `/api/clinics/${clinicId}/patients/${patientIds[i % patientIds.length]}${route.suffix}`;
          const t0 = performance.now();
          const response = await clients[mode].get(url);
          const elapsed = performance.now() - t0;
          if (response.statusCode !== 200) throw new Error(`${route.name} answered ${response.statusCode}`);
          if (keep) times[mode].push(elapsed);
        };
        for (let i = 0; i < 10; i += 1) {
          await one("with", i, false);
          await one("without", i, false);
        }
        // Blocks of BLOCK requests, alternating which goes first: a batch of rows is written during
        // the "with" block that queued it (and what is left at its end is written inside its time),
        // so each block's mean per request carries the whole cost of its rows.
        for (let block = 0; block < requests / BLOCK; block += 1) {
          const order: ("with" | "without")[] = block % 2 === 0 ? ["with", "without"] : ["without", "with"];
          for (const mode of order) {
            const t0 = performance.now();
            for (let i = 0; i < BLOCK; i += 1) await one(mode, block * BLOCK + i, false);
            if (mode === "with") await audited.app.flushAuditReads();
            times[mode].push((performance.now() - t0) / BLOCK);
          }
        }
        const withAudit = summary(times.with);
        const withoutAudit = summary(times.without);
        const paired = summary(times.with.map((ms, i) => ms - (times.without[i] ?? ms))).medianMs;
        timings.push({ route: route.name, requests, with: withAudit, without: withoutAudit, pairedMedianMs: paired, overheadPercent: (paired / withoutAudit.medianMs) * 100 });
      }
      const rowTimes: number[] = [];
      const context = { actorUserId: null, clinicId, patientId: patientIds[0] ?? null, route: "/api/clinics/:clinicId/patients/:patientId", method: "GET", ip: "127.0.0.1", written: 0 };
      for (let i = 0; i < requests; i += 1) {
        const t0 = performance.now();
        await insertReadEvents(t.db, [accessRow(new Date(), context, "read")]);
        rowTimes.push(performance.now() - t0);
      }
      return { database: kind, patients, timings, row: summary(rowTimes) };
    } finally {
      await audited.close();
      await unaudited.close();
    }
  } finally {
    await t.close();
  }
}

export function formatAuditOverheadBench(bench: AuditOverheadBench): string {
  const ms = (value: number) => value.toFixed(2).padStart(8);
  return [
    `Audit of every read on ${bench.database} (demo clinic of ${bench.patients} patients): a clinician's chart reads through the app, with and without the access rows (written in batches, read-row-writer.ts), ms per request over blocks of ${BLOCK} (target: under 10%)`,
    "route                                       requests  median without  median with   p95 without   p95 with   paired diff   overhead",
    ...bench.timings.map(
      (t) =>
        `${t.route.padEnd(43)} ${String(t.requests).padStart(8)} ${ms(t.without.medianMs)} ms ${ms(t.with.medianMs)} ms ${ms(t.without.p95Ms)} ms ${ms(t.with.p95Ms)} ms ${ms(t.pairedMedianMs)} ms ${`${t.overheadPercent.toFixed(1)}%`.padStart(9)}`,
    ),
    `one access row written alone (a batch of one): median ${bench.row.medianMs.toFixed(2)} ms, p95 ${bench.row.p95Ms.toFixed(2)} ms`,
  ].join("\n");
}
