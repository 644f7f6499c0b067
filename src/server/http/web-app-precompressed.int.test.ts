/** The build's Brotli and gzip copies of hashed assets (scripts/precompress-assets.ts), sent to browsers that accept them. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../db/testing.ts";
import { testApp, type TestApp } from "./test-app.ts";

const SCRIPT = `console.log(${JSON.stringify("a diary ".repeat(400))});`;

describe("precompressed assets", () => {
  let t: TestDatabase;
  let web: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    t = await openTestDatabase("pglite");
    webRoot = mkdtempSync(join(tmpdir(), "cephalog-web-br-"));
    mkdirSync(join(webRoot, "assets"));
    writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>Cephalog app</title>");
    writeFileSync(join(webRoot, "assets", "index-abc123.js"), SCRIPT);
    writeFileSync(join(webRoot, "assets", "index-abc123.js.br"), brotliCompressSync(SCRIPT));
    writeFileSync(join(webRoot, "assets", "index-abc123.js.gz"), gzipSync(SCRIPT));
    web = await testApp(t.db, { webRoot });
  });
  afterAll(async () => {
    await web.close();
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it("sends the Brotli copy to a browser that accepts it, as JavaScript, still cached for a year", async () => {
    const response = await web.app.inject({ method: "GET", url: "/assets/index-abc123.js", headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toContain("javascript");
    expect(response.headers["vary"]).toContain("accept-encoding");
    expect(response.headers["cache-control"]).toContain("immutable");
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  it("sends gzip where Brotli is not accepted, and the plain file where nothing is", async () => {
    const gzip = await web.app.inject({ method: "GET", url: "/assets/index-abc123.js", headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    const plain = await web.app.inject({ method: "GET", url: "/assets/index-abc123.js", headers: { "accept-encoding": "identity" } });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it("still sends index.html uncompressed and never cached (it has no copies)", async () => {
    const home = await web.app.inject({ method: "GET", url: "/today", headers: { "accept-encoding": "br" } });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain("Cephalog app");
    expect(home.headers["cache-control"]).toBe("no-cache");
  });
});
