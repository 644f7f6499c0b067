/**
 * Security headers on every response. The Content-Security-Policy fits a Vite-built React app
 * with a service worker: scripts, styles, workers and the manifest from this origin only (Vite
 * emits no inline script; React's style props are set through the DOM and are not blocked), no
 * framing, no plugins. The Referrer-Policy (same-origin) keeps invitation tokens in
 * /invite/<token> from leaking to other sites, while the app's own requests still carry their
 * Origin for the cross-site check (origin-check.ts; with no-referrer browsers send "null").
 */
import type { FastifyInstance } from "fastify";

export function contentSecurityPolicy(https: boolean): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  const headers: Record<string, string> = {
    "content-security-policy": contentSecurityPolicy(options.https),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ...(options.https ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
  app.addHook("onSend", async (request, reply, payload) => {
    reply.headers(headers);
    if (request.url.startsWith("/api/") || request.url === "/api") reply.header("cache-control", "no-store");
    return payload;
  });
}
