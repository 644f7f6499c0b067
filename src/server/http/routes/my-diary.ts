/** The signed-in patient's own diary: the only clinical routes a patient account reaches. */
import type { FastifyInstance } from "fastify";
import { apiRoutes } from "#contracts/api/routes.ts";
import { readMyDiary, saveMyDiaryRevision } from "../../services/diary.ts";
import { registerApiRoute, type HttpContext } from "../api-route.ts";

export function myDiaryRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, apiRoutes.myDiary, async ({ auth, query }) => readMyDiary(ctx.deps, auth.patient, query));

  registerApiRoute(app, ctx, apiRoutes.saveMyDiaryDay, async ({ auth, body }) =>
    saveMyDiaryRevision(ctx.deps, auth.patient, auth.user.id, body),
  );
}
