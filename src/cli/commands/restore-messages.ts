/** One sentence for the person at the terminal when a backup, restore or move fails. */
import { ArchiveFormatError } from "#server/db/archive/archive-format.ts";
import { CatalogCycleError } from "#server/db/archive/catalog.ts";
import { RestoreRefusedError } from "#server/db/archive/restore-archive.ts";
import { explainStartupError } from "#server/startup-errors.ts";

export function describeArchiveError(command: string, error: unknown): string {
  if (error instanceof ArchiveFormatError || error instanceof RestoreRefusedError || error instanceof CatalogCycleError) return `cephalog ${command}: ${error.message}`;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return `cephalog ${command}: no such file: ${(error as { path?: string }).path ?? "?"}`;
  if (code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR") return `cephalog ${command}: the file is not a whole gzip backup (damaged or cut short); nothing was restored.`;
  // Database and startup errors: their message names a table or a constraint, never a row's values.
  return `cephalog ${command}: ${explainStartupError(error).replace(/^Cephalog cannot start: /, "")}`;
}
