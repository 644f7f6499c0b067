import { ESLint } from "eslint";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The import boundaries of docs/architecture.md are lint rules; these cases prove they bite.
const root = path.resolve(import.meta.dirname, "..");
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe("import boundaries", () => {
  it.each([
    ["src/domain/x.ts", 'import { a } from "#server/main.ts";\nexport const b = a;\n', "may not import src/server"],
    ["src/domain/x.ts", 'import { a } from "../server/main.ts";\nexport const b = a;\n', "may not import src/server"],
    ["src/domain/x.ts", 'import { a } from "#contracts/api/routes.ts";\nexport const b = a;\n', "may not import src/contracts"],
    ["src/domain/x.ts", 'import fs from "node:fs";\nexport const b = fs;\n', "src/domain is pure"],
    ["src/web/x.ts", 'import { a } from "#server/main.ts";\nexport const b = a;\n', "may not import src/server"],
    ["src/server/x.ts", 'import { a } from "#web/app/api.ts";\nexport const b = a;\n', "may not import src/web"],
    ["src/contracts/x.ts", 'import { a } from "#server/main.ts";\nexport const b = a;\n', "may not import src/server"],
    ["src/cli/x.ts", 'import { a } from "#web/app/api.ts";\nexport const b = a;\n', "may not import src/web"],
  ])("refuses in %s: %s", async (file, code, expected) => {
    expect((await problems(file, code)).join("\n")).toContain(expected);
  });

  it.each([
    ["new Date()", "export const now = new Date();\n"],
    ["Date.now()", "export const now = Date.now();\n"],
    ["Math.random()", "export const roll = Math.random();\n"],
    ["process.env", "export const env = process.env.X;\n"],
  ])("keeps %s out of the clinical core", async (_name, code) => {
    expect(await problems("src/domain/x.ts", code)).not.toEqual([]);
  });

  it.each([
    ["src/server/x.ts", 'import { a } from "#domain/shared/plain-date.ts";\nexport const b = a;\n'],
    ["src/web/x.ts", 'import { a } from "#contracts/api/routes.ts";\nexport const b = a;\n'],
    ["src/cli/x.ts", 'import { a } from "#server/main.ts";\nexport const b = a;\n'],
    ["src/domain/diary/x.ts", 'import { a } from "../shared/plain-date.ts";\nexport const b = a;\n'],
  ])("allows in %s: %s", async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
