/** `cephalog serve`: start the server (migrating the database first) until Ctrl-C or SIGTERM. */
import { parseArgs } from "node:util";
import { startServer } from "#server/main.ts";
import { explainStartupError } from "#server/startup-errors.ts";
import type { Config } from "#server/config.ts";

const HELP = `Usage: cephalog serve [--host HOST] [--port PORT] [--data FOLDER]

Starts Cephalog. The options override the environment (HOST, PORT, CEPHALOG_DATA);
DATABASE_URL=postgres://... uses a PostgreSQL server instead of the embedded database.`;

export async function run(args: string[]): Promise<number> {
  let values: { host?: string | undefined; port?: string | undefined; data?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({ args, options: { host: { type: "string" }, port: { type: "string" }, data: { type: "string" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    console.error(`cephalog serve: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const overrides: Partial<Config> = {};
  if (values.host !== undefined) Object.assign(overrides, { host: values.host });
  if (values.data !== undefined) Object.assign(overrides, { dataDir: values.data });
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      console.error(`cephalog serve: --port must be a whole number 0-65535, not "${values.port}"`);
      return 2;
    }
    Object.assign(overrides, { port });
  }
  try {
    const server = await startServer(overrides);
    await server.closed;
    return 0;
  } catch (error) {
    console.error(explainStartupError(error));
    return 1;
  }
}
