/** Sign-in (with its second step), sign-out, "who am I", two-factor sign-in and password reset. */
import type { FastifyInstance } from "fastify";
import { authRoutes } from "#contracts/api/auth.ts";
import type { FastifyReply, FastifyRequest } from "fastify";
import { baseUrlOf, isLocalRequest, registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { clearSessionCookie, setSessionCookie } from "../../http/session-cookie.ts";
import { loadMe } from "./me.ts";
import { changePassword } from "./password-change.ts";
import { adviceLanguageFor } from "./password-strength.ts";
import { endOtherSessions, endSession } from "./sessions.ts";
import { dismissSignInWarning, logout, signInWithPassword, type SignedIn } from "./sign-in.ts";
import { signInWithCode } from "./sign-in-code.ts";
import { isChallenge } from "./two-factor-challenge.ts";
import { confirmTwoFactorEnrolment, regenerateRecoveryCodes, startTwoFactorEnrolment, turnOffTwoFactor } from "./two-factor.ts";
import { describeResetLink, requestPasswordReset, resetPassword } from "./password-reset.ts";

export function registerAuthRoutes(app: FastifyInstance, ctx: HttpContext): void {
  // A new sign-in gets a new session; the one this browser had ends (no fixation, no leftovers).
  const startBrowserSession = async (signedIn: SignedIn, request: FastifyRequest, reply: FastifyReply) => {
    if (request.apiAuth) await endSession(ctx.deps.db, request.apiAuth.sessionId);
    setSessionCookie(reply, signedIn.token, signedIn.expiresAt, ctx.secureCookies);
    return signedIn.me;
  };
  const client = (request: FastifyRequest) => ({ ip: request.ip, loopback: isLocalRequest(request) });

  registerApiRoute(app, ctx, authRoutes.login, async ({ body, request, reply }) => {
    const answer = await signInWithPassword(ctx.deps, body, client(request));
    // With two-factor sign-in the password alone gives no session: the code is asked next.
    return isChallenge(answer) ? answer : startBrowserSession(answer, request, reply);
  });

  registerApiRoute(app, ctx, authRoutes.loginCode, async ({ body, request, reply }) => startBrowserSession(await signInWithCode(ctx.deps, body, client(request)), request, reply));

  registerApiRoute(app, ctx, authRoutes.startTwoFactorEnrolment, async ({ auth }) => startTwoFactorEnrolment(ctx.deps, { userId: auth.user.id, sessionId: auth.sessionId }));
  registerApiRoute(app, ctx, authRoutes.confirmTwoFactorEnrolment, async ({ auth, body }) => confirmTwoFactorEnrolment(ctx.deps, { userId: auth.user.id, sessionId: auth.sessionId }, body.code));
  registerApiRoute(app, ctx, authRoutes.disableTwoFactor, async ({ auth, body, request }) => {
    await turnOffTwoFactor(ctx.deps, { userId: auth.user.id, sessionId: auth.sessionId }, body, { ip: request.ip });
    return { ok: true as const };
  });
  registerApiRoute(app, ctx, authRoutes.regenerateRecoveryCodes, async ({ auth, body, request }) =>
    regenerateRecoveryCodes(ctx.deps, { userId: auth.user.id, sessionId: auth.sessionId }, body.password, { ip: request.ip }),
  );

  registerApiRoute(app, ctx, authRoutes.requestPasswordReset, async ({ body, request }) => {
    await requestPasswordReset(ctx.deps, body.email, { ip: request.ip, baseUrl: baseUrlOf(ctx, request) });
    return { ok: true as const };
  });
  registerApiRoute(app, ctx, authRoutes.getPasswordResetLink, async ({ params }) => describeResetLink(ctx.deps, params.token));
  registerApiRoute(app, ctx, authRoutes.resetPassword, async ({ params, body, request }) => {
    await resetPassword(ctx.deps, params.token, body.newPassword, adviceLanguageFor(request));
    return { ok: true as const };
  });

  registerApiRoute(app, ctx, authRoutes.logout, async ({ auth, reply }) => {
    await logout(ctx.deps, auth.sessionId);
    clearSessionCookie(reply, ctx.secureCookies);
    return { ok: true as const };
  });

  registerApiRoute(app, ctx, authRoutes.me, async ({ auth }) => loadMe(ctx.deps.db, auth.user.id));

  registerApiRoute(app, ctx, authRoutes.changePassword, async ({ auth, body, request }) => {
    await changePassword(ctx.deps, { userId: auth.user.id, sessionId: auth.sessionId }, body, { ip: request.ip, language: adviceLanguageFor(request) });
    return { ok: true as const };
  });

  registerApiRoute(app, ctx, authRoutes.signOutEverywhere, async ({ auth, reply }) => {
    await endOtherSessions(ctx.deps.db, auth.user.id);
    clearSessionCookie(reply, ctx.secureCookies);
    return { ok: true as const };
  });

  registerApiRoute(app, ctx, authRoutes.dismissSignInWarning, async ({ auth }) => dismissSignInWarning(ctx.deps, auth.user.id));
}
