/** Turns what can go wrong at startup into one clear sentence for the person at the terminal. */
import { ConfigError } from "./config.ts";
import { DataFolderInUseError } from "./db/data-folder-lock.ts";
import { MigrationFailedError } from "./db/migrate.ts";

export function explainStartupError(error: unknown): string {
  if (error instanceof ConfigError || error instanceof DataFolderInUseError || error instanceof MigrationFailedError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "EADDRINUSE") return "Cephalog cannot start: the port is already in use. Stop the other program or set PORT to another port.";
  if (code === "EACCES") return "Cephalog cannot start: permission denied (a port below 1024, or a data folder it may not write). Use another PORT or CEPHALOG_DATA.";
  if (code === "ECONNREFUSED") return "Cephalog cannot reach the PostgreSQL server in DATABASE_URL (connection refused). Is it running?";
  if (code === "3D000") return "The database named in DATABASE_URL does not exist. Create it first (createdb), then start again.";
  if (code === "28P01" || code === "28000") return "PostgreSQL refused the user or password in DATABASE_URL.";
  return `Cephalog cannot start: ${error instanceof Error ? error.message : String(error)}`;
}
