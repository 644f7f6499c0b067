/** Invitation links: made by staff (a colleague, a patient), opened and accepted without signing in; listed, revoked and resent by administrators. */
import type { FastifyInstance } from "fastify";
import { invitationRoutes } from "#contracts/api/invitations.ts";
import { baseUrlOf, registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { setSessionCookie } from "../../http/session-cookie.ts";
import { endSession } from "../auth/sessions.ts";
import { isChallenge } from "../auth/two-factor-challenge.ts";
import { adviceLanguageFor } from "../auth/password-strength.ts";
import { acceptInvitationAnswer } from "./accept-invitation.ts";
import { describeInvitation, invitePatient, inviteStaff } from "./invitations.ts";
import { listPendingInvitations, resendInvitation, revokeInvitation } from "./pending-invitations.ts";

export function registerInvitationRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, invitationRoutes.inviteStaff, async ({ auth, body, request }) =>
    inviteStaff(ctx.deps, { clinicId: auth.clinicId, actorUserId: auth.user.id, baseUrl: baseUrlOf(ctx, request) }, body),
  );

  registerApiRoute(app, ctx, invitationRoutes.invitePatient, async ({ auth, params, request }) =>
    invitePatient(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId, actorUserId: auth.user.id, baseUrl: baseUrlOf(ctx, request) }),
  );

  registerApiRoute(app, ctx, invitationRoutes.getInvitation, async ({ params }) => describeInvitation(ctx.deps, params.token));

  registerApiRoute(app, ctx, invitationRoutes.acceptInvitation, async ({ params, body, request, reply }) => {
    const signedIn = await acceptInvitationAnswer(ctx.deps, params.token, body, { ip: request.ip, language: adviceLanguageFor(request) });
    // An account with two-factor sign-in gives its code next (POST /api/auth/login/code).
    if (isChallenge(signedIn)) return signedIn;
    if (request.apiAuth) await endSession(ctx.deps.db, request.apiAuth.sessionId);
    setSessionCookie(reply, signedIn.token, signedIn.expiresAt, ctx.secureCookies);
    return signedIn.me;
  });

  registerApiRoute(app, ctx, invitationRoutes.listInvitations, async ({ auth }) => listPendingInvitations(ctx.deps, auth.clinicId));
  registerApiRoute(app, ctx, invitationRoutes.revokeInvitation, async ({ auth, params }) => {
    await revokeInvitation(ctx.deps, { clinicId: auth.clinicId, invitationId: params.invitationId, actorUserId: auth.user.id });
    return { ok: true as const };
  });
  registerApiRoute(app, ctx, invitationRoutes.resendInvitation, async ({ auth, params, request }) =>
    resendInvitation(ctx.deps, { clinicId: auth.clinicId, invitationId: params.invitationId, actorUserId: auth.user.id, baseUrl: baseUrlOf(ctx, request) }),
  );
}
