/** Assessments (a clinic's patient, or a sent patient record) and diary imports (ADR 0010). */
import type { FastifyInstance } from "fastify";
import { apiRoutes } from "#contracts/api/routes.ts";
import { assessSentRecord, assessStoredPatient } from "../../services/assessment.ts";
import { importDiaryDays } from "../../services/diary-import.ts";
import { registerApiRoute, type HttpContext } from "../api-route.ts";

export function assessmentRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, apiRoutes.patientAssessment, async ({ auth, params, query }) =>
    assessStoredPatient(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, query),
  );

  registerApiRoute(app, ctx, apiRoutes.assessRecord, async ({ body, query }) => assessSentRecord(ctx.deps, body, query));

  registerApiRoute(app, ctx, apiRoutes.importDiary, async ({ auth, params, body }) =>
    importDiaryDays(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, auth.user.id, body.days),
  );
}
