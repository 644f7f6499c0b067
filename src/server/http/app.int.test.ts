/** The OpenAPI document, security headers and the web app with its SPA fallback. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRoutes } from "#contracts/api/routes.ts";
import { openTestDatabase, type TestDatabase } from "../db/testing.ts";
import { testApp, type TestApp } from "./test-app.ts";

describe("the HTTP application", () => {
  let t: TestDatabase;
  let bare: TestApp;
  let withWeb: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    t = await openTestDatabase("pglite");
    webRoot = mkdtempSync(join(tmpdir(), "cephalog-web-"));
    mkdirSync(join(webRoot, "assets"));
    writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>Cephalog app</title><div id=root></div>");
    writeFileSync(join(webRoot, "assets", "index-abc123.js"), "console.log('app')");
    writeFileSync(join(webRoot, "sw.js"), "self.addEventListener('install', () => {})");
    bare = await testApp(t.db, { webRoot: join(webRoot, "missing") });
    withWeb = await testApp(t.db, { webRoot });
  });
  afterAll(async () => {
    await bare.close();
    await withWeb.close();
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it("serves an OpenAPI 3 document listing every API route", async () => {
    const response = await bare.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    for (const route of Object.values(apiRoutes)) {
      const path = route.path.replace(/:(\w+)/g, "{$1}");
      expect(document.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path}`).toBeDefined();
    }
    expect(document.paths["/api/me/diary"].post.requestBody.content["application/json"].schema.properties.hours).toMatchObject({ type: "number", maximum: 24 });
  });

  it("sends security headers, and no-store on API answers", async () => {
    const response = await bare.app.inject({ method: "GET", url: "/api/setup" });
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("same-origin");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["strict-transport-security"]).toBeUndefined();
  });

  it("says how to build the web app when dist/web is missing", async () => {
    const response = await bare.app.inject({ method: "GET", url: "/" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.body).toContain("npm run build");
  });

  it("serves the built app, with index.html for client-side routes and JSON 404s under /api", async () => {
    const home = await withWeb.app.inject({ method: "GET", url: "/" });
    expect(home.body).toContain("Cephalog app");
    const deepLink = await withWeb.app.inject({ method: "GET", url: "/invite/some-token-value" });
    expect(deepLink.statusCode).toBe(200);
    expect(deepLink.body).toContain("Cephalog app");
    expect(deepLink.headers["cache-control"]).toBe("no-cache");
    const asset = await withWeb.app.inject({ method: "GET", url: "/assets/index-abc123.js" });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["cache-control"]).toContain("immutable");
    const worker = await withWeb.app.inject({ method: "GET", url: "/sw.js" });
    expect(worker.headers["cache-control"]).toBe("no-cache");
    const missingAsset = await withWeb.app.inject({ method: "GET", url: "/assets/index-old999.js" });
    expect(missingAsset.statusCode).toBe(404);
    expect(missingAsset.body).not.toContain("Cephalog app");
    const api = await withWeb.app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe("not_found");
    const setup = await withWeb.app.inject({ method: "GET", url: "/api/setup" });
    expect(setup.json()).toHaveProperty("initialized");
  });
});
