/** A clinic's staff (administrators only); inviting staff is in ../invitations. */
import type { FastifyInstance } from "fastify";
import { staffRoutes } from "#contracts/api/staff.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { listStaff } from "./staff.ts";

export function registerStaffRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, staffRoutes.listStaff, async ({ auth }) => listStaff(ctx.deps, auth.clinicId));
}
