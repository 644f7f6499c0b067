/** The whole patient record in and out (`cephalog.patient-record/1`). */
import type { FastifyInstance } from "fastify";
import { patientRecordRoutes } from "#contracts/api/patient-record.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { exportPatientRecord } from "./export-patient-record.ts";
import { importPatientRecord } from "./import-patient-record.ts";

export function registerPatientRecordRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, patientRecordRoutes.exportPatientRecord, async ({ auth, params }) => exportPatientRecord(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }));
  registerApiRoute(app, ctx, patientRecordRoutes.importPatientRecord, async ({ auth, params, query, body }) =>
    importPatientRecord(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, auth.user.id, body, query.dryRun),
  );
}
