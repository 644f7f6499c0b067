/**
 * bin/cephalog, the shell launcher: it runs on the Node 24 in node_modules, and without it uses
 * a `node` on the PATH only when that is Node 24 or newer (ADR 0002), never silently an older one.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const LAUNCHER = fileURLToPath(new URL("../../bin/cephalog", import.meta.url));
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A stand-in `node` that reports a version and otherwise says who it is and what it was given. */
function fakeNode(path: string, version: string, name: string): void {
  writeFileSync(path, `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "${version}"; exit 0; fi\necho "${name}: $*"\n`);
  chmodSync(path, 0o755);
}

/** A copy of the project's launcher in a fresh root, with a PATH holding only the tools it needs (and maybe a node). */
function install(options: { bundledNode: boolean; pathNode: string | null }) {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "cephalog-launcher-")));
  folders.push(root);
  mkdirSync(join(root, "bin"));
  copyFileSync(LAUNCHER, join(root, "bin", "cephalog"));
  chmodSync(join(root, "bin", "cephalog"), 0o755);
  if (options.bundledNode) {
    mkdirSync(join(root, "node_modules", "node", "bin"), { recursive: true });
    fakeNode(join(root, "node_modules", "node", "bin", "node"), "v24.21.0", "bundled node");
  }
  const tools = join(root, "tools");
  mkdirSync(tools);
  for (const tool of ["readlink", "dirname", "sed"]) {
    const found = spawnSync("/bin/sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim();
    symlinkSync(found, join(tools, tool));
  }
  if (options.pathNode !== null) fakeNode(join(tools, "node"), options.pathNode, `path node ${options.pathNode}`);
  const run = (...args: string[]) => spawnSync("/bin/sh", [join(root, "bin", "cephalog"), ...args], { encoding: "utf8", env: { PATH: tools } });
  return { root, run };
}

describe("bin/cephalog", () => {
  it("runs the CLI on the Node 24 in node_modules, even when the PATH has an older one", () => {
    const { root, run } = install({ bundledNode: true, pathNode: "v20.11.1" });
    const result = run("assess", "--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`bundled node: --disable-warning=ExperimentalWarning ${root}/src/cli/main.ts assess --help\n`);
  });

  it.each(["v24.0.0", "v25.2.1"])("without node_modules, uses a node %s on the PATH", (version) => {
    const { root, run } = install({ bundledNode: false, pathNode: version });
    const result = run("serve");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`path node ${version}: --disable-warning=ExperimentalWarning ${root}/src/cli/main.ts serve\n`);
  });

  it.each([
    ["an older node on the PATH", "v20.11.1"],
    ["a node that gives no version", "unknown"],
    ["no node at all", null],
  ])("without node_modules and with %s, says to run npm install and exits 1", (_label, version) => {
    const { root, run } = install({ bundledNode: false, pathNode: version });
    const result = run("serve");
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`cephalog needs Node 24: run \`npm install\` in ${root} first (it brings Node 24 into node_modules).\n`);
  });
});
