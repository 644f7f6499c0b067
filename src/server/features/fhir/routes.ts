/**
 * The FHIR R4 API under /fhir/R4 (issue 10 §4; docs/fhir.md, "On the server"; ADR 0025), outside
 * `apiRoutes`: FHIR clients expect its paths (no clinic in them) and an OperationOutcome for every
 * error, where the API has the one error shape. So it has its own scope, with its own error and
 * not-found answers, and checks access itself (fhir-access.ts) with the permission the record
 * export needs (`clinic.read`). Reads are audited as the API's are (features/audit).
 *
 * - `GET /Patient/:id/$everything`: the patient's Bundle.
 * - `GET /Group/:clinicId/$export` (Prefer: respond-async): a bulk export of the clinic, 202 with
 *   Content-Location of its status; `GET /bulk-status/:id`: 202 with X-Progress while it runs, 200
 *   with the manifest once done; `GET /bulk-files/:id/:file`: one NDJSON file.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { operationOutcome, type IssueType } from "#fhir/operation-outcome.ts";
import type { RouteContract } from "#contracts/api/route-contract.ts";
import { AppError } from "../../app-error.ts";
import type { HttpContext } from "../../http/api-route.ts";
import { HTTP_STATUS, INTERNAL_ERROR, toAppError } from "../../http/errors.ts";
import { describeInternalError } from "../../http/logging.ts";
import { authenticate } from "../../http/request-auth.ts";
import { runWithAuditContext, type AuditContext } from "../../shared/audit-context.ts";
import { accessRow } from "../../shared/audit.ts";
import { auditedAccess, awaitAccessRow } from "../audit/access-audit.ts";
import type { Authenticated } from "../auth/sessions.ts";
import type { BulkExportRow } from "./bulk-export-repository.ts";
import { kickOffBulkExport, ownBulkExport, requestedTypes, type KickOffQuery } from "./bulk-export.ts";
import { exportDir, fileNameOf, RESOURCE_TYPE } from "./export-files.ts";
import { authorizeForPatient, authorizeInClinic } from "./fhir-access.ts";
import { patientEverything } from "./patient-everything.ts";

export const FHIR_PREFIX = "/fhir/R4";
export const FHIR_JSON = "application/fhir+json; charset=utf-8";
const FHIR_NDJSON = "application/fhir+ndjson";
const EVERYTHING_PATH = "/Patient/:patientId/$everything";

/** The address of the FHIR API for fullUrls and links: PUBLIC_URL, else the address the caller used (the answer goes back to them only). */
export function fhirBase(ctx: HttpContext, request: FastifyRequest): string {
  return `${ctx.publicUrl ?? `${request.protocol}://${request.host}`}${FHIR_PREFIX}`;
}

/** Whether a URL is under the FHIR API (its errors are OperationOutcomes). */
export function isFhirPath(url: string): boolean {
  return url === FHIR_PREFIX || url.startsWith(`${FHIR_PREFIX}/`) || url.startsWith(`${FHIR_PREFIX}?`);
}

/** Sends an error as an OperationOutcome with the error table's status (ADR 0007's codes, FHIR's body). */
export function sendOperationOutcome(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError = toAppError(error) ?? INTERNAL_ERROR;
  if (appError === INTERNAL_ERROR) request.log.error({ failure: describeInternalError(error) }, "internal error");
  request.errorCode = appError.code;
  const issueType = appError.details?.["issueType"] as IssueType | undefined;
  const body = operationOutcome({ code: appError.code, message: appError.message, issues: appError.details?.issues, issueType });
  return reply.code(HTTP_STATUS[appError.code]).type(FHIR_JSON).send(JSON.stringify(body));
}

/** The signed-in user; FHIR routes are for staff, so there is no public one. */
const signedIn = (request: FastifyRequest): Authenticated => {
  if (request.apiAuth === null) throw new AppError("unauthenticated", "Please sign in.");
  return request.apiAuth;
};

const everythingContract = { method: "GET", path: `${FHIR_PREFIX}${EVERYTHING_PATH}`, summary: "FHIR Patient $everything", access: "clinic.read", response: z.unknown() } as const satisfies RouteContract;

/** Past its expiry (the expiry job deletes the files within the hour; until then they are refused all the same). */
const isExpired = (row: BulkExportRow, now: Date) => row.status === "expired" || (row.status === "done" && row.expires_at !== null && new Date(row.expires_at).getTime() <= now.getTime());
const filesExpired = () => new AppError("not_found", "The export's files have expired. Ask for a new export.", { issueType: "expired" });

/** Writes a read of the whole clinic (the export's files hold every patient) as the API's reads are written. */
async function recordClinicRead(ctx: HttpContext, request: FastifyRequest, clinicId: string, route: string): Promise<void> {
  const context = { actorUserId: request.apiAuth?.user.id ?? null, clinicId, patientId: null, route, method: "GET", ip: request.ip, written: 0 };
  await ctx.readRows?.add(accessRow(ctx.deps.clock(), context, "read"));
}

