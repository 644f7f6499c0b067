import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { compressFolder } from "./precompress-assets.ts";

let folder = "";
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe("compressFolder", () => {
  it("writes Brotli and gzip copies of scripts, styles and SVGs of 1 KB or more, in subfolders too, and nothing else", () => {
    folder = mkdtempSync(join(tmpdir(), "cephalog-precompress-"));
    mkdirSync(join(folder, "nested"));
    const big = "body { color: var(--text); }\n".repeat(100);
    writeFileSync(join(folder, "app.js"), big);
    writeFileSync(join(folder, "nested", "look.css"), big);
    writeFileSync(join(folder, "tiny.js"), "x()");
    writeFileSync(join(folder, "photo.png"), big);
    expect(compressFolder(folder)).toBe(2);
    expect(brotliDecompressSync(readFileSync(join(folder, "app.js.br"))).toString()).toBe(big);
    expect(gunzipSync(readFileSync(join(folder, "nested", "look.css.gz"))).toString()).toBe(big);
    expect(existsSync(join(folder, "tiny.js.br"))).toBe(false);
    expect(existsSync(join(folder, "photo.png.gz"))).toBe(false);
  });
});
