/** Assessments: a clinic's patient, or a sent patient record (ADR 0010). */
import type { FastifyInstance } from "fastify";
import { assessmentRoutes } from "#contracts/api/assessment.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { assessSentRecord, assessStoredPatient } from "./assessment.ts";

export function registerAssessmentRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, assessmentRoutes.patientAssessment, async ({ auth, params, query }) =>
    assessStoredPatient(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, query),
  );

  registerApiRoute(app, ctx, assessmentRoutes.assessRecord, async ({ body, query }) => assessSentRecord(ctx.deps, body, query));
}
