/**
 * Migrations are forward-only and never edited once landed (CONTRIBUTING.md): the folder is
 * checked against migrations/landed.json, and new migrations must be additive. Run
 * `node scripts/land-migrations.ts` to land new ones.
 */
import { describe, expect, it } from "vitest";
import { additiveProblems, checkLanding, readLanded, readMigrationFolder, sha256Of } from "./migrations-landed.ts";

describe("the migrations folder", () => {
  const folder = readMigrationFolder();
  const landed = readLanded();

  it("matches landed.json: no landed migration edited or gone, new ones only after the newest, and additive", () => {
    expect(checkLanding(folder, landed.migrations).problems).toEqual([]);
  });

  it("finds nothing to refuse in the landed migrations, which add tables, columns, indexes, constraints and triggers", () => {
    for (const [file, source] of folder) expect(additiveProblems(file, source), file).toEqual([]);
  });
});

describe("checkLanding", () => {
  const a = "20260101000000_first.ts";
  const b = "20260102000000_second.ts";
  const c = "20260103000000_third.ts";
  const land = (file: string, content: string) => ({ file, sha256: sha256Of(content) });

  it("finds nothing wrong when the folder is what landed", () => {
    expect(checkLanding(new Map([[a, "one"], [b, "two"]]), [land(a, "one"), land(b, "two")])).toEqual({ problems: [], unlanded: [] });
  });

  it("refuses a landed migration whose content changed, even by a byte", () => {
    expect(checkLanding(new Map([[a, "one "]]), [land(a, "one")]).problems).toEqual([
      `${a}: landed, but its content changed; a landed migration is never edited: write a new migration instead`,
    ]);
  });

  it("refuses a landed migration that is gone", () => {
    expect(checkLanding(new Map([[b, "two"]]), [land(a, "one"), land(b, "two")]).problems).toEqual([
      `${a}: landed, but the file is gone; a landed migration is never removed`,
    ]);
  });

  it("refuses a new migration that sorts before the newest landed one, and lands one after it", () => {
    const check = checkLanding(new Map([[a, "one"], [b, "two"], [c, "three"]]), [land(a, "one"), land(c, "three")]);
    expect(check.problems).toEqual([`${b}: new, but sorts before the newest landed migration ${c}; migrations only append: give it a later timestamp`]);
    expect(checkLanding(new Map([[a, "one"], [b, "two"], [c, "three"]]), [land(a, "one"), land(b, "two")])).toEqual({ problems: [], unlanded: [land(c, "three")] });
  });

  it("refuses a .ts file the migrator would not run, and a landed.json out of order", () => {
    expect(checkLanding(new Map([["2026_misnamed.ts", "x"]]), []).problems).toEqual([
      "2026_misnamed.ts: not named <14-digit timestamp>_<snake_case_name>.ts, so the migrator would never run it",
    ]);
    expect(checkLanding(new Map([[a, "one"], [b, "two"]]), [land(b, "two"), land(a, "one")]).problems).toEqual([
      `landed.json: ${a} is listed out of order or twice; it lists migrations in the order they run`,
    ]);
  });

  it("checks only new migrations for being additive: a landed one was checked when it landed", () => {
    const dropping = "sql`DROP TABLE old`";
    expect(checkLanding(new Map([[a, dropping]]), [land(a, dropping)]).problems).toEqual([]);
    expect(checkLanding(new Map([[a, dropping]]), []).problems).toHaveLength(1);
  });
});

describe("additiveProblems", () => {
  const problemsIn = (source: string) => additiveProblems("m.ts", source).map((problem) => problem.split(" is not additive")[0]);

  it.each([
    ["sql`DROP TABLE clinics`", "m.ts:1: DROP TABLE"],
    ["sql`drop table if exists clinics`", "m.ts:1: DROP TABLE"],
    ["sql`ALTER TABLE patients DROP COLUMN name`", "m.ts:1: DROP COLUMN"],
    ["sql`ALTER TABLE patients DROP name`", "m.ts:1: DROP COLUMN"],
    ["sql`ALTER TABLE patients RENAME COLUMN name TO full_name`", "m.ts:1: RENAME"],
    ["sql`ALTER TABLE patients RENAME TO people`", "m.ts:1: RENAME"],
    ["sql`ALTER TABLE jobs ALTER COLUMN attempts TYPE bigint`", "m.ts:1: ALTER COLUMN ... TYPE"],
    ["sql`ALTER TABLE jobs ALTER attempts SET DATA TYPE bigint`", "m.ts:1: ALTER COLUMN ... TYPE"],
    ["sql`TRUNCATE jobs`", "m.ts:1: TRUNCATE"],
    ["await db.schema.dropTable('jobs').execute();", "m.ts:1: DROP TABLE"],
    ["await db.schema.alterTable('jobs').dropColumn('queue').execute();", "m.ts:1: DROP COLUMN"],
    ["await db.schema.alterTable('jobs').renameColumn('queue', 'name').execute();", "m.ts:1: RENAME"],
    ["await db.schema.alterTable('jobs').alterColumn('attempts', (c) => c.setDataType('bigint')).execute();", "m.ts:1: ALTER COLUMN ... TYPE"],
  ])("refuses %s", (source, problem) => {
    expect(problemsIn(source)).toEqual([problem]);
  });

  it("finds a change written across lines, named by the line it starts on; an exemption on any of its lines counts", () => {
    const spread = "const statements = [\n  sql`ALTER TABLE jobs\n    ALTER COLUMN attempts\n    TYPE bigint`,%\n];";
    expect(problemsIn(spread.replace("%", ""))).toEqual(["m.ts:3: ALTER COLUMN ... TYPE"]);
    expect(problemsIn(spread.replace("%", " // not additive: widening; every reader takes a number"))).toEqual([]);
  });

  it("accepts a change whose line says why it is not additive, in SQL or in TypeScript", () => {
    expect(problemsIn("sql`DROP TABLE old_jobs`, // not additive: emptied and unused since 20261126120700")).toEqual([]);
    expect(problemsIn("sql`ALTER TABLE jobs DROP COLUMN locked_by -- not additive: never read since 0.2\n`")).toEqual([]);
    expect(problemsIn("sql`ALTER TABLE jobs\n  ALTER COLUMN attempts TYPE bigint`, // not additive: widening; every reader takes a number")).toEqual([]);
  });

  it("wants a reason with the exemption, on the statement's own line", () => {
    expect(problemsIn("sql`DROP TABLE old_jobs`, // not additive:")).toEqual(["m.ts:1: DROP TABLE"]);
    expect(problemsIn("// not additive: unused\nsql`DROP TABLE old_jobs`,")).toEqual(["m.ts:2: DROP TABLE"]);
  });

  it("lets additive changes through, and prose in comments about what not to do", () => {
    const source = [
      "/** Never DROP TABLE or RENAME here; TRUNCATE is refused by the trigger. */",
      "sql`CREATE TABLE notes (clinic_id uuid NOT NULL, id uuid NOT NULL, PRIMARY KEY (clinic_id, id))`,",
      "sql`ALTER TABLE jobs ADD COLUMN priority integer NOT NULL DEFAULT 0`, // not a DROP COLUMN",
      "sql`ALTER TABLE jobs ALTER COLUMN priority SET NOT NULL`,",
      "sql`ALTER TABLE jobs DROP CONSTRAINT jobs_old_check`,",
      "sql`DROP INDEX jobs_due`,",
      "sql`CREATE TRIGGER notes_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON notes FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change()`,",
      "sql`ALTER TYPE mood ADD VALUE 'calm'`,",
    ].join("\n");
    expect(problemsIn(source)).toEqual([]);
  });
});
