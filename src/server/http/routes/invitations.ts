/** Opening and accepting an invitation link (no sign-in needed). */
import type { FastifyInstance } from "fastify";
import { apiRoutes } from "#contracts/api/routes.ts";
import { acceptInvitation } from "../../services/accept-invitation.ts";
import { describeInvitation } from "../../services/invitations.ts";
import { registerApiRoute, type HttpContext } from "../api-route.ts";
import { setSessionCookie } from "../session-cookie.ts";

export function invitationRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, apiRoutes.getInvitation, async ({ params }) => describeInvitation(ctx.deps, params.token));

  registerApiRoute(app, ctx, apiRoutes.acceptInvitation, async ({ params, body, request, reply }) => {
    const signedIn = await acceptInvitation(ctx.deps, params.token, body, { ip: request.ip });
    setSessionCookie(reply, signedIn.token, signedIn.expiresAt, ctx.secureCookies);
    return signedIn.me;
  });
}
