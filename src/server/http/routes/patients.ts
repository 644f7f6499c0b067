/** A clinic's patients, as staff see them. */
import type { FastifyInstance } from "fastify";
import { apiRoutes } from "#contracts/api/routes.ts";
import { saveDiaryRevision } from "../../services/diary.ts";
import { invitePatient } from "../../services/invitations.ts";
import { createPatient, listPatients, patientDetail } from "../../services/patients.ts";
import { baseUrlOf, registerApiRoute, type HttpContext } from "../api-route.ts";

export function patientRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, apiRoutes.listPatients, async ({ auth }) => listPatients(ctx.deps, auth.clinicId));

  registerApiRoute(app, ctx, apiRoutes.createPatient, async ({ auth, body }) => createPatient(ctx.deps, auth.clinicId, auth.user.id, body));

  registerApiRoute(app, ctx, apiRoutes.getPatient, async ({ auth, params }) => patientDetail(ctx.deps, auth.clinicId, params.patientId));

  registerApiRoute(app, ctx, apiRoutes.invitePatient, async ({ auth, params, request }) =>
    invitePatient(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId, actorUserId: auth.user.id, baseUrl: baseUrlOf(ctx, request) }),
  );

  registerApiRoute(app, ctx, apiRoutes.staffSaveDiaryDay, async ({ auth, params, body }) =>
    saveDiaryRevision(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, { userId: auth.user.id, enteredBy: "staff" }, body),
  );
}
