/** Sign-in, sign-out and "who am I". */
import type { FastifyInstance } from "fastify";
import { authRoutes } from "#contracts/api/auth.ts";
import { isLocalRequest, registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { clearSessionCookie, setSessionCookie } from "../../http/session-cookie.ts";
import { loadMe } from "./me.ts";
import { changePassword } from "./password-change.ts";
import { endOtherSessions, endSession } from "./sessions.ts";
import { dismissSignInWarning, login, logout } from "./sign-in.ts";

export function registerAuthRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, authRoutes.login, async ({ body, request, reply }) => {
    const signedIn = await login(ctx.deps, body, { ip: request.ip, loopback: isLocalRequest(request) });
    // A new sign-in gets a new session; the one this browser had ends (no fixation, no leftovers).
    if (request.apiAuth) await endSession(ctx.deps.db, request.apiAuth.sessionId);
    setSessionCookie(reply, signedIn.token, signedIn.expiresAt, ctx.secureCookies);
    return signedIn.me;
  });

  registerApiRoute(app, ctx, authRoutes.logout, async ({ auth, reply }) => {
    await logout(ctx.deps, auth.sessionId);
    clearSessionCookie(reply, ctx.secureCookies);
    return { ok: true as const };
  });

  registerApiRoute(app, ctx, authRoutes.me, async ({ auth }) => loadMe(ctx.deps.db, auth.user.id));

  registerApiRoute(app, ctx, authRoutes.changePassword, async ({ auth, body, request }) => {
    await changePassword(ctx.deps, { userId: auth.user.id, sessionId: auth.sessionId }, body, { ip: request.ip });
    return { ok: true as const };
  });

  registerApiRoute(app, ctx, authRoutes.signOutEverywhere, async ({ auth, reply }) => {
    await endOtherSessions(ctx.deps.db, auth.user.id);
    clearSessionCookie(reply, ctx.secureCookies);
    return { ok: true as const };
  });

  registerApiRoute(app, ctx, authRoutes.dismissSignInWarning, async ({ auth }) => dismissSignInWarning(ctx.deps, auth.user.id));
}
