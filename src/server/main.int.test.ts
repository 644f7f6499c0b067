/** The composition root end to end: start on port 0, answer, refuse a second opener, close cleanly. */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { LOCK_FILE_NAME } from "./db/data-folder-lock.ts";
import { openTestDatabase, testDatabaseKinds } from "./db/testing.ts";
import { startServer } from "./main.ts";

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe("startServer", () => {
  it("listens on a free port when asked for port 0 and reports the real one", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const dataDir = mkdtempSync(join(tmpdir(), "cephalog-main-"));
    folders.push(dataDir);
    const server = await startServer({ port: 0, host: "127.0.0.1", dataDir, databaseUrl: null, logLevel: "silent", publicUrl: null });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.url).not.toMatch(/:0$/);
      expect(log).toHaveBeenCalledWith(`Cephalog is running at ${server.url}`);
      const response = await fetch(`${server.url}/api/setup`);
      expect(await response.json()).toEqual({ initialized: false, demoPresent: false, demoLogins: null });
      expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(true);
      await expect(startServer({ port: 0, dataDir, databaseUrl: null, logLevel: "silent" })).rejects.toThrow(/is in use by another Cephalog process/);
    } finally {
      await server.close();
      log.mockRestore();
    }
    await server.closed;
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
    await expect(fetch(`${server.url}/api/setup`)).rejects.toThrow();
  });

  it("keeps the clinic and its sign-in across a restart on the same data folder", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const dataDir = mkdtempSync(join(tmpdir(), "cephalog-restart-"));
    folders.push(dataDir);
    const options = { port: 0, host: "127.0.0.1", dataDir, databaseUrl: null, logLevel: "silent", publicUrl: null } as const;
    const admin = { name: "Ada Admin", email: "ada@example.org", password: "correct horse battery" };
    try {
      const first = await startServer(options);
      const created = await fetch(`${first.url}/api/setup/clinic`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ clinicName: "Riverside", timeZone: "Europe/London", admin }),
      });
      expect(created.status).toBe(200);
      await first.close();
      await first.closed;

      const second = await startServer(options);
      try {
        expect(await (await fetch(`${second.url}/api/setup`)).json()).toMatchObject({ initialized: true });
        const login = await fetch(`${second.url}/api/auth/login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: admin.email, password: admin.password }),
        });
        expect(login.status).toBe(200);
        expect(await login.json()).toMatchObject({ memberships: [{ clinicName: "Riverside", role: "admin" }] });
      } finally {
        await second.close();
      }
    } finally {
      log.mockRestore();
    }
  });
});

describe("startServer's startup warnings", () => {
  it.each([
    [false, true],
    [1, false],
  ] as const)("with PUBLIC_URL and TRUST_PROXY=%s, warns that a proxy would make every visitor look like loopback: %s", async (trustProxy, warns) => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const dataDir = mkdtempSync(join(tmpdir(), "cephalog-warn-"));
    folders.push(dataDir);
    try {
      const server = await startServer({ port: 0, host: "127.0.0.1", dataDir, databaseUrl: null, logLevel: "silent", publicUrl: "https://clinic.example.org", trustProxy });
      await server.close();
      const warnings = warn.mock.calls.map((call) => String(call[0]));
      expect(warnings.some((line) => line.includes("TRUST_PROXY") && line.includes("loopback"))).toBe(warns);
    } finally {
      log.mockRestore();
      warn.mockRestore();
    }
  });
});

// Declared only when TEST_DATABASE_URL names a server, like every PostgreSQL case (no skipped tests).
describe.each(testDatabaseKinds().filter((kind) => kind === "postgresql"))("startServer on %s", () => {
  it("runs on PostgreSQL from a URL", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const t = await openTestDatabase("postgresql");
    try {
      const server = await startServer({ port: 0, databaseUrl: t.url, logLevel: "silent" });
      expect(server.database.kind).toBe("postgresql");
      expect(server.database.location).not.toContain("postgres@");
      expect((await fetch(`${server.url}/api/setup`)).status).toBe(200);
      await server.close();
    } finally {
      log.mockRestore();
      await t.close();
    }
  });
});
