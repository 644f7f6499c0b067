/**
 * Diary days: a clinician's save and import for a clinic's patient (ADR 0010), and the signed-in
 * patient's own diary, the only clinical routes a patient account reaches.
 */
import type { FastifyInstance } from "fastify";
import { diaryRoutes } from "#contracts/api/diary.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { importDiaryDays } from "./diary-import.ts";
import { readMyDiary, saveDiaryRevision, saveMyDiaryRevision } from "./diary.ts";
import { diarySettings, updateDiarySettings } from "./diary-settings.ts";
import { readMyMedicines, saveMyMedicines } from "./my-medicines.ts";

export function registerDiaryRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, diaryRoutes.staffSaveDiaryDay, async ({ auth, params, body }) =>
    saveDiaryRevision(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, { userId: auth.user.id, enteredBy: "staff" }, body),
  );

  registerApiRoute(app, ctx, diaryRoutes.importDiary, async ({ auth, params, body }) =>
    importDiaryDays(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, auth.user.id, body.days),
  );

  registerApiRoute(app, ctx, diaryRoutes.myDiary, async ({ auth, query }) => readMyDiary(ctx.deps, auth.patient, query));

  registerApiRoute(app, ctx, diaryRoutes.saveMyDiaryDay, async ({ auth, body }) =>
    saveMyDiaryRevision(ctx.deps, auth.patient, auth.user.id, body),
  );

  registerApiRoute(app, ctx, diaryRoutes.myMedicines, async ({ auth }) => readMyMedicines(ctx.deps, auth.patient));

  registerApiRoute(app, ctx, diaryRoutes.saveMyMedicines, async ({ auth, body }) => saveMyMedicines(ctx.deps, auth.patient, auth.user.id, body));

  registerApiRoute(app, ctx, diaryRoutes.diarySettings, async ({ auth }) => diarySettings(ctx.deps, auth.clinicId));

  registerApiRoute(app, ctx, diaryRoutes.updateDiarySettings, async ({ auth, body }) => updateDiarySettings(ctx.deps, auth.clinicId, auth.user.id, body));
}
