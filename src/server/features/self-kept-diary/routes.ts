/** The signed-in patient adds the diary they kept on their phone before joining (issue 9 §5). */
import type { FastifyInstance } from "fastify";
import { selfKeptDiaryRoutes } from "#contracts/api/self-kept-diary.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { addSelfKeptDiary } from "./service.ts";

export function registerSelfKeptDiaryRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, selfKeptDiaryRoutes.addSelfKeptDiary, async ({ auth, body }) => addSelfKeptDiary(ctx.deps, auth.patient, auth.user.id, body));
}
