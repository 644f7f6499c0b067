/** Sign-in, sign-out and "who am I". */
import type { FastifyInstance } from "fastify";
import { apiRoutes } from "#contracts/api/routes.ts";
import { login, logout } from "../../services/auth.ts";
import { loadMe } from "../../services/me.ts";
import { isLoopback, registerApiRoute, type HttpContext } from "../api-route.ts";
import { clearSessionCookie, setSessionCookie } from "../session-cookie.ts";

export function authRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, apiRoutes.login, async ({ body, request, reply }) => {
    const signedIn = await login(ctx.deps, body, { ip: request.ip, loopback: isLoopback(request.ip) });
    setSessionCookie(reply, signedIn.token, signedIn.expiresAt, ctx.secureCookies);
    return signedIn.me;
  });

  registerApiRoute(app, ctx, apiRoutes.logout, async ({ auth, reply }) => {
    await logout(ctx.deps, auth.sessionId);
    clearSessionCookie(reply, ctx.secureCookies);
    return { ok: true as const };
  });

  registerApiRoute(app, ctx, apiRoutes.me, async ({ auth }) => loadMe(ctx.deps.db, auth.user.id));
}
