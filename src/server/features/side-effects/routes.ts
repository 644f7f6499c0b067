/** Side effects: the patient's reports and check-ins from their app, and the clinic's inbox, alerts, actions and hold. */
import type { FastifyInstance } from "fastify";
import { sideEffectRoutes } from "#contracts/api/side-effects.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { readAlerts, readInbox, readPatientSideEffects, readReport } from "./inbox.ts";
import { answerMyCheckIn, readMySideEffects } from "./my-side-effects.ts";
import { clearHold, recordAction } from "./report-actions.ts";
import { recordPhoneReport, reportMySideEffect } from "./report-side-effect.ts";

export function registerSideEffectRoutes(app: FastifyInstance, ctx: HttpContext): void {
  const target = (auth: { clinicId: string }, params: { patientId: string }) => ({ clinicId: auth.clinicId, patientId: params.patientId });

  registerApiRoute(app, ctx, sideEffectRoutes.reportMySideEffect, async ({ auth, body }) => reportMySideEffect(ctx.deps, auth.patient, auth.user.id, body));
  registerApiRoute(app, ctx, sideEffectRoutes.mySideEffects, async ({ auth }) => readMySideEffects(ctx.deps, auth.patient));
  registerApiRoute(app, ctx, sideEffectRoutes.answerMyCheckIn, async ({ auth, body }) => answerMyCheckIn(ctx.deps, auth.patient, auth.user.id, body));

  registerApiRoute(app, ctx, sideEffectRoutes.sideEffectInbox, async ({ auth, query }) => readInbox(ctx.deps, auth.clinicId, query.show));
  registerApiRoute(app, ctx, sideEffectRoutes.sideEffectAlerts, async ({ auth }) => readAlerts(ctx.deps, auth.clinicId));
  registerApiRoute(app, ctx, sideEffectRoutes.patientSideEffects, async ({ auth, params }) => readPatientSideEffects(ctx.deps, target(auth, params)));
  registerApiRoute(app, ctx, sideEffectRoutes.recordPhoneSideEffect, async ({ auth, params, body }) => {
    const id = await recordPhoneReport(ctx.deps, target(auth, params), auth.user.id, body);
    return readReport(ctx.deps, target(auth, params), id);
  });
  registerApiRoute(app, ctx, sideEffectRoutes.sideEffectReport, async ({ auth, params }) => readReport(ctx.deps, target(auth, params), params.reportId));
  registerApiRoute(app, ctx, sideEffectRoutes.recordSideEffectAction, async ({ auth, params, body }) => recordAction(ctx.deps, target(auth, params), params.reportId, auth.user.id, body));
  registerApiRoute(app, ctx, sideEffectRoutes.clearSideEffectHold, async ({ auth, params, body }) => clearHold(ctx.deps, target(auth, params), params.reportId, auth.user.id, body));
}
