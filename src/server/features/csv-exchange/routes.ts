/**
 * CSV in and out (issue 10 §5; ADR 0027): the exports answer text/csv as a download, streamed
 * (Fastify pipes a stream as it is; the contract's string documents the CSV), and the diary import
 * with its dry run.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Readable } from "node:stream";
import { csvExchangeRoutes } from "#contracts/api/csv-exchange.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { importDiaryCsv } from "./csv-diary-import.ts";
import { exportClinicDiariesCsv, exportClinicOutcomesCsv, exportClinicSessionsCsv, exportPatientDiaryCsv } from "./csv-exports.ts";

/**
 * A file name part made of safe characters only (a record number is whatever the clinic typed).
 * @example fileNamePart("MRN 12/3") // "MRN-12-3"
 */
export function fileNamePart(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
}

function sendCsv(ctx: HttpContext, reply: FastifyReply, name: string, csv: Readable): string {
  const day = localDateAt(ctx.deps.clock(), "UTC");
  reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="cephalog-${name}-${day}.csv"`);
  return csv as unknown as string;
}

export function registerCsvExchangeRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, csvExchangeRoutes.patientDiaryCsv, async ({ auth, params, reply }) => {
    const { patient, csv } = await exportPatientDiaryCsv(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId });
    return sendCsv(ctx, reply, `diary-${fileNamePart(patient.record_number ?? "") || patient.id}`, csv);
  });

  registerApiRoute(app, ctx, csvExchangeRoutes.clinicDiariesCsv, async ({ auth, reply }) => sendCsv(ctx, reply, "diaries", exportClinicDiariesCsv(ctx.deps, auth.clinicId)));

  registerApiRoute(app, ctx, csvExchangeRoutes.clinicSessionsCsv, async ({ auth, reply }) => sendCsv(ctx, reply, "sessions", exportClinicSessionsCsv(ctx.deps, auth.clinicId)));

  registerApiRoute(app, ctx, csvExchangeRoutes.clinicOutcomesCsv, async ({ auth, reply }) => sendCsv(ctx, reply, "outcomes", exportClinicOutcomesCsv(ctx.deps, auth.clinicId)));

  registerApiRoute(app, ctx, csvExchangeRoutes.importDiaryCsv, async ({ auth, params, query, body }) =>
    importDiaryCsv(ctx.deps, { clinicId: auth.clinicId, patientId: params.patientId }, auth.user.id, body, query.dryRun),
  );
}
