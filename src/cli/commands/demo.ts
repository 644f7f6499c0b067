/** `cephalog demo`: seed the synthetic demo clinic (idempotent) and print its sign-ins. */
import { loadConfig } from "#server/config.ts";
import { openDatabase } from "#server/db/connect.ts";
import { migrateToLatest } from "#server/db/migrate.ts";
import { DEMO_LOGINS } from "#server/services/demo-logins.ts";
import { seedDemo } from "#server/services/demo.ts";
import { silentLog } from "#server/services/deps.ts";
import { explainStartupError } from "#server/startup-errors.ts";

const HELP = `Usage: cephalog demo

Adds the demo clinic (invented staff and patients with a year of synthetic diary) to the
database, once. Its sign-ins are printed here and shown on the sign-in page on this machine.`;

export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(HELP);
    return 0;
  }
  if (args.length > 0) {
    console.error(`cephalog demo: unexpected argument "${args[0]}"\n\n${HELP}`);
    return 2;
  }
  try {
    const database = await openDatabase(loadConfig());
    try {
      await migrateToLatest(database.db);
      const result = await seedDemo({ db: database.db, clock: () => new Date(), log: silentLog });
      console.log(result.created ? "The demo clinic is ready." : "The demo clinic was already there; nothing changed.");
      console.log("Demo sign-ins (synthetic data only):");
      for (const login of DEMO_LOGINS) console.log(`  ${login.role.padEnd(9)} ${login.email}  password: ${login.password}`);
      return 0;
    } finally {
      await database.close();
    }
  } catch (error) {
    console.error(explainStartupError(error));
    return 1;
  }
}
