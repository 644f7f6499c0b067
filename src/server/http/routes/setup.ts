/** First run: setup status, creating the clinic, seeding the demo. */
import type { FastifyInstance } from "fastify";
import { apiRoutes } from "#contracts/api/routes.ts";
import { createClinic, requestDemo, setupStatus } from "../../services/setup.ts";
import { isLoopback, registerApiRoute, type HttpContext } from "../api-route.ts";
import { setSessionCookie } from "../session-cookie.ts";

export function setupRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, apiRoutes.setupStatus, async ({ request }) => setupStatus(ctx.deps, { loopback: isLoopback(request.ip) }));

  registerApiRoute(app, ctx, apiRoutes.createClinic, async ({ body, reply }) => {
    const signedIn = await createClinic(ctx.deps, body);
    setSessionCookie(reply, signedIn.token, signedIn.expiresAt, ctx.secureCookies);
    return signedIn.me;
  });

  registerApiRoute(app, ctx, apiRoutes.createDemo, async ({ request }) => requestDemo(ctx.deps, { loopback: isLoopback(request.ip) }));
}
