/** The worklist: the coordinator's and the clinician's home page. */
import type { FastifyInstance } from "fastify";
import { worklistRoutes } from "#contracts/api/worklist.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { readWorklist } from "./worklist.ts";

export function registerWorklistRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, worklistRoutes.worklist, async ({ auth, query }) => readWorklist(ctx.deps, auth.clinicId, query));
}
