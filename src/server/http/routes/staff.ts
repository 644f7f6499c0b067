/** A clinic's staff (administrators only). */
import type { FastifyInstance } from "fastify";
import { apiRoutes } from "#contracts/api/routes.ts";
import { inviteStaff } from "../../services/invitations.ts";
import { listStaff } from "../../services/staff.ts";
import { baseUrlOf, registerApiRoute, type HttpContext } from "../api-route.ts";

export function staffRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, apiRoutes.listStaff, async ({ auth }) => listStaff(ctx.deps, auth.clinicId));

  registerApiRoute(app, ctx, apiRoutes.inviteStaff, async ({ auth, body, request }) =>
    inviteStaff(ctx.deps, { clinicId: auth.clinicId, actorUserId: auth.user.id, baseUrl: baseUrlOf(ctx, request) }, body),
  );
}
