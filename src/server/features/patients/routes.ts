/** A clinic's patients, as staff see them. */
import type { FastifyInstance } from "fastify";
import { patientRoutes } from "#contracts/api/patients.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { createPatient, listPatients, patientDetail } from "./patients.ts";

export function registerPatientRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, patientRoutes.listPatients, async ({ auth }) => listPatients(ctx.deps, auth.clinicId));

  registerApiRoute(app, ctx, patientRoutes.createPatient, async ({ auth, body }) => createPatient(ctx.deps, auth.clinicId, auth.user.id, body));

  registerApiRoute(app, ctx, patientRoutes.getPatient, async ({ auth, params }) => patientDetail(ctx.deps, auth.clinicId, params.patientId));
}
