/**
 * The composition root: configuration -> database (lock, migrations) -> services -> HTTP ->
 * listen. SIGINT and SIGTERM close the server, the job worker and the database (releasing the
 * data-folder lock) cleanly.
 */
import { composeDeps } from "./compose-deps.ts";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { loadConfig, proxyWarning, publicUrlWarning, usesHttps, type Config } from "./config.ts";
import { serveControlSocket, type ControlSocket } from "./db/archive/control-socket.ts";
import { openDatabase, type DatabaseHandle } from "./db/connect.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { buildApp } from "./http/app.ts";
import { jobHandlers, recurringJobs } from "./jobs/handlers.ts";
import { createWorker } from "./jobs/worker.ts";
import { notificationTransports } from "./features/notifications/transports.ts";
import type { Log } from "./shared/deps.ts";

export interface RunningServer {
  /** Where it listens, with the real port (also when asked for port 0). */
  readonly url: string;
  readonly database: { readonly kind: DatabaseHandle["kind"]; readonly location: string };
  /** Stops accepting requests, finishes the ones in flight, closes the database. Safe to call twice. */
  close(): Promise<void>;
  /** Settles once the server has closed (by close() or a signal). */
  readonly closed: Promise<void>;
}

/**
 * PGlite writes each commit to its files but never asks the disk to flush them (no fsync), so a
 * power cut or an operating-system crash can lose the last writes it acknowledged (README,
 * "Durability"); a killed server loses nothing (test/durability).
 */
export const EMBEDDED_DURABILITY_NOTE =
  "Note: the embedded database does not flush its writes to disk (no fsync), so a power cut or system crash can lose the latest saves; for a clinic's data, move to PostgreSQL: cephalog move-to-postgres DATABASE_URL";

function urlOf(host: string, port: number): string {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

export async function startServer(options: Partial<Config> = {}): Promise<RunningServer> {
  const config: Config = { ...loadConfig(), ...options };
  const database = await openDatabase(config);
  let control: ControlSocket | null = null;
  try {
    await migrateToLatest(database.db);
    const app = await buildApp({
      db: database.db,
      publicUrl: config.publicUrl,
      trustProxy: config.trustProxy,
      logLevel: config.logLevel,
      smsGatewayToken: config.smsGatewayToken,
      exportsDir: join(config.dataDir, "exports"),
    });
    const clock = () => new Date();
    const log = app.log as Log;
    const worker = createWorker({ db: database.db, clock, log, handlers: jobHandlers(composeDeps(database.db, clock, log), notificationTransports(config, log), config.auditSyslog, { smsGateway: config.smsGatewayToken !== null, publicUrl: config.publicUrl }, join(config.dataDir, "exports")), recurring: recurringJobs });
    // On the embedded database only this process may read the data: `cephalog backup` asks it here (ADR 0017).
    if (database.kind === "pglite") control = await serveControlSocket({ dataDir: config.dataDir, db: database.db, clock, log });
    await app.listen({ host: config.host, port: config.port });
    worker.start();

    const port = (app.server.address() as AddressInfo).port;
    const url = urlOf(config.host, port);
    let resolveClosed: () => void = () => {};
    const closed = new Promise<void>((resolve) => {
      resolveClosed = resolve;
    });
    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        try {
          await worker.stop();
          await app.close();
          await control?.close();
        } finally {
          await database.close();
          resolveClosed();
        }
      })());
    const onSignal = (signal: NodeJS.Signals) => {
      console.log(`\n${signal}: stopping Cephalog...`);
      void close().then(() => console.log("Cephalog stopped."));
    };
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);

    console.log(`Cephalog is running at ${url}`);
    console.log(
      database.kind === "pglite"
        ? `Database: the embedded database in ${database.location} (one process at a time)`
        : `Database: PostgreSQL at ${database.location}`,
    );
    if (database.kind === "pglite") console.log(EMBEDDED_DURABILITY_NOTE);
    if (config.publicUrl) console.log(`Public address: ${config.publicUrl}${usesHttps(config) ? " (cookies are Secure)" : ""}`);
    console.log(config.smtpUrl === null ? `Email: written to ${config.dataDir}/outbox/ (set SMTP_URL to send it)` : "Email: sent through SMTP_URL");
    if (config.smsGatewayToken !== null) console.log("Text messages: offered to patients, waiting for the SMS gateway at /api/sms-outbox (docs/operations.md)");
    for (const warning of [proxyWarning(config), publicUrlWarning(config)]) if (warning !== null) console.warn(warning);
    return { url, database: { kind: database.kind, location: database.location }, close, closed };
  } catch (error) {
    await control?.close();
    await database.close();
    throw error;
  }
}
