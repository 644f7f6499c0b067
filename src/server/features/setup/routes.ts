/** First run: setup status, creating the clinic, seeding the demo. */
import type { FastifyInstance } from "fastify";
import { setupRoutes } from "#contracts/api/setup.ts";
import { isLocalRequest, registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { setSessionCookie } from "../../http/session-cookie.ts";
import { endSession } from "../auth/sessions.ts";
import { createClinic, requestDemo, setupStatus } from "./setup.ts";

export function registerSetupRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, setupRoutes.setupStatus, async ({ request }) => setupStatus(ctx.deps, { loopback: isLocalRequest(request) }));

  registerApiRoute(app, ctx, setupRoutes.createClinic, async ({ body, request, reply }) => {
    const signedIn = await createClinic(ctx.deps, body);
    if (request.apiAuth) await endSession(ctx.deps.db, request.apiAuth.sessionId);
    setSessionCookie(reply, signedIn.token, signedIn.expiresAt, ctx.secureCookies);
    return signedIn.me;
  });

  registerApiRoute(app, ctx, setupRoutes.createDemo, async ({ request }) => requestDemo(ctx.deps, { loopback: isLocalRequest(request) }));
}
