/** A patient's clinical history and preventive treatments, as clinicians record them (ADR 0011). */
import type { FastifyInstance } from "fastify";
import { clinicalHistoryRoutes } from "#contracts/api/clinical-history.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { readClinicalHistory, reviseClinicalHistory } from "./clinical-history.ts";
import { addPreventiveTrial, amendPreventiveTrial, withdrawPreventiveTrial } from "./preventive-trials.ts";

export function registerClinicalHistoryRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, clinicalHistoryRoutes.clinicalHistory, async ({ auth, params }) =>
    readClinicalHistory(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }),
  );

  registerApiRoute(app, ctx, clinicalHistoryRoutes.reviseClinicalHistory, async ({ auth, params, body }) => {
    const { fromRevision, ...answers } = body;
    return reviseClinicalHistory(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, auth.user.id, answers, fromRevision);
  });

  registerApiRoute(app, ctx, clinicalHistoryRoutes.addPreventiveTrial, async ({ auth, params, body }) =>
    addPreventiveTrial(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, auth.user.id, body),
  );

  registerApiRoute(app, ctx, clinicalHistoryRoutes.amendPreventiveTrial, async ({ auth, params, body }) => {
    const { fromRevision, ...trial } = body;
    return amendPreventiveTrial(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, params.trialId, auth.user.id, trial, fromRevision);
  });

  registerApiRoute(app, ctx, clinicalHistoryRoutes.withdrawPreventiveTrial, async ({ auth, params, query }) =>
    withdrawPreventiveTrial(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, params.trialId, auth.user.id, query.fromRevision),
  );
}
