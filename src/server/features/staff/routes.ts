/** A clinic's staff, their roles, deactivation and reactivation (administrators); inviting staff is in ../invitations. */
import type { FastifyInstance } from "fastify";
import { staffRoutes } from "#contracts/api/staff.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { deactivateStaff, listStaff, reactivateStaff, setStaffRoles } from "./staff.ts";

export function registerStaffRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, staffRoutes.listStaff, async ({ auth }) => listStaff(ctx.deps, auth.clinicId));
  registerApiRoute(app, ctx, staffRoutes.setStaffRoles, async ({ auth, params, body }) => {
    await setStaffRoles(ctx.deps, { clinicId: auth.clinicId, userId: params.userId }, auth.user.id, body.roles);
    return { ok: true as const };
  });
  registerApiRoute(app, ctx, staffRoutes.deactivateStaff, async ({ auth, params }) => {
    await deactivateStaff(ctx.deps, { clinicId: auth.clinicId, userId: params.userId }, auth.user.id);
    return { ok: true as const };
  });
  registerApiRoute(app, ctx, staffRoutes.reactivateStaff, async ({ auth, params }) => {
    await reactivateStaff(ctx.deps, { clinicId: auth.clinicId, userId: params.userId }, auth.user.id);
    return { ok: true as const };
  });
}
