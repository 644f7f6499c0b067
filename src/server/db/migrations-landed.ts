/**
 * The guard on migrations (CONTRIBUTING.md: forward-only, never edited once landed).
 * `migrations/landed.json` lists every landed migration file with the sha256 of its content. A
 * landed file may not change or disappear; a new file may only come after the newest landed one
 * (a database that ran the later ones would never run it); and a new file must be additive, so
 * app servers still running the previous release keep working against the migrated schema: no
 * DROP TABLE, DROP COLUMN, RENAME, ALTER COLUMN ... TYPE or TRUNCATE, unless that line says why
 * with `-- not additive: <reason>` or `// not additive: <reason>`.
 *
 * `migrations-landed.test.ts` fails on any problem found here; `scripts/land-migrations.ts`
 * appends the new files to landed.json (refusing while there is a problem).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MIGRATION_FILE, MIGRATIONS_DIR } from "./migrate.ts";

export const LANDED_FILE = join(MIGRATIONS_DIR, "landed.json");

export interface LandedMigration {
  readonly file: string;
  readonly sha256: string;
}

export interface LandedList {
  readonly about: string;
  readonly migrations: readonly LandedMigration[];
}

export const LANDED_ABOUT =
  "Every landed migration with the sha256 of its content: never edit or remove one, and add new ones only after the newest. `node scripts/land-migrations.ts` appends new files (CONTRIBUTING.md).";

/** The sha256 of a file's content, hex. */
export function sha256Of(content: string): string {
  return createHash("sha256").update(content, "utf8").digest("hex");
}

/** Every .ts file of the migrations folder, by name, with its content. */
export function readMigrationFolder(dir: string = MIGRATIONS_DIR): Map<string, string> {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith(".ts"))
    .sort();
  return new Map(files.map((file) => [file, readFileSync(join(dir, file), "utf8")]));
}

export function readLanded(file: string = LANDED_FILE): LandedList {
  return JSON.parse(readFileSync(file, "utf8")) as LandedList;
}

/** landed.json as written: two-space indentation, one migration a line, a final newline. */
export function formatLanded(list: LandedList): string {
  const lines = list.migrations.map((migration, index) => `    ${JSON.stringify(migration)}${index < list.migrations.length - 1 ? "," : ""}`);
  return `{\n  "about": ${JSON.stringify(list.about)},\n  "migrations": [\n${lines.join("\n")}\n  ]\n}\n`;
}

/** The statements that take something away from the schema or its data; each may carry an exemption on its line. */
const NOT_ADDITIVE: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: "DROP TABLE", pattern: /\bdrop\s+table\b/gi },
  { what: "DROP COLUMN", pattern: /\bdrop\s+column\b/gi },
  // PostgreSQL's COLUMN is optional: ALTER TABLE t DROP c drops column c.
  { what: "DROP COLUMN", pattern: /\balter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?\S+\s+drop\s+(?!column\b|constraint\b|default\b|not\b|expression\b|identity\b)/gi },
  { what: "RENAME", pattern: /\brename\b/gi },
  { what: "ALTER COLUMN ... TYPE", pattern: /\balter\s+(?:column\s+)?(?:"[^"]+"|\w+)\s+(?:set\s+data\s+)?type\b/gi },
  // Not a trigger's `... OR TRUNCATE ON table`, which adds a guard.
  { what: "TRUNCATE", pattern: /\btruncate\b(?!\s+on\b)/gi },
  // Kysely's schema builder spells the same changes so.
  { what: "DROP TABLE", pattern: /\.dropTable\s*\(/g },
  { what: "DROP COLUMN", pattern: /\.dropColumn\s*\(/g },
  { what: "RENAME", pattern: /\.rename(?:To|Column)\s*\(/g },
  { what: "ALTER COLUMN ... TYPE", pattern: /\.setDataType\s*\(/g },
];

const EXEMPTION = /(?:--|\/\/)\s*not additive:\s*\S/i;

/** The source with its comments blanked (line breaks kept), so prose about a DROP is not one. */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "))
    .split("\n")
    .map((line) => line.replace(/(^|\s)(?:\/\/|--).*$/, "$1"))
    .join("\n");
}

/**
 * Where a new migration takes something away without saying why, one line each.
 * @example additiveProblems("x.ts", "ALTER TABLE a DROP COLUMN b -- not additive: b moved to c in 0042").length // 0
 */
export function additiveProblems(file: string, source: string): string[] {
  const code = withoutComments(source);
  const lines = source.split("\n");
  const lineAt = (offset: number) => code.slice(0, offset).split("\n").length;
  const problems = new Map<string, string>();
  for (const { what, pattern } of NOT_ADDITIVE) {
    for (const match of code.matchAll(pattern)) {
      const first = lineAt(match.index);
      const last = lineAt(match.index + match[0].length);
      const exempt = lines.slice(first - 1, last).some((line) => EXEMPTION.test(line));
      if (!exempt) {
        problems.set(
          `${first}:${what}`,
          `${file}:${first}: ${what} is not additive (servers on the previous release still use the schema); if it must be, say why on that line: -- not additive: <reason>`,
        );
      }
    }
  }
  return [...problems.values()];
}

export interface LandingCheck {
  /** What is wrong, one line each (empty when nothing is). */
  readonly problems: string[];
  /** The new migrations (after the newest landed one), in order, to append to landed.json. */
  readonly unlanded: LandedMigration[];
}

/** Checks the migrations folder against landed.json. */
export function checkLanding(folder: ReadonlyMap<string, string>, landed: readonly LandedMigration[]): LandingCheck {
  const problems: string[] = [];
  const names = landed.map((migration) => migration.file);
  for (const [index, name] of names.entries()) {
    if (index > 0 && name <= (names[index - 1] ?? "")) problems.push(`landed.json: ${name} is listed out of order or twice; it lists migrations in the order they run`);
  }
  for (const migration of landed) {
    const content = folder.get(migration.file);
    if (content === undefined) problems.push(`${migration.file}: landed, but the file is gone; a landed migration is never removed`);
    else if (sha256Of(content) !== migration.sha256) {
      problems.push(`${migration.file}: landed, but its content changed; a landed migration is never edited: write a new migration instead`);
    }
  }
  const newest = names.reduce((latest, name) => (name > latest ? name : latest), "");
  const listed = new Set(names);
  const unlanded: LandedMigration[] = [];
  for (const [file, content] of folder) {
    if (listed.has(file)) continue;
    if (!MIGRATION_FILE.test(file)) {
      problems.push(`${file}: not named <14-digit timestamp>_<snake_case_name>.ts, so the migrator would never run it`);
      continue;
    }
    if (file < newest) problems.push(`${file}: new, but sorts before the newest landed migration ${newest}; migrations only append: give it a later timestamp`);
    problems.push(...additiveProblems(file, content));
    unlanded.push({ file, sha256: sha256Of(content) });
  }
  return { problems, unlanded };
}
