/**
 * A deploy while the app is open (issue 9 §2), in Chromium at 390 px: version A of the built app
 * is served and installed; a new version B is deployed (one lazy chunk renamed, as a real deploy
 * renames changed chunks, and the old file gone from the server). B's service worker installs and
 * waits; while an entry is half-typed no update is offered; the open page keeps working on A,
 * offline too (A's chunk comes from A's precache though the server no longer has it); once no
 * draft is open the calm "A new version is ready — Reload" prompt appears, and Reload switches
 * to B, still offline.
 *
 * The two versions are served by a small static server in this file (the app's files from a
 * folder that can be swapped, /api passed on to the real server), so the test can "deploy".
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiSession, SESSION_COOKIE, seedClinic } from "./support/api-session.ts";
import { numberedScreenshots } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { REPO_ROOT } from "./support/build.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/London";
const admin = { name: "Ada Admin", email: "ada@pwa-update.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@pwa-update.example", password: "clinician-password-1" };
const patientLogin = { email: "pat@pwa-update.example", password: "patient-password-1" };
const shots = numberedScreenshots(680);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** Every file a service worker precaches exists in the folder (a build is not half-written). */
function completeBuild(folder: string): boolean {
  const sw = join(folder, "sw.js");
  if (!existsSync(join(folder, "index.html")) || !existsSync(sw)) return false;
  return [...readFileSync(sw, "utf8").matchAll(/url:"([^"]+)"/g)].every((match) => existsSync(join(folder, match[1] ?? "")));
}

/** A copy of dist/web taken whole: other test runs may rebuild it meanwhile, so a partial copy is taken again. */
async function snapshotBuild(into: string): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    rmSync(into, { recursive: true, force: true });
    try {
      cpSync(join(REPO_ROOT, "dist/web"), into, { recursive: true });
      if (completeBuild(into)) return;
    } catch {
      // A file vanished while copying: a build is running; try again.
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  throw new Error("dist/web never held a complete build");
}

/**
 * Version B: version A with the progress page's chunk changed, as a real deploy changes it: renamed
 * (a new content hash), and so is every chunk that names it, up to index.html and the service
 * worker's precache list; the old files are gone from the server. index.html carries a build mark.
 */
