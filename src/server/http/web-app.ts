/**
 * Serves the web app built by Vite (dist/web): files as they are, and index.html for any other
 * GET outside /api so the client-side router can take over. Without a build, `/` says how to
 * make one. index.html and the service worker are always revalidated; hashed assets are cached
 * for a year.
 */
import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** Where `npm run build` puts the web app, from this file: src/server/http -> dist/web. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../../dist/web/", import.meta.url));

const REVALIDATE = new Set(["index.html", "sw.js", "registerSW.js", "manifest.webmanifest"]);

export function isApiPath(url: string): boolean {
  return url === "/api" || url.startsWith("/api/") || url.startsWith("/api?");
}

export function hasWebBuild(webRoot: string | null): webRoot is string {
  return webRoot !== null && existsSync(join(webRoot, "index.html"));
}

export async function registerWebApp(app: FastifyInstance, webRoot: string | null): Promise<void> {
  if (!hasWebBuild(webRoot)) return;
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: true,
    redirect: false,
    cacheControl: false,
    // The build writes .br and .gz copies of the hashed assets (scripts/precompress-assets.ts):
    // sent to browsers that accept them, with Vary: Accept-Encoding; the plain file otherwise.
    preCompressed: true,
    dotfiles: "ignore",
    setHeaders: (reply, path) => {
      const file = basename(path);
      if (REVALIDATE.has(file)) reply.header("cache-control", "no-cache");
      else if (/[\\/]assets[\\/]/.test(path)) reply.header("cache-control", "public, max-age=31536000, immutable");
      else reply.header("cache-control", "public, max-age=3600");
    },
  });
}

const NO_BUILD_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Cephalog: the web app is not built</title></head>
<body>
<h1>Cephalog is running, but the web app is not built yet</h1>
<p>The server answers the API at <code>/api</code>, but there is no web app to show.</p>
<p>Build it once with <code>npm run build</code>, then reload this page.</p>
</body>
</html>
`;

/** A missing file (a name with an extension, such as an old hashed asset) is a 404, not the app's page. */
function looksLikeFile(url: string): boolean {
  const path = url.split("?")[0] ?? "";
  return /\.[A-Za-z0-9]+$/.test(path.slice(path.lastIndexOf("/") + 1));
}

/** The answer to a GET outside /api that matched no file: the app's index.html, or how to build it. */
export async function sendWebFallback(request: FastifyRequest, reply: FastifyReply, webRoot: string | null): Promise<FastifyReply> {
  if (looksLikeFile(request.url)) return reply.code(404).type("text/plain; charset=utf-8").send("Not found");
  if (hasWebBuild(webRoot)) {
    reply.header("cache-control", "no-cache");
    return reply.type("text/html; charset=utf-8").sendFile("index.html", webRoot);
  }
  request.log.debug({}, "web app not built");
  return reply.type("text/html; charset=utf-8").send(NO_BUILD_PAGE);
}
