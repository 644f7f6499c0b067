/** `cephalog demo`: seed the synthetic demo clinic (idempotent) and print its sign-ins. */
import { migrateToLatest } from "#server/db/migrate.ts";
import { DEMO_LOGINS } from "#server/features/setup/demo-logins.ts";
import { seedDemo } from "#server/features/setup/seed-demo.ts";
import { composeDeps } from "#server/compose-deps.ts";
import { silentLog } from "#server/shared/deps.ts";
import { runDatabaseCommand } from "./database-command.ts";

const HELP = `Usage: cephalog demo

Adds the demo clinic (invented staff and patients with a year of synthetic diary) to the
database, once. Its sign-ins are printed here and shown on the sign-in page on this machine.`;

export async function run(args: string[]): Promise<number> {
  return runDatabaseCommand("demo", HELP, args, async (database) => {
    await migrateToLatest(database.db);
    const result = await seedDemo(composeDeps(database.db, () => new Date(), silentLog));
    console.log(result.created ? "The demo clinic is ready." : "The demo clinic was already there; nothing changed.");
    console.log("Demo sign-ins (synthetic data only):");
    for (const login of DEMO_LOGINS) console.log(`  ${login.role.padEnd(9)} ${login.email}  password: ${login.password}`);
  });
}
