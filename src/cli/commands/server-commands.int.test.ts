/** `cephalog migrate` and `cephalog demo` on a data folder, and refused while a server holds it. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { lockDataFolder } from "#server/db/data-folder-lock.ts";
import { run as demo } from "./demo.ts";
import { run as migrate } from "./migrate.ts";

describe("the server's maintenance commands", () => {
  let dataDir: string;
  let out: string[];
  let err: string[];

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), "cephalog-cli-"));
    vi.stubEnv("CEPHALOG_DATA", dataDir);
    vi.stubEnv("DATABASE_URL", "");
    out = [];
    err = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void out.push(args.join(" ")));
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void err.push(args.join(" ")));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("migrates a new data folder, then finds it up to date", async () => {
    expect(await migrate([])).toBe(0);
    expect(out.join("\n")).toMatch(/Applied \d+ migration\(s\)/);
    out.length = 0;
    expect(await migrate([])).toBe(0);
    expect(out).toEqual(["The database is up to date."]);
  });

  it("refuses to migrate while another process holds the data folder, saying what to do", async () => {
    const lock = await lockDataFolder(dataDir);
    try {
      expect(await migrate([])).toBe(1);
      expect(err.join("\n")).toContain(`The data folder ${dataDir} is in use by another Cephalog process (pid ${process.pid}). Stop it first, or use DATABASE_URL for a shared PostgreSQL server.`);
    } finally {
      lock.release();
    }
  });

  it("seeds the demo once and prints its sign-ins", async () => {
    expect(await demo(["--patients", "12", "--seed", "7"])).toBe(0);
    expect(out.join("\n")).toContain("The demo clinic is ready (12 patients, seed 7).");
    expect(out.join("\n")).toContain("coordinator@demo.cephalog.test");
    expect(out.join("\n")).toContain("admin@demo.cephalog.test");
    out.length = 0;
    expect(await demo([])).toBe(0);
    expect(out.join("\n")).toContain("already there");
  }, 60_000);

  it("rejects unexpected arguments as a usage error", async () => {
    expect(await migrate(["--force"])).toBe(2);
    expect(await demo(["now"])).toBe(2);
    expect(await demo(["--patients", "many"])).toBe(2);
    expect(await demo(["--patients", "0"])).toBe(2);
    expect(await demo(["--seed"])).toBe(2);
    expect(err.join("\n")).toContain("--patients must be a whole number from 1 to 100000");
  });
});
