/** A patient's pathway, authorizations and treatment decisions, and the response review decisions are made on. */
import type { FastifyInstance } from "fastify";
import { careRoutes } from "#contracts/api/care.ts";
import { responseReviewRoutes } from "#contracts/api/response-review.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { addAuthorization, readCare, updateAuthorization } from "./care.ts";
import { addDecision, readDecisionBasis } from "./decisions.ts";
import { readResponseReview } from "./response-review.ts";

export function registerCareRoutes(app: FastifyInstance, ctx: HttpContext): void {
  const target = (auth: { clinicId: string }, params: { patientId: string }) => ({ clinicId: auth.clinicId, patientId: params.patientId });
  registerApiRoute(app, ctx, careRoutes.patientCare, async ({ auth, params }) => readCare(ctx.deps, target(auth, params)));
  registerApiRoute(app, ctx, careRoutes.addAuthorization, async ({ auth, params, body }) => addAuthorization(ctx.deps, target(auth, params), auth.user.id, body));
  registerApiRoute(app, ctx, careRoutes.updateAuthorization, async ({ auth, params, body }) => {
    const { reason, fromRevision, ...content } = body;
    return updateAuthorization(ctx.deps, target(auth, params), params.authorizationId, auth.user.id, content, reason, fromRevision);
  });
  registerApiRoute(app, ctx, careRoutes.addTreatmentDecision, async ({ auth, params, body }) => {
    const { reviewed, ...content } = body;
    return addDecision(ctx.deps, target(auth, params), auth.user.id, content, reviewed);
  });
  registerApiRoute(app, ctx, responseReviewRoutes.responseReview, async ({ auth, params, query }) => readResponseReview(ctx.deps, target(auth, params), query));
  registerApiRoute(app, ctx, responseReviewRoutes.treatmentDecisionBasis, async ({ auth, params }) => readDecisionBasis(ctx.deps, target(auth, params), params.decisionId));
}
