/**
 * What a record says about its own assessment (`asOf`, `policy`, `settings`; assess-contract.md)
 * as a Parameters resource in the Bundle (a Bundle has no extensions of its own): one parameter
 * each, `asOf` and `policy` only when the record gave them, and every setting in force.
 */
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { PathwaySettings } from "#domain/shared/settings.ts";
import type { PolicyId } from "#domain/shared/record.ts";
import { dateAt, objectsAt, rejectWith, stringAt, type At } from "./read.ts";
import type { FhirResource } from "./types.ts";

export const RECORD_OPTIONS_ID = "record-options";

export interface RecordOptions {
  readonly asOf: PlainDate | undefined;
  readonly policy: PolicyId | undefined;
  readonly settings: PathwaySettings;
}

function settingParameter(name: string, value: number | string) {
  if (typeof value === "string") return { name, valueCode: value };
  return Number.isInteger(value) ? { name, valueInteger: value } : { name, valueDecimal: value };
}

/**
 * The Parameters resource of a record's options.
 * @example recordOptionsResource({ asOf: "2026-06-30", policy: undefined, settings }).parameter[0] // { name: "asOf", valueDate: "2026-06-30" }
 */
export function recordOptionsResource(options: RecordOptions): FhirResource {
  return {
    resourceType: "Parameters",
    id: RECORD_OPTIONS_ID,
    parameter: [
      ...(options.asOf === undefined ? [] : [{ name: "asOf", valueDate: options.asOf }]),
      ...(options.policy === undefined ? [] : [{ name: "policy", valueCode: options.policy }]),
      ...Object.entries(options.settings).map(([name, value]) => settingParameter(`settings.${name}`, value as number | string)),
    ],
  };
}

/** The record's `asOf`, `policy` and `settings` (as the record format writes them) from the Parameters. */
export function recordOptionsFrom(at: At): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const settings: Record<string, unknown> = {};
  for (const parameter of objectsAt(at, "parameter")) {
    const name = stringAt(parameter, "name");
    if (name === "asOf") out["asOf"] = dateAt(parameter, "valueDate");
    else if (name === "policy") out["policy"] = stringAt(parameter, "valueCode");
    else if (name.startsWith("settings.")) {
      const value = parameter.value["valueInteger"] ?? parameter.value["valueDecimal"] ?? parameter.value["valueCode"];
      if (value === undefined) rejectWith(parameter.path, "must hold valueInteger, valueDecimal or valueCode");
      settings[name.slice("settings.".length)] = value;
    } else rejectWith(`${parameter.path}.name`, "must be asOf, policy or settings.<name>");
  }
  if (Object.keys(settings).length > 0) out["settings"] = settings;
  return out;
}
