import { defineConfig } from "vitest/config";
import { REACT_AS_PREACT } from "./scripts/react-as-preact.ts";

// Three suites, told apart by file name (architecture.md, Tests):
//   *.test.ts      unit: no database, no browser
//   *.int.test.ts  integration: need a database (PGlite always; PostgreSQL when TEST_DATABASE_URL is set)
//   *.spec.ts      end-to-end in test/e2e: drive Chromium against a running server
export default defineConfig({
  // Component tests render with what the app ships: Preact behind React's API (ADR 0021).
  resolve: { alias: REACT_AS_PREACT },
  test: {
    // Inlined so its `import "react"` meets the alias too (an external dependency would load real React).
    server: { deps: { inline: ["react-i18next"] } },
    setupFiles: ["test/setup/fast-check.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        // The clinical core again in a far time zone with DST (ADR 0006): a host-zone leak fails here.
        extends: true,
        test: {
          name: "unit-tz",
          include: ["src/domain/**/*.test.ts", "src/contracts/**/*.test.ts"],
          env: { TZ: "America/Santiago" },
        },
      },
      {
        extends: true,
        test: {
          name: "int",
          include: ["src/**/*.int.test.ts", "test/**/*.int.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.spec.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
    coverage: {
      provider: "v8",
      include: ["src/domain/**/*.ts"],
      exclude: ["**/*.test.ts", "**/*-test-support.ts"],
      reporter: ["text-summary", "json-summary"],
    },
  },
});
