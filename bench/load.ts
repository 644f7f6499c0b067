/**
 * `npm run load` (node bench/load.ts): a bounded load test of one real server process (issue 7,
 * "Trust"). Seeds the demo clinic into a fresh database (embedded in a temp folder, or PostgreSQL
 * when BENCH_DATABASE_URL is set), signs in patients and staff, then drives a mixed workload for
 * `--seconds` (default 60) over loopback: diary saves, chart reads and worklist pages, each kind
 * on its own connections. Prints requests, errors and latency (p50, p99) per kind; exits 1 when
 * any request failed. Measures only; not part of `npm test` (docs/performance.md).
 *
 *   node bench/load.ts [--seconds 60] [--patients 36] [--patient-accounts 4]
 *                      [--chart-connections 3] [--worklist-connections 3]
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { DEMO_LOGINS } from "#server/features/setup/demo-logins.ts";
import { signIn } from "../test/durability/support/http.ts";
import { setUpLoadWorld } from "./load-setup.ts";
import { failures, runWorkload, type KindRun } from "./load-workload.ts";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    patients: { type: "string", default: "36" },
    "patient-accounts": { type: "string", default: "4" },
    "chart-connections": { type: "string", default: "3" },
    "worklist-connections": { type: "string", default: "3" },
  },
});
const numbers = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, Number(value)]));
for (const [name, value] of Object.entries(numbers)) {
  if (!Number.isInteger(value) || value < 1 || value > 100_000) {
    console.error(`load: --${name} must be a whole number from 1 to 100000`);
    process.exit(2);
  }
}
const seconds = numbers["seconds"] as number;

function login(role: string): { email: string; password: string } {
  const found = DEMO_LOGINS.find((entry) => entry.role === role);
  if (found === undefined) throw new Error(`no demo ${role}`);
  return found;
}

function row(run: KindRun): string {
  const r = run.result;
  return [run.kind.padEnd(15), String(run.connections).padStart(5), String(r.requests.total).padStart(9), String(failures(r)).padStart(7), r.requests.average.toFixed(1).padStart(8), String(r.latency.p50).padStart(7), String(r.latency.p99).padStart(7), String(r.latency.max).padStart(7)].join("  ");
}

const started = performance.now();
const world = await setUpLoadWorld({ patients: numbers["patients"] as number, accounts: numbers["patient-accounts"] as number });
let failed = 0;
try {
  const url = world.server.url;
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) throw new Error(`the server is not on loopback: ${url}`);
  const clinician = login("clinician");
  const coordinator = login("coordinator");
  const patients = await Promise.all(world.accounts.map(async (account) => ({ patientId: account.patientId, cookie: await signIn(url, account.email, account.password) })));
  console.log(
    `Cephalog load test: ${seconds} s against one server on ${world.database === "pglite" ? "the embedded database" : "PostgreSQL"}, ` +
      `demo clinic of ${world.patientIds.length} patients (set up in ${((performance.now() - started) / 1000).toFixed(1)} s); ` +
      `Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), load generator on the same machine`,
  );
  const runs = await runWorkload({
    url,
    seconds,
    clinicId: world.clinicId,
    patientIds: world.patientIds,
    patients,
    clinicianCookie: await signIn(url, clinician.email, clinician.password),
    coordinatorCookie: await signIn(url, coordinator.email, coordinator.password),
    chartConnections: numbers["chart-connections"] as number,
    worklistConnections: numbers["worklist-connections"] as number,
  });
  console.log("");
  console.log(["kind".padEnd(15), "conns".padStart(5), "requests".padStart(9), "errors".padStart(7), "req/s".padStart(8), "p50 ms".padStart(7), "p99 ms".padStart(7), "max ms".padStart(7)].join("  "));
  for (const run of runs) console.log(row(run));
  failed = runs.reduce((sum, run) => sum + failures(run.result), 0);
  for (const run of runs) {
    const codes = Object.entries(run.result.statusCodeStats ?? {}).filter(([code]) => !code.startsWith("2"));
    if (codes.length > 0 || run.result.errors > 0) console.log(`${run.kind}: ${run.result.errors} connection errors (${run.result.timeouts} timeouts); other statuses ${codes.map(([code, stat]) => `${code}x${stat.count ?? 0}`).join(", ") || "none"}`);
  }
  console.log("");
  console.log(failed === 0 ? "Zero errors." : `${failed} request(s) failed.`);
} finally {
  await world.close();
}
process.exit(failed === 0 ? 0 : 1);
