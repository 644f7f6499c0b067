/** Invitation links: made by staff (a colleague, a patient), opened and accepted without signing in. */
import type { FastifyInstance } from "fastify";
import { invitationRoutes } from "#contracts/api/invitations.ts";
import { baseUrlOf, registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { setSessionCookie } from "../../http/session-cookie.ts";
import { endSession } from "../auth/sessions.ts";
import { acceptInvitation } from "./accept-invitation.ts";
import { describeInvitation, invitePatient, inviteStaff } from "./invitations.ts";

export function registerInvitationRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, invitationRoutes.inviteStaff, async ({ auth, body, request }) =>
    inviteStaff(ctx.deps, { clinicId: auth.clinicId, actorUserId: auth.user.id, baseUrl: baseUrlOf(ctx, request) }, body),
  );

  registerApiRoute(app, ctx, invitationRoutes.invitePatient, async ({ auth, params, request }) =>
    invitePatient(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId, actorUserId: auth.user.id, baseUrl: baseUrlOf(ctx, request) }),
  );

  registerApiRoute(app, ctx, invitationRoutes.getInvitation, async ({ params }) => describeInvitation(ctx.deps, params.token));

  registerApiRoute(app, ctx, invitationRoutes.acceptInvitation, async ({ params, body, request, reply }) => {
    const signedIn = await acceptInvitation(ctx.deps, params.token, body, { ip: request.ip });
    if (request.apiAuth) await endSession(ctx.deps.db, request.apiAuth.sessionId);
    setSessionCookie(reply, signedIn.token, signedIn.expiresAt, ctx.secureCookies);
    return signedIn.me;
  });
}
