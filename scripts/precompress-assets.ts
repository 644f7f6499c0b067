/**
 * A Vite plugin that writes a Brotli (.br) and a gzip (.gz) copy beside every hashed script and
 * stylesheet of the build (dist/web/assets), which the server sends to browsers that accept them
 * (@fastify/static `preCompressed`, src/server/http/web-app.ts). The patient's phone then fetches
 * about a third of the bytes (issue 9: Lighthouse on a mobile profile, and the 150 KB budget is
 * counted gzipped). Only hashed assets: index.html and the service worker stay as they are, so
 * their no-cache headers are unchanged.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

const COMPRESSIBLE = /\.(js|css|svg)$/;
// Below this a compressed copy saves too little to be worth a second file.
const MIN_BYTES = 1024;

/** Writes the copies for every compressible file under `folder`; returns how many files it compressed. */
export function compressFolder(folder: string): number {
  let written = 0;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      written += compressFolder(path);
      continue;
    }
    if (!COMPRESSIBLE.test(name)) continue;
    const body = readFileSync(path);
    if (body.length < MIN_BYTES) continue;
    writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
    written += 1;
  }
  return written;
}

/** Precompresses `<outDir>/assets` once the bundle is written (the outDir Vite resolved, --outDir too). */
export function precompressAssets(): Plugin {
  let outDir = "";
  return {
    name: "cephalog-precompress-assets",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const assets = join(outDir, "assets");
      if (!existsSync(assets)) return;
      compressFolder(assets);
    },
  };
}
