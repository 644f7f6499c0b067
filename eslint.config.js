// Lint rules, including the import boundaries of docs/architecture.md:
//   domain    -> domain only; no I/O, no clock, no randomness, no environment
//   contracts -> domain (code lists, validators, types) and contracts
//   fhir      -> domain, contracts, fhir
//   server    -> domain, contracts, fhir, server
//   web       -> domain, contracts, web
//   cli       -> domain, contracts, fhir, server, cli
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const layers = ["domain", "contracts", "fhir", "server", "web", "cli"];

/** Import patterns that reach a layer, by subpath alias or by relative path. */
function reaching(layer) {
  return `^#${layer}/|(^|/)src/${layer}(/|$)|^(\\.\\.?/)+(\\.\\./)*${layer}/`;
}

function boundary(layer, allowed, extra = []) {
  const forbidden = layers.filter((other) => other !== layer && !allowed.includes(other));
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...forbidden.map((other) => ({
              regex: reaching(other),
              message: `src/${layer} may not import src/${other} (docs/architecture.md, Boundaries).`,
            })),
            ...extra,
          ],
        },
      ],
    },
  };
}

const impureModules = {
  group: ["node:*", "fs", "path", "os", "child_process", "http", "https", "net", "crypto", "process", "zod", "kysely", "fastify", "pg", "@electric-sql/*", "uuid", "react", "react-dom"],
  message: "src/domain is pure: no I/O, no libraries with side effects (architecture.md, Domain style).",
};

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "coverage/**", "data/**", ".tmp/**", "test/e2e/artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  boundary("domain", [], [impureModules]),
  boundary("contracts", ["domain"]),
  boundary("fhir", ["domain", "contracts"]),
  boundary("server", ["domain", "contracts", "fhir"]),
  boundary("web", ["domain", "contracts"]),
  boundary("cli", ["domain", "contracts", "fhir", "server"]),
  {
    // The clinical core gets "today" as a parameter and never reads the clock, chance or the environment.
    files: ["src/domain/**/*.ts"],
    ignores: ["src/domain/**/*.test.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "process", message: "src/domain reads no environment: pass settings in." },
        { name: "fetch", message: "src/domain does no I/O." },
        { name: "setTimeout", message: "src/domain has no timers." },
        { name: "setInterval", message: "src/domain has no timers." },
        { name: "performance", message: "src/domain reads no clock." },
        { name: "crypto", message: "src/domain uses no randomness: ids come from outside." },
        { name: "console", message: "src/domain does not log." },
        { name: "localStorage", message: "src/domain does no I/O." },
        { name: "indexedDB", message: "src/domain does no I/O." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date']", message: "src/domain reads no clock: pass asOf in (PlainDate)." },
        { selector: "CallExpression[callee.name='Date']", message: "src/domain reads no clock: pass asOf in (PlainDate)." },
        { selector: "MemberExpression[object.name='Date']", message: "src/domain reads no clock: pass asOf in (PlainDate)." },
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: "src/domain uses no randomness." },
      ],
    },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly" } },
  },
  {
    files: ["**/*.test.ts", "**/*.spec.ts", "test/**/*.ts", "bench/**/*.ts", "scripts/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
