/**
 * Builds the web app into dist/web when it is missing or older than its sources, so
 * `npm start` on a fresh clone serves a current app without a separate build command.
 * `--force` always builds.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const output = path.join(root, "dist", "web", "index.html");
const sources = ["src/web", "src/contracts", "src/domain", "vite.config.ts", "package-lock.json"];

function newestModification(target: string): number {
  const full = path.join(root, target);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(full).map((entry) => newestModification(path.join(target, entry))),
  );
}

/** Whether dist/web must be (re)built. */
export function webBuildIsStale(): boolean {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((source) => newestModification(source) > built);
}

if (import.meta.main) {
  if (process.argv.includes("--force") || webBuildIsStale()) {
    console.log("Building the web app (dist/web)...");
    const result = spawnSync(path.join(root, "node_modules", ".bin", "vite"), ["build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
    process.exit(result.status ?? 1);
  }
}
