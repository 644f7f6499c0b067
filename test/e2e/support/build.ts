/**
 * Makes sure dist/web holds a build of the current sources before the journey runs: builds it
 * when index.html is missing or older than any source the bundle is made from.
 *
 * The build runs in a child process with NODE_ENV=production: inside Vitest NODE_ENV is "test",
 * which would make Vite bundle React's development build.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export const REPO_ROOT = resolve(import.meta.dirname, "../../..");
export const WEB_BUILD_INDEX = join(REPO_ROOT, "dist/web/index.html");

const SOURCES = ["src/web", "src/contracts", "src/domain", "vite.config.ts", "package.json"];

function newestModification(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules") continue;
    newest = Math.max(newest, newestModification(join(path, entry)));
  }
  return newest;
}

/** Whether dist/web is missing or older than its sources. */
export function webBuildIsStale(): boolean {
  if (!existsSync(WEB_BUILD_INDEX)) return true;
  const built = statSync(WEB_BUILD_INDEX).mtimeMs;
  return SOURCES.some((source) => {
    const path = join(REPO_ROOT, source);
    return existsSync(path) && newestModification(path) > built;
  });
}

const LOCK = join(REPO_ROOT, "dist/.web-build.lock");
const LOCK_STALE_MS = 240_000;

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `build` holding a lock folder, so two spec files (or two test runs in one checkout) never
 * build into dist/web at once; a lock older than a build can take is taken over.
 */
function withBuildLock(build: () => void): void {
  mkdirSync(join(REPO_ROOT, "dist"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const age = existsSync(LOCK) ? Date.now() - statSync(LOCK).mtimeMs : 0;
      if (age > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      else sleepMs(500);
    }
  }
  try {
    build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds the web app with Vite unless dist/web is current. */
export function ensureWebBuild(): void {
  if (!webBuildIsStale()) return;
  withBuildLock(buildIfStale);
}

function buildIfStale(): void {
  // Another process may have built it while this one waited for the lock.
  if (!webBuildIsStale()) return;
  const vite = join(REPO_ROOT, "node_modules/vite/bin/vite.js");
  const result = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: "production" },
    encoding: "utf8",
    timeout: 180_000,
  });
  if (result.status !== 0) {
    throw new Error(`vite build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}
