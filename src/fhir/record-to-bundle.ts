/**
 * `recordToBundle`: a patient record (cephalog.patient-record/1, parsed) as a FHIR R4 Bundle of type
 * collection (docs/fhir.md). Pure: the dates of the derived parts (the 28-day windows, the
 * Condition's verification, the next session) are those of `asOf`, given by the caller.
 */
import { assess } from "#domain/assess/assess.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { ParsedPatientRecord } from "#contracts/patient-record.ts";
import { adverseEventResource } from "./adverse-events.ts";
import { appointmentResource } from "./appointment.ts";
import { carePlanResource } from "./care-plan.ts";
import { conditionResource } from "./condition.ts";
import { diaryObservation } from "./diary-observations.ts";
import { historyObservations } from "./history-observations.ts";
import { otherDoseAdministration, siteAdministrations } from "./medication-administrations.ts";
import { patientResource } from "./patient.ts";
import { preventiveResources } from "./preventives.ts";
import { sessionResources } from "./procedures.ts";
import { questionnaireResources } from "./questionnaires.ts";
import { recordOptionsResource } from "./record-options.ts";
import type { Bundle, FhirResource } from "./types.ts";
import { windowObservations } from "./window-observations.ts";

/** Files made outside a server have no server address; the reserved `.invalid` host says so (RFC 2606). */
export const DEFAULT_BASE_URL = "https://cephalog.invalid/fhir/R4";

export interface ExportOptions {
  /** The date the derived parts are computed on (the assessment date). */
  readonly asOf: PlainDate;
  /** The server's FHIR base, for the entries' fullUrl; default DEFAULT_BASE_URL. */
  readonly baseUrl?: string | undefined;
  /** Bundle.timestamp, an instant the caller knows (src/fhir reads no clock). */
  readonly timestamp?: string | undefined;
}

/**
 * The Bundle of one patient record.
 * @example recordToBundle({ record: { patient: { id: "p1" }, diary: [], treatments: [], otherToxinDoses: [], questionnaires: [], sideEffectReports: [] },
 *   asOf: undefined, policy: undefined, settings: DEFAULT_SETTINGS }, { asOf: "2026-07-20" }).entry[0].resource.resourceType // "Patient"
 */
export function recordToBundle(parsed: Pick<ParsedPatientRecord, "record" | "asOf" | "policy" | "settings">, options: ExportOptions): Bundle {
  const { record } = parsed;
  const assessment = assess(record, { asOf: options.asOf, policy: parsed.policy ?? "us-label", settings: parsed.settings });
  const appointment = appointmentResource(assessment.treatment);
  const resources: FhirResource[] = [
    patientResource(record.patient),
    recordOptionsResource({ asOf: parsed.asOf, policy: parsed.policy, settings: parsed.settings }),
    conditionResource(record, assessment),
    ...historyObservations(record.history),
    ...preventiveResources(record.preventives),
    ...record.diary.map(diaryObservation),
    ...windowObservations(assessment.windows),
    ...record.questionnaires.flatMap(questionnaireResources),
    ...record.treatments.flatMap((session) => [...sessionResources(session), ...siteAdministrations(session)]),
    ...record.otherToxinDoses.map(otherDoseAdministration),
    ...record.sideEffectReports.map((report, index) => adverseEventResource(report, index, record.treatments)),
    ...(appointment === undefined ? [] : [appointment]),
    carePlanResource(record.treatments, appointment !== undefined),
  ];
  const base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  return {
    resourceType: "Bundle",
    type: "collection",
    ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
    entry: resources.map((resource) => ({ fullUrl: `${base}/${resource.resourceType}/${resource.id ?? ""}`, resource })),
  };
}
