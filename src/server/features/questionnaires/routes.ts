/** HIT-6 and MIDAS: the patient's own (due, history, submitting), a patient's for the clinic, paper forms, withdrawal, and the clinic's settings. */
import type { FastifyInstance } from "fastify";
import { questionnaireRoutes } from "#contracts/api/questionnaires.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { readMyQuestionnaires, submitMyQuestionnaire } from "./my-questionnaires.ts";
import { questionnaireSettings, updateQuestionnaireSettings } from "./questionnaire-settings.ts";
import { enterPaperQuestionnaire, readPatientQuestionnaires } from "./staff-questionnaires.ts";
import { withdrawQuestionnaire } from "./withdraw-questionnaire.ts";

export function registerQuestionnaireRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, questionnaireRoutes.myQuestionnaires, async ({ auth }) => readMyQuestionnaires(ctx.deps, auth.patient));

  registerApiRoute(app, ctx, questionnaireRoutes.submitMyQuestionnaire, async ({ auth, body }) => submitMyQuestionnaire(ctx.deps, auth.patient, auth.user.id, body));

  registerApiRoute(app, ctx, questionnaireRoutes.patientQuestionnaires, async ({ auth, params }) => readPatientQuestionnaires(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }));

  registerApiRoute(app, ctx, questionnaireRoutes.enterPaperQuestionnaire, async ({ auth, params, body }) =>
    enterPaperQuestionnaire(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, auth.user.id, body),
  );

  registerApiRoute(app, ctx, questionnaireRoutes.withdrawQuestionnaire, async ({ auth, params, body }) =>
    withdrawQuestionnaire(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, params.questionnaireId, auth.user.id, body),
  );
  registerApiRoute(app, ctx, questionnaireRoutes.questionnaireSettings, async ({ auth }) => questionnaireSettings(ctx.deps, auth.clinicId));

  registerApiRoute(app, ctx, questionnaireRoutes.updateQuestionnaireSettings, async ({ auth, body }) => updateQuestionnaireSettings(ctx.deps, auth.clinicId, auth.user.id, body));
}
