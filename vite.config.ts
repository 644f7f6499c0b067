/**
 * Builds the web app (src/web) into dist/web, where the server serves it with an SPA fallback.
 * The PWA plugin writes the manifest and a service worker that precaches the app shell, so the
 * patient diary opens without a network (architecture.md, Web style; the diary itself lives in
 * IndexedDB, src/web/offline).
 */
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { precompressAssets } from "./scripts/precompress-assets.ts";
import { REACT_AS_PREACT } from "./scripts/react-as-preact.ts";
import { stylesFirstPlugin } from "./scripts/styles-first.ts";

const webRoot = resolve(import.meta.dirname, "src/web");

// design.md, "Patient theme": the warm near-black page and the amber accent.
const PATIENT_BACKGROUND = "#17130f";

export default defineConfig({
  root: webRoot,
  publicDir: resolve(webRoot, "public"),
  build: {
    outDir: resolve(import.meta.dirname, "dist/web"),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically in one chunk (issue 9, Lighthouse): the check-in
        // loaded 22 small shared chunks, which a phone on slow 4G with six connections fetches in
        // rounds before its first paint (FCP 2.1 s -> 1.6 s, and 8 KB less). Lazy screens (the
        // clinic's, Learn, the self-check) keep their own chunks.
        codeSplitting: { groups: [{ name: "initial", tags: ["$initial"] }] },
      },
    },
  },
  // Preact behind React's API: 10 KB instead of react-dom's 60 KB in the check-in's budget (ADR 0021).
  resolve: { alias: REACT_AS_PREACT },
  server: {
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
  preview: {
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
  plugins: [
    // JSX only: React Fast Refresh cannot hook into Preact, so `npm run dev` reloads the page on an edit.
    react({ refreshExclude: /./ }),
    VitePWA({
      // A new deploy's worker installs beside the running one and waits: the open page keeps its
      // version's precached files, and the update is applied only when nothing is half-typed
      // (src/web/offline/app-update.ts).
      registerType: "prompt",
      // Registered from src/web/offline/register-service-worker.ts, which reports "ready offline".
      injectRegister: null,
      // The glob below already precaches the icons and the manifest; listing them twice is noise.
      includeManifestIcons: false,
      manifest: {
        name: "Cephalog",
        short_name: "Cephalog",
        description: "Headache diary and Botox programme for a headache clinic",
        lang: "en",
        start_url: "/",
        scope: "/",
        display: "standalone",
        theme_color: PATIENT_BACKGROUND,
        background_color: PATIENT_BACKGROUND,
        icons: [
          { src: "icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
          { src: "icon.svg", sizes: "any", type: "image/svg+xml" },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png}"],
        // Any app address opens the shell offline; the API is never answered from a cache
        // (the diary's offline copy is the IndexedDB store, which says what state it is in).
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // The first install takes the open page at once (so it opens offline next time); an update
        // still waits for the person's "Reload" (skipWaiting stays off).
        clientsClaim: true,
        // Web push (issue 8, ADR 0018): the push and notification-click handlers, a classic script from public/.
        importScripts: ["sw-push.js"],
      },
    }),
    // Brotli and gzip copies of the hashed scripts and styles, sent to phones that accept them.
    precompressAssets(),
    // The render-blocking styles ahead of the scripts in index.html (first paint on a slow phone).
    stylesFirstPlugin(),
  ],
});
