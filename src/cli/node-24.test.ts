/**
 * Every way of starting the command line runs on the project's Node 24, whatever Node the
 * system has (ADR 0002): the launcher, npx, npm exec and npm scripts.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
// A PATH without node_modules/.bin, as a person's shell has it: npm itself runs on the system Node.
const systemPath = (process.env.PATH ?? "").split(path.delimiter).filter((entry) => !entry.startsWith(path.join(root, "node_modules"))).join(path.delimiter);

function versionLine(command: string, args: string[]): string {
  return execFileSync(command, args, { cwd: root, env: { ...process.env, PATH: systemPath }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim().split("\n").at(-1) ?? "";
}

describe("the command line runs on Node 24", () => {
  it.each([
    ["bin/cephalog", path.join(root, "bin", "cephalog"), ["--version"]],
    ["npx cephalog", "npx", ["--no-install", "cephalog", "--version"]],
    ["npm exec cephalog", "npm", ["exec", "--no", "--", "cephalog", "--version"]],
    ["npm run cephalog", "npm", ["run", "--silent", "cephalog", "--", "--version"]],
  ])("%s", (_name, command, args) => {
    expect(versionLine(command, args)).toMatch(/^cephalog \d+\.\d+\.\d+ \(Node v24\.\d+\.\d+\)$/);
  }, 60_000);
});
