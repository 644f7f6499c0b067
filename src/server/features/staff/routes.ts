/** A clinic's staff and their roles (administrators); inviting staff is in ../invitations. */
import type { FastifyInstance } from "fastify";
import { staffRoutes } from "#contracts/api/staff.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { listStaff, setStaffRoles } from "./staff.ts";

export function registerStaffRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, staffRoutes.listStaff, async ({ auth }) => listStaff(ctx.deps, auth.clinicId));
  registerApiRoute(app, ctx, staffRoutes.setStaffRoles, async ({ auth, params, body }) => {
    await setStaffRoles(ctx.deps, { clinicId: auth.clinicId, userId: params.userId }, auth.user.id, body.roles);
    return { ok: true as const };
  });
}
