/** A clinic's settings: staff read them, administrators change them. */
import type { FastifyInstance } from "fastify";
import { apiRoutes } from "#contracts/api/routes.ts";
import { clinicSettings, updateClinicSettings } from "../../services/clinic-settings.ts";
import { registerApiRoute, type HttpContext } from "../api-route.ts";

export function clinicSettingsRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, apiRoutes.getClinicSettings, async ({ auth }) => clinicSettings(ctx.deps, auth.clinicId));

  registerApiRoute(app, ctx, apiRoutes.updateClinicSettings, async ({ auth, body }) => updateClinicSettings(ctx.deps, auth.clinicId, auth.user.id, body));
}
