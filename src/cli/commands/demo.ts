/** `cephalog demo [--patients N] [--seed S]`: seed the synthetic demo clinic (idempotent) and print its sign-ins. */
import { parseArgs } from "node:util";
import { migrateToLatest } from "#server/db/migrate.ts";
import { DEMO_LOGINS } from "#server/features/setup/demo-logins.ts";
import { DEMO_PATIENT_COUNT, DEMO_SEED, seedDemo } from "#server/features/setup/seed-demo.ts";
import { composeDeps } from "#server/compose-deps.ts";
import { silentLog } from "#server/shared/deps.ts";
import { runDatabaseCommand } from "./database-command.ts";

const HELP = `Usage: cephalog demo [--patients N] [--seed S]

Adds the demo clinic to the database, once: invented staff (an administrator, a clinician, a
physician and a nurse who inject, a coordinator) and patients with a year of synthetic diary,
lots in stock, injectors' hours, signed sessions every 77-100 days for treated patients, booked
visits (some patients overdue) and patients in every pathway state. Its sign-ins are printed
here and shown on the sign-in page on this machine.

  --patients N   how many patients (default ${DEMO_PATIENT_COUNT}); 5000 makes the benchmark's clinic
  --seed S       the generator's seed (default ${DEMO_SEED}): the same seed, the same clinic`;

/** The options, or a message saying which is wrong. */
export function parseDemoArgs(args: readonly string[]): { patients: number; seed: number } | string {
  let values: { patients?: string | undefined; seed?: string | undefined };
  try {
    values = parseArgs({ args: [...args], options: { patients: { type: "string" }, seed: { type: "string" } }, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const patients = values.patients === undefined ? DEMO_PATIENT_COUNT : Number(values.patients);
  const seed = values.seed === undefined ? DEMO_SEED : Number(values.seed);
  if (!Number.isInteger(patients) || patients < 1 || patients > 100_000) return "--patients must be a whole number from 1 to 100000";
  if (!Number.isInteger(seed) || seed < 0) return "--seed must be a whole number, 0 or more";
  return { patients, seed };
}

export async function run(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(HELP);
    return 0;
  }
  const options = parseDemoArgs(args);
  if (typeof options === "string") {
    console.error(`cephalog demo: ${options}\n\n${HELP}`);
    return 2;
  }
  return runDatabaseCommand("demo", HELP, [], async (database) => {
    await migrateToLatest(database.db);
    const result = await seedDemo(composeDeps(database.db, () => new Date(), silentLog), options);
    console.log(result.created ? `The demo clinic is ready (${options.patients} patients, seed ${options.seed}).` : "The demo clinic was already there; nothing changed.");
    console.log("Demo sign-ins (synthetic data only):");
    for (const login of DEMO_LOGINS) console.log(`  ${login.role.padEnd(11)} ${login.email}  password: ${login.password}`);
  });
}
