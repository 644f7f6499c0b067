/** The assess fixtures (test/fixtures/assess/*.record.json) parsed, and their Bundles, for the FHIR tests. */
import { readdirSync, readFileSync } from "node:fs";
import { parsePatientRecord, type ParsedPatientRecord } from "#contracts/patient-record.ts";
import { plainDate } from "#domain/shared/plain-date.ts";

const FOLDER = new URL("../fixtures/assess/", import.meta.url);

/** When a fixture has no asOf of its own, its windows are computed on this date. */
export const DEFAULT_AS_OF = plainDate("2026-07-20");

export interface Fixture {
  readonly name: string;
  readonly json: unknown;
  readonly parsed: ParsedPatientRecord;
}

export function fixtures(): Fixture[] {
  return readdirSync(FOLDER)
    .filter((file) => file.endsWith(".record.json"))
    .sort()
    .map((file) => {
      const json: unknown = JSON.parse(readFileSync(new URL(file, FOLDER), "utf8"));
      const parsed = parsePatientRecord(json);
      if (!parsed.ok) throw new Error(`${file} is not a valid record`);
      return { name: file.replace(".record.json", ""), json, parsed: parsed.value };
    });
}
