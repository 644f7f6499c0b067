/**
 * The few FHIR R4 shapes the mappers write (https://hl7.org/fhir/R4/datatypes.html). Kept small on
 * purpose: the tests validate every resource against the official definitions (ADR 0023), so these
 * types only help the compiler, they are not the schema.
 */
export interface Coding {
  readonly system?: string;
  readonly code?: string;
  readonly display?: string;
}

export interface CodeableConcept {
  readonly coding?: readonly Coding[];
  readonly text?: string;
}

export interface Reference {
  readonly reference?: string;
  readonly display?: string;
}

export interface Quantity {
  readonly value?: number;
  readonly unit?: string;
  readonly system?: string;
  readonly code?: string;
}

export interface Period {
  readonly start?: string;
  readonly end?: string;
}

export interface Extension {
  readonly url: string;
  readonly valueString?: string;
  readonly valueBoolean?: boolean;
  readonly valueCode?: string;
  readonly valueDate?: string;
}

/** Any resource: its type, its id, and the rest as the resource type defines it. */
export interface FhirResource {
  readonly resourceType: string;
  readonly id?: string;
  readonly [field: string]: unknown;
}

export interface BundleEntry {
  readonly fullUrl?: string;
  readonly resource?: FhirResource;
}

export interface Bundle extends FhirResource {
  readonly resourceType: "Bundle";
  readonly type: "collection";
  readonly timestamp?: string;
  readonly entry: readonly BundleEntry[];
}
