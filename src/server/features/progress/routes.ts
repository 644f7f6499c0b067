/** Progress: the clinician's chart and diary calendar, and the patient's own progress. */
import type { FastifyInstance } from "fastify";
import { progressRoutes } from "#contracts/api/progress.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { diaryCalendar } from "./diary-calendar.ts";
import { myProgress } from "./my-progress.ts";
import { patientProgress } from "./patient-progress.ts";

export function registerProgressRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, progressRoutes.patientProgress, async ({ auth, params }) => patientProgress(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }));
  registerApiRoute(app, ctx, progressRoutes.patientDiaryCalendar, async ({ auth, params, query }) =>
    diaryCalendar(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, query),
  );
  registerApiRoute(app, ctx, progressRoutes.myProgress, async ({ auth }) => myProgress(ctx.deps, auth.patient));
}
