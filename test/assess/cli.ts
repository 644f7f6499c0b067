/**
 * Runs `bin/cephalog assess` (or any command) as a separate process, the way scripts use it: arguments, standard
 * input, exit status, standard output and standard error.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = fileURLToPath(new URL("../../bin/cephalog", import.meta.url));

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `cephalog <command> ...args` as its own process, writing `stdin` (if given) to its standard input. */
export function runCephalog(command: string, args: readonly string[], stdin?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(BIN, [command, ...args], { cwd: REPO_ROOT, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

/** Runs `cephalog assess ...args`, writing `stdin` (if given) to its standard input. */
export function runAssessCli(args: readonly string[], stdin?: string): Promise<CliResult> {
  return runCephalog("assess", args, stdin);
}

/** The fixture directory, for file arguments. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/assess/${name}`, import.meta.url));
}
