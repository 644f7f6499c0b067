/**
 * `cephalog`: the command line. Parses the command name and hands the rest to its module;
 * each command returns its exit status (0 done, 1 failed, 2 bad usage or input).
 */
const MIN_NODE_MAJOR = 24;

interface Command {
  readonly summary: string;
  readonly load: () => Promise<{ run(args: string[]): Promise<number> }>;
}

const commands: Record<string, Command> = {
  serve: { summary: "Start the server (migrates the database first)", load: () => import("./commands/serve.ts") },
  migrate: { summary: "Bring the database schema up to date and exit", load: () => import("./commands/migrate.ts") },
  demo: { summary: "Seed the synthetic demo clinic", load: () => import("./commands/demo.ts") },
  backup: { summary: "Write every table to a backup file, from one snapshot (safe while the server runs)", load: () => import("./commands/backup.ts") },
  restore: { summary: "Restore a backup file into an empty database, verified table by table", load: () => import("./commands/restore.ts") },
  "move-to-postgres": { summary: "Copy the embedded database into an empty PostgreSQL database, verified", load: () => import("./commands/move-to-postgres.ts") },
  assess: { summary: "Assess a patient record (JSON) against the pathway rules; no server needed", load: () => import("./commands/assess.ts") },
  report: { summary: "Make a PDF: a patient summary, authorization packet or renewal from a record (JSON), or the clinic outcomes from a database", load: () => import("./commands/report.ts") },
  fhir: { summary: "Export a patient record as a FHIR R4 Bundle, or import one back (fhir export|import); no server needed", load: () => import("./commands/fhir.ts") },
  audit: { summary: "Check the audit log's hash chains and print their heads (audit verify)", load: () => import("./commands/audit.ts") },
};

export function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return [
    "Usage: cephalog <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `cephalog <command> --help` for a command's options.",
    "Settings come from the environment: HOST, PORT, CEPHALOG_DATA, DATABASE_URL, PUBLIC_URL, TRUST_PROXY (see README).",
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const major = Number(process.versions.node.split(".")[0]);
  if (major < MIN_NODE_MAJOR) {
    console.error(`cephalog needs Node ${MIN_NODE_MAJOR}; this is Node ${process.versions.node}. Run \`npm install\` (it brings Node ${MIN_NODE_MAJOR} into node_modules) and use bin/cephalog.`);
    return 1;
  }
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    const { readFileSync } = await import("node:fs");
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    // The Node version shows that every way of starting the CLI runs on Node 24 (ADR 0002).
    console.log(`cephalog ${pkg.version} (Node ${process.version})`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`cephalog: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const module = await command.load();
  return module.run(rest);
}

// Set the exit code and let the event loop drain, so buffered output on pipes is not lost.
const status = await main(process.argv.slice(2));
process.exitCode = status;
