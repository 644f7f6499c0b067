/**
 * The worklist's server time at clinic scale (issue 6 §4: under 100 ms at 5,000 patients): seeds
 * the demo clinic of `patients` patients (`cephalog demo --patients N`, the same generator: a
 * year of diary each, sessions every 77-100 days, visits, lots) into a fresh database, then times
 * GET /api/clinics/:id/worklist through the real Fastify app (app.inject: routing, session,
 * permission, query, serialization) for each saved view and a search. Measures only.
 *
 * The database is PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set (a database of
 * its own is made and dropped), else PGlite in memory.
 */
import { composeDeps } from "#server/compose-deps.ts";
import { openTestDatabase, type TestDatabase } from "#server/db/testing.ts";
import { DEMO_LOGINS } from "#server/features/setup/demo-logins.ts";
import { seedDemo } from "#server/features/setup/seed-demo.ts";
import { silentLog } from "#server/shared/deps.ts";
import { TestClient, testApp } from "#server/http/test-app.ts";

export interface WorklistTiming {
  readonly query: string;
  readonly requests: number;
  readonly meanMs: number;
  readonly p95Ms: number;
  readonly rows: number;
  readonly total: number;
}

export interface WorklistBench {
  readonly database: string;
  readonly patients: number;
  readonly seedSeconds: number;
  readonly timings: readonly WorklistTiming[];
}

const QUERIES = ["", "?view=due-this-week", "?view=overdue", "?view=evaluation-due", "?view=due-soon", "?q=DEMO-0004", "?sort=name&dir=desc&page=40"];

export async function benchWorklist(patients: number, seed: number, requests = 30): Promise<WorklistBench> {
  if (process.env["BENCH_DATABASE_URL"]) process.env["TEST_DATABASE_URL"] = process.env["BENCH_DATABASE_URL"];
  const kind = process.env["TEST_DATABASE_URL"] ? "postgresql" : "pglite";
  const t: TestDatabase = await openTestDatabase(kind);
  try {
    const started = performance.now();
    const { clinicId } = await seedDemo(composeDeps(t.db, () => new Date(), silentLog), { patients, seed });
    const seedSeconds = (performance.now() - started) / 1000;
    const http = await testApp(t.db, { logLevel: "warn" });
    try {
      const client = new TestClient(http.app);
      const coordinator = DEMO_LOGINS.find((login) => login.role === "coordinator");
      if (coordinator === undefined) throw new Error("no demo coordinator");
      await client.login(coordinator.email, coordinator.password);
      const timings: WorklistTiming[] = [];
      for (const query of QUERIES) {
        const url = `/api/clinics/${clinicId}/worklist${query}`;
        for (let warm = 0; warm < 3; warm += 1) await client.get(url);
        const times: number[] = [];
        let body = { rows: [] as unknown[], total: 0 };
        for (let i = 0; i < requests; i += 1) {
          const t0 = performance.now();
          const response = await client.get(url);
          times.push(performance.now() - t0);
          if (response.statusCode !== 200) throw new Error(`worklist answered ${response.statusCode}`);
          body = response.json();
        }
        times.sort((a, b) => a - b);
        timings.push({ query: query || "(all)", requests, meanMs: times.reduce((a, b) => a + b, 0) / times.length, p95Ms: times[Math.floor(times.length * 0.95)] ?? 0, rows: body.rows.length, total: body.total });
      }
      return { database: kind, patients, seedSeconds, timings };
    } finally {
      await http.close();
    }
  } finally {
    await t.close();
  }
}

export function formatWorklistBench(bench: WorklistBench): string {
  const lines = [
    `Worklist at ${bench.patients} patients on ${bench.database} (seeded in ${bench.seedSeconds.toFixed(0)} s): server time per request through the app`,
    "query                          mean ms   p95 ms   rows   total",
    ...bench.timings.map((t) => `${t.query.padEnd(30)} ${t.meanMs.toFixed(1).padStart(7)} ${t.p95Ms.toFixed(1).padStart(8)} ${String(t.rows).padStart(6)} ${String(t.total).padStart(7)}`),
  ];
  return lines.join("\n");
}
