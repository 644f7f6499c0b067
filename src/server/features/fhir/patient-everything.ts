/**
 * `GET /fhir/R4/Patient/:id/$everything` (issue 10 §4; docs/fhir.md, "On the server"): the stored
 * patient's whole record (loadPatientRecord, the record export's) as the mappers' Bundle
 * (recordToBundle, on the patient's today), with the server's ids and its address in every
 * fullUrl, as a `searchset` Bundle as the operation defines it. One snapshot, so a save committed
 * meanwhile is in all of it or in none.
 */
import { recordToBundle } from "#fhir/record-to-bundle.ts";
import type { FhirResource } from "#fhir/types.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import type { PatientRow } from "../../db/schema.ts";
import { clinicPolicy } from "../clinic-settings/clinic-settings.ts";
import { loadPatientRecord } from "../patient-record/load-patient-record.ts";
import { serverResources } from "./server-ids.ts";

/** One patient's resources with the server's ids, computed on the patient's own today. */
export async function patientResources(tx: Executor, patient: PatientRow, now: Date, policy: Awaited<ReturnType<typeof clinicPolicy>>): Promise<FhirResource[]> {
  const record = await loadPatientRecord(tx, patient);
  const asOf = localDateAt(now, patient.time_zone);
  const bundle = recordToBundle({ record, asOf: undefined, policy, settings: DEFAULT_SETTINGS }, { asOf });
  return serverResources(bundle, patient.id);
}

export async function patientEverything(deps: ServiceDeps, target: { clinicId: string; patientId: string }, base: string): Promise<FhirResource> {
  const now = deps.clock();
  const resources = await readSnapshot(deps.db, async (tx) => {
    const patient = await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    return patientResources(tx, patient, now, await clinicPolicy(tx, target.clinicId));
  });
  return {
    resourceType: "Bundle",
    type: "searchset",
    timestamp: now.toISOString(),
    total: resources.length,
    link: [{ relation: "self", url: `${base}/Patient/${target.patientId}/$everything` }],
    entry: resources.map((resource) => ({ fullUrl: `${base}/${resource.resourceType}/${resource.id ?? ""}`, resource, search: { mode: "match" } })),
  };
}
