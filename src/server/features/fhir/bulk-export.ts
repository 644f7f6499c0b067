/**
 * FHIR bulk export requests (issue 10 §4; FHIR Bulk Data Access 2.0, ADR 0025): the kick-off
 * (`GET /fhir/R4/Group/:clinicId/$export` with `Prefer: respond-async`) records the export and
 * queues its job in one transaction; the status is the export's row, readable only by the person
 * who asked, while they still may read the clinic; its files likewise.
 */
import { v7 as uuidv7 } from "uuid";
import { idSchema } from "#contracts/api/common.ts";
import { AppError, invalidField } from "../../app-error.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { enqueueJob } from "../../jobs/queue.ts";
import type { Authenticated } from "../auth/sessions.ts";
import { authorizeInClinic } from "./fhir-access.ts";
import { FHIR_BULK_EXPORT_QUEUE } from "./bulk-export-job.ts";
import { findBulkExport, insertBulkExport, type BulkExportRow } from "./bulk-export-repository.ts";
import { BULK_RESOURCE_TYPES } from "./bulk-resource-types.ts";


/** The output formats the spec names for NDJSON; we write nothing else. */
const NDJSON_FORMATS: ReadonlySet<string> = new Set(["application/fhir+ndjson", "application/ndjson", "ndjson"]);

export interface KickOffQuery {
  readonly _type?: string | undefined;
  readonly _outputFormat?: string | undefined;
  readonly _since?: string | undefined;
  readonly _typeFilter?: string | undefined;
}

/** The `_type` list asked for (null: every type), each checked against what an export holds. */
export function requestedTypes(query: KickOffQuery): string[] | null {
  if (query._since !== undefined) throw new AppError("validation_failed", "_since is not supported: every export holds the whole record.", { issues: [{ path: "_since", message: "is not supported" }], issueType: "not-supported" });
  if (query._typeFilter !== undefined) throw new AppError("validation_failed", "_typeFilter is not supported.", { issues: [{ path: "_typeFilter", message: "is not supported" }], issueType: "not-supported" });
  if (query._outputFormat !== undefined && !NDJSON_FORMATS.has(query._outputFormat)) throw invalidField("_outputFormat", "must be application/fhir+ndjson");
  if (query._type === undefined) return null;
  const types = [...new Set(query._type.split(",").map((type) => type.trim()))];
  const unknown = types.filter((type) => !(BULK_RESOURCE_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0 || types.length === 0) throw invalidField("_type", `must be a comma-separated list of ${BULK_RESOURCE_TYPES.join(", ")}`);
  return types;
}

/** Records the export and queues its job; answers its id. */
export async function kickOffBulkExport(deps: ServiceDeps, auth: { clinicId: string; user: { id: string } }, request: { url: string; types: string[] | null }): Promise<string> {
  const id = uuidv7();
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    await insertBulkExport(tx, { clinicId: auth.clinicId, id, requestedBy: auth.user.id, requestedAt: now.toISOString(), requestUrl: request.url, types: request.types });
    await enqueueJob(tx, { queue: FHIR_BULK_EXPORT_QUEUE, payload: { clinicId: auth.clinicId, exportId: id }, runAt: now });
    await audit(tx, now, { clinicId: auth.clinicId, actorUserId: auth.user.id, action: "fhir.bulk_export.requested", entity: "clinic", entityId: auth.clinicId });
  });
  return id;
}

export const NO_SUCH_EXPORT = "No such export.";

/**
 * The export, for the person who asked for it while they may still read its clinic; anyone else,
 * and an id that is not an export's, is `not_found`.
 */
export async function ownBulkExport(deps: ServiceDeps, auth: Authenticated, exportId: string): Promise<BulkExportRow> {
  const row = idSchema.safeParse(exportId).success ? await findBulkExport(deps.db, exportId) : undefined;
  if (row === undefined || row.requested_by !== auth.user.id) throw new AppError("not_found", NO_SUCH_EXPORT);
  await authorizeInClinic(deps, auth, row.clinic_id, "clinic.read");
  return row;
}
