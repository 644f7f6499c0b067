/**
 * The web app is written against React's API and ships Preact (ADR 0021): these aliases swap
 * `react` and `react-dom` for `preact/compat` at build time, for the app (vite.config.ts) and for
 * the unit tests that render its components (vitest.config.ts), so the tests render what ships.
 * Deleting them (and this file) goes back to React with no code change.
 */
export const REACT_AS_PREACT = [
  { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
  { find: /^react-dom\/server$/, replacement: "preact/compat/server" },
  { find: /^react-dom$/, replacement: "preact/compat" },
  { find: /^react\/jsx-runtime$/, replacement: "preact/jsx-runtime" },
  { find: /^react\/jsx-dev-runtime$/, replacement: "preact/jsx-dev-runtime" },
  { find: /^react$/, replacement: "preact/compat" },
];
