/** A patient's clinical history and preventive treatments, as clinicians record them (ADR 0011). */
import type { FastifyInstance } from "fastify";
import { apiRoutes } from "#contracts/api/routes.ts";
import { readClinicalHistory, reviseClinicalHistory } from "../../services/clinical-history.ts";
import { addPreventiveTrial, amendPreventiveTrial, withdrawPreventiveTrial } from "../../services/preventive-trials.ts";
import { registerApiRoute, type HttpContext } from "../api-route.ts";

export function clinicalHistoryRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, apiRoutes.clinicalHistory, async ({ auth, params }) => readClinicalHistory(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }));

  registerApiRoute(app, ctx, apiRoutes.reviseClinicalHistory, async ({ auth, params, body }) =>
    reviseClinicalHistory(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, auth.user.id, body),
  );

  registerApiRoute(app, ctx, apiRoutes.addPreventiveTrial, async ({ auth, params, body }) =>
    addPreventiveTrial(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, auth.user.id, body),
  );

  registerApiRoute(app, ctx, apiRoutes.amendPreventiveTrial, async ({ auth, params, body }) =>
    amendPreventiveTrial(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, params.trialId, auth.user.id, body),
  );

  registerApiRoute(app, ctx, apiRoutes.withdrawPreventiveTrial, async ({ auth, params }) =>
    withdrawPreventiveTrial(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, params.trialId, auth.user.id),
  );
}