export async function registerFhirRoutes(app: FastifyInstance, ctx: HttpContext, options: { exportsDir: string }): Promise<void> {
  const { deps } = ctx;
  await app.register(
    async (fhir) => {
      fhir.setErrorHandler(async (error, request, reply) => sendOperationOutcome(error, request, reply));
      fhir.setNotFoundHandler(async (request, reply) => sendOperationOutcome(new AppError("not_found", "There is no such address in the FHIR API."), request, reply));
      fhir.addHook("onRequest", authenticate(deps, "staff"));
      fhir.addHook("onSend", async (request, _reply, payload) => {
        await awaitAccessRow(request);
        return payload;
      });

      fhir.get(EVERYTHING_PATH, async (request, reply) => {
        const { patientId } = request.params as { patientId: string };
        const auth = await authorizeForPatient(deps, signedIn(request), patientId, "clinic.read");
        request.apiAuth = auth;
        const bundle = await auditedAccess(deps, { readRows: ctx.readRows }, everythingContract, request, () => patientEverything(deps, { clinicId: auth.clinicId, patientId }, fhirBase(ctx, request)));
        return reply.type(FHIR_JSON).send(JSON.stringify(bundle));
      });

      fhir.get("/Group/:clinicId/$export", async (request, reply) => {
        const { clinicId } = request.params as { clinicId: string };
        const user = signedIn(request);
        if (!z.uuid().safeParse(clinicId).success) throw new AppError("not_found", "No such group.");
        const auth = await authorizeInClinic(deps, user, clinicId, "clinic.read");
        // The Bulk Data kick-off is asynchronous only (Bulk Data 2.0: "Prefer: respond-async" is required).
        if (!/\brespond-async\b/.test(String(request.headers["prefer"] ?? ""))) {
          throw new AppError("validation_failed", "A bulk export runs as a job: send the header Prefer: respond-async.", { issues: [{ path: "Prefer", message: "must be respond-async" }] });
        }
        const accept = String(request.headers["accept"] ?? "application/fhir+json");
        if (!/application\/fhir\+json|application\/json|\*\/\*/.test(accept)) throw new AppError("validation_failed", "Accept must be application/fhir+json.", { issues: [{ path: "Accept", message: "must be application/fhir+json" }] });
        const types = requestedTypes(request.query as KickOffQuery);
        const context: AuditContext = { actorUserId: user.user.id, clinicId, patientId: null, route: `${FHIR_PREFIX}/Group/:clinicId/$export`, method: "GET", ip: request.ip, written: 0 };
        const id = await runWithAuditContext(context, () => kickOffBulkExport(deps, auth, { url: request.url, types }));
        return reply.code(202).header("Content-Location", `${fhirBase(ctx, request)}/bulk-status/${id}`).send();
      });

      fhir.get("/bulk-status/:exportId", async (request, reply) => {
        const { exportId } = request.params as { exportId: string };
        const row = await ownBulkExport(deps, signedIn(request), exportId);
        if (row.status === "failed") throw new AppError("internal_error", "The export failed. Ask for it again; if it keeps failing, tell the clinic's administrator.");
        if (isExpired(row, deps.clock())) throw filesExpired();
        if (row.status !== "done" || row.output === null) {
          const progress = row.patients_total === null ? "queued" : `${row.patients_done} of ${row.patients_total} patients`;
          return reply.code(202).header("X-Progress", progress).header("Retry-After", "2").send();
        }
        const base = fhirBase(ctx, request);
        const manifest = {
          transactionTime: row.requested_at,
          request: `${ctx.publicUrl ?? `${request.protocol}://${request.host}`}${row.request_url}`,
          requiresAccessToken: true,
          output: row.output.map((file) => ({ type: file.type, url: `${base}/bulk-files/${row.id}/${file.file}`, count: file.count })),
          error: [],
        };
        return reply.header("Expires", new Date(row.expires_at ?? row.requested_at).toUTCString()).type("application/json; charset=utf-8").send(JSON.stringify(manifest));
      });

      fhir.get("/bulk-files/:exportId/:file", async (request, reply) => {
        const { exportId, file } = request.params as { exportId: string; file: string };
        const row = await ownBulkExport(deps, signedIn(request), exportId);
        if (isExpired(row, deps.clock())) throw filesExpired();
        const listed = row.status === "done" ? row.output?.find((item) => item.file === file) : undefined;
        if (listed === undefined || !RESOURCE_TYPE.test(listed.type) || fileNameOf(listed.type) !== file) throw new AppError("not_found", "No such file in this export.");
        const path = join(exportDir(options.exportsDir, row.id), file);
        const size = (await stat(path).catch(() => null))?.size;
        if (size === undefined) throw filesExpired();
        await recordClinicRead(ctx, request, row.clinic_id, `${FHIR_PREFIX}/bulk-files/:exportId/:file`);
        return reply.type(FHIR_NDJSON).header("Content-Length", String(size)).send(createReadStream(path));
      });

      // Anything else under /fhir/R4 (another method, an operation we do not have) is not found,
      // in FHIR's shape, before the web app's catch-all could answer it with a page.
      fhir.route({
        method: ["GET", "POST", "PUT", "PATCH", "DELETE"],
        url: "/*",
        handler: async () => {
          throw new AppError("not_found", "There is no such address in the FHIR API.");
        },
      });
    },
    { prefix: FHIR_PREFIX },
  );
}
