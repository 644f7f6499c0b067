/**
 * The import's answers to Bundles it cannot read: a field issue naming the JSON path, never the
 * value; and Bundle entries it does not read listed, not dropped silently.
 */
import { describe, expect, it } from "vitest";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import { bundleToRecord } from "./bundle-to-record.ts";
import { recordToBundle } from "./record-to-bundle.ts";
import type { FhirResource } from "./types.ts";

function exportOf(input: unknown): { entry: { resource: Record<string, unknown> }[] } {
  const parsed = parsePatientRecord(input);
  if (!parsed.ok) throw new Error("invalid record");
  return JSON.parse(JSON.stringify(recordToBundle(parsed.value, { asOf: plainDate("2026-07-20") }))) as { entry: { resource: Record<string, unknown> }[] };
}

const record = {
  patient: { id: "p1" },
  diary: [{ date: "2026-06-01", headache: true, hours: 6, severity: 2, medications: [{ class: "triptan" }] }],
  treatments: [{ date: "2026-06-10", injections: [{ muscle: "procerus", side: "midline", units: 5 }] }],
  questionnaires: [{ instrument: "MIDAS", date: "2026-06-01", responses: [1, 2, 3, 4, 5], a: 30 }],
};

const resourceById = (bundle: ReturnType<typeof exportOf>, id: string) => {
  const index = bundle.entry.findIndex((e) => e.resource["id"] === id);
  return { index, resource: (bundle.entry[index] as { resource: Record<string, unknown> }).resource };
};

describe("bundleToRecord", () => {
  it("refuses what is not a Bundle, or a Bundle without one Patient", () => {
    expect(bundleToRecord([])).toEqual({ ok: false, issues: [{ path: "bundle", message: "must be a JSON object" }] });
    expect(bundleToRecord({ resourceType: "Bundle", entry: [] })).toEqual({ ok: false, issues: [{ path: "entry", message: "must hold exactly one Patient (found 0)" }] });
  });

  it("names the path of a wrong site code, an unknown medication class and a lost medicine", () => {
    const bundle = exportOf(record);
    const site = resourceById(bundle, "session-2026-06-10-site-1");
    ((site.resource["dosage"] as { site: { coding: { code: string }[] } }).site.coding[0] as { code: string }).code = "nose-left";
    expect(bundleToRecord(bundle)).toMatchObject({ ok: false, issues: [{ path: `entry[${site.index}].resource.dosage.site.coding[0].code` }] });

    const again = exportOf(record);
    const day = resourceById(again, "diary-2026-06-01");
    const components = day.resource["component"] as { valueCodeableConcept?: { coding: { code: string }[] } }[];
    const medicine = components.find((c) => c.valueCodeableConcept?.coding[0]?.code === "triptan");
    (medicine?.valueCodeableConcept?.coding[0] as { code: string }).code = "aspirin-ish";
    expect(bundleToRecord(again)).toMatchObject({ ok: false, issues: [{ path: expect.stringMatching(new RegExp(`^entry\\[${day.index}\\]\\.resource\\.component\\[\\d+\\]\\.valueCodeableConcept\\.coding\\[0\\]\\.code$`)), message: expect.stringContaining("must be one of triptan") }] });

    const third = exportOf(record);
    const lost = resourceById(third, "diary-2026-06-01");
    lost.resource["component"] = (lost.resource["component"] as { code: { coding: { code: string }[] } }[]).filter((c) => c.code.coding[0]?.code !== "acute-medication");
    expect(bundleToRecord(third)).toEqual({ ok: false, issues: [{ path: `entry[${lost.index}].resource.component`, message: "says 1 acute medicines but lists 0" }] });
  });

  it("refuses a site without its session, and MIDAS answers with a gap", () => {
    const bundle = exportOf(record);
    const site = resourceById(bundle, "session-2026-06-10-site-1");
    site.resource["partOf"] = [{ reference: "Procedure/elsewhere" }];
    expect(bundleToRecord(bundle)).toMatchObject({ ok: false, issues: [{ path: `entry[${site.index}].resource` }] });

    const again = exportOf(record);
    const response = resourceById(again, "questionnaire-1");
    response.resource["item"] = (response.resource["item"] as { linkId: string }[]).filter((i) => i.linkId !== "3");
    expect(bundleToRecord(again)).toEqual({ ok: false, issues: [{ path: `entry[${response.index}].resource.item`, message: "must answer items 1-5 of MIDAS, or none" }] });
  });

  it("refuses a diary day's hours or a dose in a unit it does not write, naming the field", () => {
    const bundle = exportOf({ ...record, otherToxinDoses: [{ date: "2026-05-01", units: 100, indication: "spasticity" }] });
    const day = resourceById(bundle, "diary-2026-06-01");
    const hours = (day.resource["component"] as { valueQuantity?: Record<string, unknown> }[]).findIndex((c) => c.valueQuantity !== undefined);
    ((day.resource["component"] as { valueQuantity: Record<string, unknown> }[])[hours] as { valueQuantity: Record<string, unknown> }).valueQuantity["unit"] = "min";
    expect(bundleToRecord(bundle)).toEqual({ ok: false, issues: [{ path: `entry[${day.index}].resource.component[${hours}].valueQuantity.unit`, message: "must be h (hours)" }] });

    const again = exportOf({ ...record, otherToxinDoses: [{ date: "2026-05-01", units: 100, indication: "spasticity" }] });
    const other = resourceById(again, "other-toxin-1");
    (other.resource["dosage"] as { dose: Record<string, unknown> }).dose["unit"] = "mL";
    expect(bundleToRecord(again)).toEqual({ ok: false, issues: [{ path: `entry[${other.index}].resource.dosage.dose.unit`, message: "must be U (units of the toxin product)" }] });
  });

  it("lists the entries it does not read, and reads no derived window counts", () => {
    const bundle = exportOf(record);
    const foreign: FhirResource = { resourceType: "Encounter", id: "e1", status: "finished", class: { code: "AMB" } };
    bundle.entry.push({ resource: foreign as Record<string, unknown> });
    const result = bundleToRecord(bundle);
    expect(result).toMatchObject({ ok: true, ignored: [`entry[${bundle.entry.length - 1}].resource`] });
    expect(bundle.entry.some((e) => e.resource["id"] === "window-1")).toBe(true);
  });
});
