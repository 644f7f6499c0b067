/**
 * Cross-site request refusal (issue 7, finding 7): a state-changing request (anything but GET,
 * HEAD and OPTIONS) to the API must come from this app's own pages. Browsers say where a request
 * comes from: `Sec-Fetch-Site` (every current browser) and `Origin` (on every POST). A request
 * with neither is not a browser's (a script, curl), which a cross-site attack cannot forge from a
 * victim's browser, so it passes to the session check as before.
 *
 * Allowed: `Sec-Fetch-Site: same-origin` or `none` (typed by the person); without it, an `Origin`
 * whose host is the request's own `Host`, or PUBLIC_URL's origin. Refused: another site, a
 * subdomain (`same-site`), an opaque `Origin: null`. The app's pages send `Referrer-Policy:
 * same-origin` so their own requests carry their origin.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "../app-error.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const CROSS_SITE_MESSAGE = "This request came from another site, so it was not carried out. Use Cephalog's own pages.";

/** Whether a state-changing request comes from this app's pages (or from no browser at all). */
export function isSameOriginRequest(headers: FastifyRequest["headers"], publicUrl: string | null): boolean {
  const site = headers["sec-fetch-site"];
  if (typeof site === "string") return site === "same-origin" || site === "none";
  const origin = headers["origin"];
  if (origin === undefined) return true;
  if (typeof origin !== "string" || origin === "null") return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (publicUrl !== null && parsed.origin === new URL(publicUrl).origin) return true;
  return typeof headers.host === "string" && parsed.host === headers.host.toLowerCase();
}

export function registerOriginCheck(app: FastifyInstance, options: { publicUrl: string | null }): void {
  app.addHook("onRequest", async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith("/api/")) return;
    if (!isSameOriginRequest(request.headers, options.publicUrl)) throw new AppError("forbidden", CROSS_SITE_MESSAGE);
  });
}
