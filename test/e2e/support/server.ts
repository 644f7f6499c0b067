/**
 * The real server for one spec file: Chromium required (in CI), the web build current, and a
 * fresh data folder (embedded PGlite) removed again on close.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Config } from "#server/config.ts";
import { startServer } from "#server/main.ts";
import { requireChromium } from "./browser.ts";
import { ensureWebBuild } from "./build.ts";

export interface E2eServer {
  readonly url: string;
  /** The data folder: email waits in `<dataDir>/outbox/` (no SMTP_URL in tests). */
  readonly dataDir: string;
  close(): Promise<void>;
}

/** Starts the server on a free port over a new data folder named `<prefix>…` in the temp folder; `options` add settings (an SMS gateway's token). */
export async function startE2eServer(prefix: string, options: Partial<Config> = {}): Promise<E2eServer> {
  requireChromium();
  ensureWebBuild();
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const removeData = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    const server = await startServer({ host: "127.0.0.1", port: 0, dataDir, databaseUrl: null, publicUrl: null, logLevel: "warn", smtpUrl: null, ...options });
    return {
      url: server.url,
      dataDir,
      async close() {
        await server.close();
        removeData();
      },
    };
  } catch (error) {
    removeData();
    throw error;
  }
}
