/**
 * `node scripts/land-migrations.ts`: appends each new migration file (after the newest landed
 * one) with the sha256 of its content to src/server/db/migrations/landed.json, so it can never be
 * edited unnoticed. Refuses, changing nothing, while migrations-landed.test.ts would fail: a
 * landed file edited or gone, a new file before the newest landed one, or a new file that is not
 * additive without saying why.
 */
import { writeFileSync } from "node:fs";
import { checkLanding, formatLanded, LANDED_ABOUT, LANDED_FILE, readLanded, readMigrationFolder } from "#server/db/migrations-landed.ts";

const landed = readLanded();
const { problems, unlanded } = checkLanding(readMigrationFolder(), landed.migrations);
if (problems.length > 0) {
  console.error(`Nothing landed; first fix:\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
  process.exit(1);
}
if (unlanded.length === 0) {
  console.log("No new migrations: landed.json is up to date.");
} else {
  writeFileSync(LANDED_FILE, formatLanded({ about: LANDED_ABOUT, migrations: [...landed.migrations, ...unlanded] }));
  console.log(`Landed in ${LANDED_FILE}:\n${unlanded.map((migration) => `  ${migration.file}`).join("\n")}`);
}
