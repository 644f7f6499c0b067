/** Sign-in, sign-out and "who am I". */
import type { FastifyInstance } from "fastify";
import { authRoutes } from "#contracts/api/auth.ts";
import { isLocalRequest, registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { clearSessionCookie, setSessionCookie } from "../../http/session-cookie.ts";
import { loadMe } from "./me.ts";
import { dismissSignInWarning, login, logout } from "./sign-in.ts";

export function registerAuthRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, authRoutes.login, async ({ body, request, reply }) => {
    const signedIn = await login(ctx.deps, body, { ip: request.ip, loopback: isLocalRequest(request) });
    setSessionCookie(reply, signedIn.token, signedIn.expiresAt, ctx.secureCookies);
    return signedIn.me;
  });

  registerApiRoute(app, ctx, authRoutes.logout, async ({ auth, reply }) => {
    await logout(ctx.deps, auth.sessionId);
    clearSessionCookie(reply, ctx.secureCookies);
    return { ok: true as const };
  });

  registerApiRoute(app, ctx, authRoutes.me, async ({ auth }) => loadMe(ctx.deps.db, auth.user.id));

  registerApiRoute(app, ctx, authRoutes.dismissSignInWarning, async ({ auth }) => dismissSignInWarning(ctx.deps, auth.user.id));
}