function deployB(a: string, b: string): { oldChunk: string; newChunk: string } {
  cpSync(a, b, { recursive: true });
  const assets = join(b, "assets");
  for (const name of readdirSync(assets)) if (name.endsWith(".br") || name.endsWith(".gz") || name.endsWith(".map")) rmSync(join(assets, name));
  const oldChunk = readdirSync(assets).find((name) => /^ProgressPage-.+\.js$/.test(name));
  if (!oldChunk) throw new Error("no ProgressPage chunk in the build");
  const renamed = new Map<string, string>([[oldChunk, oldChunk.replace(/\.js$/, "-b.js")]]);
  // Whatever names a renamed file changes too, so it is renamed in turn (hashes cascade).
  for (let grew = true; grew; ) {
    grew = false;
    for (const name of readdirSync(assets)) {
      if (!name.endsWith(".js") || renamed.has(name)) continue;
      const text = readFileSync(join(assets, name), "utf8");
      if ([...renamed.keys()].some((old) => text.includes(old))) {
        renamed.set(name, name.replace(/\.js$/, "-b.js"));
        grew = true;
      }
    }
  }
  const rewrite = (path: string) => {
    let text = readFileSync(path, "utf8");
    for (const [old, next] of renamed) text = text.replaceAll(old, next);
    writeFileSync(path, text);
  };
  for (const [old, next] of renamed) {
    rewrite(join(assets, old));
    renameSync(join(assets, old), join(assets, next));
  }
  rewrite(join(b, "sw.js"));
  const index = join(b, "index.html");
  rewrite(index);
  writeFileSync(index, readFileSync(index, "utf8").replace("<head>", '<head>\n    <meta name="cephalog-build" content="B">'));
  // The precache list names index.html with a revision: a new one, as a real build's would be.
  writeFileSync(join(b, "sw.js"), readFileSync(join(b, "sw.js"), "utf8").replace(/(url:"index\.html",revision:")[^"]+"/, '$1b-build"'));
  return { oldChunk, newChunk: renamed.get(oldChunk) ?? "" };
}

/** Serves the app from `root()` (SPA fallback, like the real server) and passes /api on to `api`. */
function staticServer(root: () => string, api: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://localhost");
      if (url.pathname.startsWith("/api/") || url.pathname === "/api") {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string" && name !== "host" && name !== "connection") headers.set(name, value);
        headers.set("origin", api);
        const answer = await fetch(api + url.pathname + url.search, { method: request.method ?? "GET", headers, body: chunks.length > 0 ? Buffer.concat(chunks) : null });
        const out: Record<string, string | string[]> = {};
        answer.headers.forEach((value, name) => {
          if (name !== "content-encoding" && name !== "content-length" && name !== "transfer-encoding" && name !== "set-cookie") out[name] = value;
        });
        const cookies = answer.headers.getSetCookie();
        if (cookies.length > 0) out["set-cookie"] = cookies;
        response.writeHead(answer.status, out);
        response.end(Buffer.from(await answer.arrayBuffer()));
        return;
      }
      const path = normalize(join(root(), url.pathname));
      if (path.startsWith(root()) && existsSync(path) && extname(path) !== "") {
        response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-cache" });
        response.end(readFileSync(path));
        return;
      }
      if (extname(url.pathname) !== "") {
        response.writeHead(404, { "content-type": "text/plain" });
        response.end("Not found");
        return;
      }
      response.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-cache" });
      response.end(readFileSync(join(root(), "index.html")));
    })().catch((error: unknown) => {
      response.writeHead(502, { "content-type": "text/plain" });
      response.end(String(error));
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

describe.skipIf(SKIP_E2E)("a deploy while the app is open: the new version waits for no draft, the old one keeps working offline", () => {
  let api: E2eServer;
  let web: { url: string; server: Server };
  let folder = "";
  let served = "";
  let browser: Browser;
  let context: BrowserContext;
  let phone: Page;
  let chunks: { oldChunk: string; newChunk: string };

  beforeAll(async () => {
    api = await startE2eServer("cephalog-e2e-pwa-update-");
    folder = mkdtempSync(join(tmpdir(), "cephalog-e2e-pwa-versions-"));
    await snapshotBuild(join(folder, "a"));
    chunks = deployB(join(folder, "a"), join(folder, "b"));
    served = join(folder, "a");
    web = await staticServer(() => served, api.url);

    const seeded = await seedClinic(api.url, { name: "Update Test Clinic", timeZone: TIME_ZONE, admin, clinician });
    const created = await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${seeded.clinicId}/patients`, { name: "Pat Update", birthDate: "1984-02-11", timeZone: TIME_ZONE });
    const invitation = await seeded.clinician.call<{ url: string }>("POST", `/api/clinics/${seeded.clinicId}/patients/${created.id}/invitations`);
    const pat = new ApiSession(api.url);
    await pat.call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, patientLogin);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "en-GB", isMobile: true, hasTouch: true });
    await context.addCookies([{ name: SESSION_COOKIE, value: pat.sessionToken, url: web.url }]);
    phone = await context.newPage();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => web?.server.close(resolve));
    await api?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("installs version A, which takes the page", async () => {
    await phone.goto(`${web.url}/today`);
    await phone.getByRole("button", { name: /^No headache/ }).waitFor();
    await phone.waitForFunction("navigator.serviceWorker.controller !== null");
    expect(await phone.evaluate(`document.querySelector('meta[name="cephalog-build"]')`)).toBeNull();
  });

  it("lets B's worker install and wait, offering nothing while an entry is half-typed", async () => {
    // Half-typed: the person has started a headache day.
    await phone.getByRole("button", { name: /^Headache/ }).first().click();
    served = join(folder, "b");
    await phone.evaluate("navigator.serviceWorker.getRegistration().then((registration) => registration.update())");
    await phone.waitForFunction("navigator.serviceWorker.getRegistration().then((registration) => registration.waiting !== null)");
    // The page heard of it (workbox-window's "waiting") and holds the offer.
    await phone.waitForTimeout(1000);
    expect(await phone.getByTestId("update-prompt").count()).toBe(0);
  });

  it("keeps the open version A working offline, its chunk from A's precache though the server has only B's", async () => {
    expect(existsSync(join(served, "assets", chunks.oldChunk))).toBe(false);
    await context.setOffline(true);
    await phone.getByTestId("patient-nav").getByRole("link", { name: "My progress" }).click();
    await phone.getByRole("heading", { level: 1, name: "My progress" }).waitFor();
  });

  it("offers the new version calmly once no draft is open, and Reload switches to B, offline too", async () => {
    // Leaving the entry dropped its draft: now the offer shows.
    const prompt = phone.getByTestId("update-prompt");
    await prompt.getByText("A new version is ready").waitFor();
    await shots.page(phone, "pwa-update-prompt-390");
    await expectAccessible(phone);
    await prompt.getByRole("button", { name: "Reload" }).click();
    await phone.waitForFunction(`document.querySelector('meta[name="cephalog-build"]')?.getAttribute("content") === "B"`);
    await phone.getByRole("heading", { level: 1 }).first().waitFor();
    expect(await phone.getByTestId("update-prompt").count()).toBe(0);
    // B's renamed chunk comes from B's precache.
    await phone.goto(`${web.url}/progress`);
    await phone.getByRole("heading", { level: 1, name: "My progress" }).waitFor();
    await context.setOffline(false);
  });
});
