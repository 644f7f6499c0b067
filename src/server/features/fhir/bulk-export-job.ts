/**
 * The bulk export job (issue 10 §4; FHIR Bulk Data Access 2.0 "$export", ADR 0025): walks the
 * clinic's patients a page at a time (keyset pagination by id), reads each one's record in its own
 * snapshot, maps it (the same resources `$everything` gives, with the same ids) and appends each
 * resource to its type's NDJSON file before reading the next patient; so the memory it holds is
 * one page of patient rows and one patient's resources, whatever the clinic's size
 * (bench/fhir-bulk-export.ts measures it). Progress is kept in the export's row every few
 * patients. A failure removes the files and marks the export failed (its class only is kept; the
 * status answers 500), and the caller may ask again. The files are kept FILES_KEPT_MS, then
 * deleted by the expiry job.
 */
import { z } from "zod";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import type { JobHandler } from "../../jobs/worker.ts";
import { clinicPolicy } from "../clinic-settings/clinic-settings.ts";
import { clinicPatientsPage, countClinicPatients, expiredExports, findBulkExport, markDone, markExpired, markFailed, markRunning, recordProgress } from "./bulk-export-repository.ts";
import { fileNameOf, NdjsonFiles, removeExportFiles } from "./export-files.ts";
import { BULK_RESOURCE_TYPES } from "./bulk-resource-types.ts";
import { patientResources } from "./patient-everything.ts";

export const FHIR_BULK_EXPORT_QUEUE = "fhir-bulk-export";
export const FHIR_EXPORT_EXPIRY_QUEUE = "fhir-bulk-export-expiry";
/** The expiry job runs again an hour after each run ends. */
export const FHIR_EXPORT_EXPIRY_EVERY_MS = 60 * 60 * 1000;
/** How long an export's files stay downloadable (the manifest's files are then gone: 404). */
export const FILES_KEPT_MS = 24 * 60 * 60 * 1000;
/** Patients read per page of the clinic. */
const PAGE_SIZE = 100;
/** The progress is written after every this many patients (and at the end). */
const PROGRESS_EVERY = 10;

const payloadSchema = z.object({ clinicId: z.uuid(), exportId: z.uuid() });

/** The failure's class only: a message may quote data. */
function failureClass(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/** Runs one export to its end: done with its files, or failed with none. */
export async function runBulkExport(deps: ServiceDeps, exportsDir: string, target: { clinicId: string; exportId: string }): Promise<void> {
  const key = { clinicId: target.clinicId, id: target.exportId };
  const row = await findBulkExport(deps.db, target.exportId);
  // Done, failed or expired already (a job claimed again after a crash mid-way starts over).
  if (row === undefined || row.clinic_id !== target.clinicId || (row.status !== "queued" && row.status !== "running")) return;
  const types: ReadonlySet<string> = new Set(row.types ?? BULK_RESOURCE_TYPES);
  await markRunning(deps.db, key, await countClinicPatients(deps.db, target.clinicId));
  let files: NdjsonFiles | undefined;
  try {
    files = await NdjsonFiles.open(exportsDir, target.exportId);
    const policy = await clinicPolicy(deps.db, target.clinicId);
    let after: string | null = null;
    let done = 0;
    for (;;) {
      const page = await clinicPatientsPage(deps.db, target.clinicId, after, PAGE_SIZE);
      for (const patient of page) {
        const resources = await readSnapshot(deps.db, (tx) => patientResources(tx, patient, deps.clock(), policy));
        for (const resource of resources) if (types.has(resource.resourceType)) await files.write(resource);
        done += 1;
        if (done % PROGRESS_EVERY === 0) await recordProgress(deps.db, key, done);
      }
      const last = page.at(-1);
      if (last === undefined || page.length < PAGE_SIZE) break;
      after = last.id;
    }
    const counts = await files.close();
    const now = deps.clock();
    await deps.db.transaction().execute(async (tx) => {
      await markDone(tx, key, { patientsDone: done, output: counts.map(({ type, count }) => ({ type, file: fileNameOf(type), count })), finishedAt: now.toISOString(), expiresAt: new Date(now.getTime() + FILES_KEPT_MS).toISOString() });
      // The export read every patient of the clinic for the person who asked (ADR 0016: a read of the clinic).
      await audit(tx, now, { clinicId: target.clinicId, actorUserId: row.requested_by, action: "fhir.bulk_export.made", entity: "clinic", entityId: target.clinicId });
    });
  } catch (error) {
    files?.destroy();
    await removeExportFiles(exportsDir, target.exportId).catch(() => undefined);
    await markFailed(deps.db, key, failureClass(error), deps.clock().toISOString());
    deps.log.warn({ exportId: target.exportId, failure: failureClass(error) }, "fhir bulk export failed");
  }
}

export function bulkExportHandler(deps: ServiceDeps, exportsDir: string): JobHandler {
  return async (job) => {
    const payload = payloadSchema.parse(job.payload);
    await runBulkExport(deps, exportsDir, payload);
  };
}

/** Deletes the files of every export past its expiry, and marks it expired. */
export async function expireBulkExports(deps: ServiceDeps, exportsDir: string): Promise<number> {
  const expired = await expiredExports(deps.db, deps.clock().toISOString());
  for (const row of expired) {
    await removeExportFiles(exportsDir, row.id);
    await markExpired(deps.db, { clinicId: row.clinic_id, id: row.id });
  }
  if (expired.length > 0) deps.log.info({ expired: expired.length }, "fhir bulk exports expired");
  return expired.length;
}

export function bulkExportExpiryHandler(deps: ServiceDeps, exportsDir: string): JobHandler {
  return async () => {
    await expireBulkExports(deps, exportsDir);
  };
}
