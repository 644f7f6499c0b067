/** A patient's pathway, authorizations and treatment decisions. */
import type { FastifyInstance } from "fastify";
import { careRoutes } from "#contracts/api/care.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { addAuthorization, addDecision, readCare, updateAuthorization } from "./care.ts";

export function registerCareRoutes(app: FastifyInstance, ctx: HttpContext): void {
  const target = (auth: { clinicId: string }, params: { patientId: string }) => ({ clinicId: auth.clinicId, patientId: params.patientId });
  registerApiRoute(app, ctx, careRoutes.patientCare, async ({ auth, params }) => readCare(ctx.deps, target(auth, params)));
  registerApiRoute(app, ctx, careRoutes.addAuthorization, async ({ auth, params, body }) => addAuthorization(ctx.deps, target(auth, params), auth.user.id, body));
  registerApiRoute(app, ctx, careRoutes.updateAuthorization, async ({ auth, params, body }) => {
    const { reason, fromRevision, ...content } = body;
    return updateAuthorization(ctx.deps, target(auth, params), params.authorizationId, auth.user.id, content, reason, fromRevision);
  });
  registerApiRoute(app, ctx, careRoutes.addTreatmentDecision, async ({ auth, params, body }) => addDecision(ctx.deps, target(auth, params), auth.user.id, body));
}
