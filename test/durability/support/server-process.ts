/**
 * A real Cephalog server as a child process (`bin/cephalog serve`), for the tests that kill one
 * or run two: it listens on a free loopback port, and the test reads its address from what it
 * prints. `kill("SIGKILL")` is a crash; `stop()` a clean shutdown (SIGTERM).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../../bin/cephalog", import.meta.url));
const READY = /Cephalog is running at (http:\/\/\S+)/;
/** The banner's last line (main.ts prints it after the address and the notes): the banner is whole. */
const BANNER_END = /^Email: /m;

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Sends the signal and waits until the process is gone. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** SIGTERM, waiting for the clean shutdown. */
  stop(): Promise<void>;
}

export interface ServerEnv {
  /** The embedded database's folder (also set on PostgreSQL, where it only holds the outbox). */
  readonly dataDir: string;
  /** A postgres:// URL, or null for the embedded database. */
  readonly databaseUrl: string | null;
  /** Default warn; info makes the server log each job it runs. */
  readonly logLevel?: "warn" | "info";
}

/** Starts a server and resolves once it listens and has printed its banner; rejects with its output (and a `code`) if it exits first. */
export async function startServerProcess(env: ServerEnv, timeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawn(BIN, ["serve", "--host", "127.0.0.1", "--port", "0"], {
    env: { ...process.env, CEPHALOG_DATA: env.dataDir, DATABASE_URL: env.databaseUrl ?? "", LOG_LEVEL: env.logLevel ?? "warn", PUBLIC_URL: "", TRUST_PROXY: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = once(child, "exit");
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const ready = READY.exec(output);
      // Whole banner, not only the address: a test reads the notes printed after it.
      if (ready?.[1] !== undefined && BANNER_END.test(output)) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    void exited.then(([code]) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${String(code)}) before listening:\n${output}`));
    });
  });
  return {
    url,
    pid: child.pid as number,
    output: () => output,
    kill: (signal) => killAndWait(child, exited, signal),
    stop: () => killAndWait(child, exited, "SIGTERM"),
  };
}

async function killAndWait(child: ChildProcess, exited: Promise<unknown>, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  await exited;
}
