/** A clinic's settings: staff read them, administrators change them. */
import type { FastifyInstance } from "fastify";
import { clinicSettingsRoutes } from "#contracts/api/clinic-settings.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { clinicSettings, updateClinicSettings } from "./clinic-settings.ts";

export function registerClinicSettingsRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, clinicSettingsRoutes.getClinicSettings, async ({ auth }) => clinicSettings(ctx.deps, auth.clinicId));

  registerApiRoute(app, ctx, clinicSettingsRoutes.updateClinicSettings, async ({ auth, body }) =>
    updateClinicSettings(ctx.deps, auth.clinicId, auth.user.id, body),
  );
}
