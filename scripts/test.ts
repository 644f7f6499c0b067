/**
 * `npm test`: every check and every test suite, ending with one plain line
 * `N passed, M failed` (`, K skipped` when any), totalling every suite.
 *
 * Steps: typecheck (server and web), lint (with the import boundaries), the circular-import
 * check, the web build (the end-to-end suite serves it), then Vitest: unit tests with coverage of
 * src/domain, integration tests on PGlite and, when TEST_DATABASE_URL is set, PostgreSQL, and the
 * end-to-end journeys in Chromium when one is found. Each check counts as one test.
 * With CI=true a missing PostgreSQL or Chromium is a failure, not a skip.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { findChromium } from "./chromium.ts";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const ci = process.env.CI === "true";

let passed = 0;
let failed = 0;
let skipped = 0;
const notes: string[] = [];

function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (ok) passed += 1;
  else {
    failed += 1;
    notes.push(`${name} failed`);
  }
  return ok;
}

step("typecheck (node)", bin("tsc"), ["-p", "tsconfig.json"]);
step("typecheck (web)", bin("tsc"), ["-p", "tsconfig.web.json"]);
step("lint and import boundaries", bin("eslint"), [".", "--max-warnings=0"]);
step("circular imports", bin("depcruise"), ["src", "--config", ".dependency-cruiser.cjs"]);

const chromium = findChromium();
const postgres = process.env.TEST_DATABASE_URL;
if (!postgres) {
  const message = "integration tests on PostgreSQL: TEST_DATABASE_URL is not set";
  if (ci) {
    failed += 1;
    notes.push(`${message} (required with CI=true)`);
  } else notes.push(`skipped ${message}`);
}
if (!chromium) {
  const message = "end-to-end tests: Chromium not found (set CHROME_PATH or install /usr/bin/chromium)";
  if (ci) {
    failed += 1;
    notes.push(`${message} (required with CI=true)`);
  } else notes.push(`skipped ${message}`);
}
if (chromium) step("web build (served by the end-to-end tests)", bin("vite"), ["build", "--logLevel", "warn"]);

const reportDir = path.join(root, ".tmp");
mkdirSync(reportDir, { recursive: true });
const report = path.join(reportDir, "vitest-report.json");
rmSync(report, { force: true });
console.log("\n▶ vitest: unit, integration and end-to-end suites");
const vitestArgs = [
  "run",
  "--coverage",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
];
const vitest = spawnSync(bin("vitest"), vitestArgs, {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, ...(chromium ? { CHROME_PATH: chromium } : {}) },
});

if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
    testResults: { status: string; message?: string; assertionResults: unknown[] }[];
  };
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  skipped += summary.numPendingTests + summary.numTodoTests;
  // A file that fails to load has no test results of its own: count it as one failure.
  const brokenFiles = summary.testResults.filter((file) => file.status === "failed" && file.assertionResults.length === 0).length;
  failed += brokenFiles;
  if (brokenFiles > 0) notes.push(`${brokenFiles} test file(s) failed to load`);
  if (vitest.status !== 0 && summary.numFailedTests === 0 && brokenFiles === 0) {
    failed += 1;
    notes.push("vitest exited with an error (coverage or configuration)");
  }
} else {
  failed += 1;
  notes.push("vitest wrote no report");
}

console.log("");
for (const note of notes) console.log(`note: ${note}`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
