/**
 * The preventive history in FHIR: the dose as MedicationStatement.dosage[0].text and back, and the
 * import reading only the MedicationStatements the preventive-history List references (review
 * finding: every MedicationStatement became a trial, whatever the List said, and any other List
 * was dropped without a word). Others are listed as ignored; a reference to nothing is an error.
 */
import { describe, expect, it } from "vitest";
import { parsePatientRecord } from "#contracts/patient-record.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import { bundleToRecord } from "./bundle-to-record.ts";
import { recordToBundle } from "./record-to-bundle.ts";

type Json = Record<string, unknown>;
interface Bundle { entry: { fullUrl?: string; resource: Json }[] }

const trials = [
  { name: "Topiramate", class: "antiepileptic", start: "2025-01-01", end: "2025-04-01", outcome: "ineffective", dose: "100 mg daily" },
  { name: "propranolol", class: "beta-blocker", start: "2025-05-01", end: "2025-08-01", outcome: "not-tolerated" },
];

function exportOf(preventives: unknown): Bundle {
  const parsed = parsePatientRecord({ patient: { id: "p1" }, preventives });
  if (!parsed.ok) throw new Error("invalid record");
  return JSON.parse(JSON.stringify(recordToBundle(parsed.value, { asOf: plainDate("2026-07-20") }))) as Bundle;
}

const indexOf = (bundle: Bundle, type: string, id: string) => bundle.entry.findIndex((e) => e.resource["resourceType"] === type && e.resource["id"] === id);
const resource = (bundle: Bundle, type: string, id: string) => (bundle.entry[indexOf(bundle, type, id)] as { resource: Json }).resource;
const listEntries = (bundle: Bundle) => resource(bundle, "List", "preventive-history")["entry"] as { item: { reference: string }; deleted?: boolean }[];

function imported(bundle: Bundle): { preventives: unknown; ignored: readonly string[] } {
  const result = bundleToRecord(bundle);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { preventives: result.record["preventives"], ignored: result.ignored };
}

describe("a preventive's dose in FHIR", () => {
  it("is the MedicationStatement's dosage[0].text, absent when the record has none, and comes back", () => {
    const bundle = exportOf(trials);
    expect(resource(bundle, "MedicationStatement", "preventive-1")["dosage"]).toEqual([{ text: "100 mg daily" }]);
    expect(resource(bundle, "MedicationStatement", "preventive-2")).not.toHaveProperty("dosage");
    expect(imported(bundle)).toEqual({ preventives: trials, ignored: [] });
  });

  it("reads a dosage without text as no dose, and names a text that is not a string", () => {
    const bundle = exportOf(trials);
    resource(bundle, "MedicationStatement", "preventive-1")["dosage"] = [{ sequence: 1 }];
    expect((imported(bundle).preventives as Json[])[0]).not.toHaveProperty("dose");
    resource(bundle, "MedicationStatement", "preventive-1")["dosage"] = [{ text: 100 }];
    const index = indexOf(bundle, "MedicationStatement", "preventive-1");
    expect(bundleToRecord(bundle)).toEqual({ ok: false, issues: [{ path: `entry[${index}].resource.dosage[0].text`, message: "must be a string" }] });
  });
});

describe("the preventive history is what its List references", () => {
  it("lists a MedicationStatement the List does not reference as ignored, not as a trial", () => {
    const bundle = exportOf(trials);
    bundle.entry.push({ resource: { resourceType: "MedicationStatement", id: "current-med", status: "active", medicationCodeableConcept: { text: "Lisinopril" }, subject: { reference: "Patient/patient" } } });
    const { preventives, ignored } = imported(bundle);
    expect(preventives).toEqual(trials);
    expect(ignored).toEqual([`entry[${bundle.entry.length - 1}].resource`]);
  });

  it("reads the trials in the List's order, skips entries marked deleted, and lists their statements", () => {
    const bundle = exportOf(trials);
    const entries = listEntries(bundle);
    entries.reverse();
    expect((imported(bundle).preventives as Json[]).map((t) => t["name"])).toEqual(["propranolol", "Topiramate"]);
    (entries[0] as { deleted?: boolean }).deleted = true;
    const { preventives, ignored } = imported(bundle);
    expect(preventives).toEqual([trials[0]]);
    expect(ignored).toEqual([`entry[${indexOf(bundle, "MedicationStatement", "preventive-2")}].resource`]);
  });

  it("gives no preventive history (not given) when no List says it, whatever MedicationStatements there are", () => {
    const bundle = exportOf(trials);
    bundle.entry.splice(indexOf(bundle, "List", "preventive-history"), 1);
    const { preventives, ignored } = imported(bundle);
    expect(preventives).toBeUndefined();
    expect(ignored).toEqual([indexOf(bundle, "MedicationStatement", "preventive-1"), indexOf(bundle, "MedicationStatement", "preventive-2")].map((i) => `entry[${i}].resource`));
  });

  it("keeps 'none tried' from an empty List while another List and a stray statement are listed", () => {
    const bundle = exportOf([]);
    bundle.entry.push({ resource: { resourceType: "List", id: "allergies", status: "current", mode: "snapshot", code: { text: "Allergies" } } });
    bundle.entry.push({ resource: { resourceType: "MedicationStatement", id: "m1", status: "active", medicationCodeableConcept: { text: "Lisinopril" }, subject: { reference: "Patient/patient" } } });
    const { preventives, ignored } = imported(bundle);
    expect(preventives).toEqual([]);
    expect(ignored).toEqual([`entry[${bundle.entry.length - 2}].resource`, `entry[${bundle.entry.length - 1}].resource`]);
  });

  it("follows references by the entries' fullUrl (urn:uuid) as well as relative ones", () => {
    const bundle = exportOf(trials);
    const statement = bundle.entry[indexOf(bundle, "MedicationStatement", "preventive-1")] as { fullUrl?: string };
    statement.fullUrl = "urn:uuid:0190a4c2-7f00-7000-8000-000000000001";
    (listEntries(bundle)[0] as { item: { reference: string } }).item.reference = statement.fullUrl;
    expect(imported(bundle)).toEqual({ preventives: trials, ignored: [] });
  });

  it("refuses a List entry that references nothing in the Bundle, naming its path (a trial is never lost silently)", () => {
    const bundle = exportOf(trials);
    (listEntries(bundle)[1] as { item: { reference: string } }).item.reference = "MedicationStatement/elsewhere";
    const list = indexOf(bundle, "List", "preventive-history");
    expect(bundleToRecord(bundle)).toEqual({ ok: false, issues: [{ path: `entry[${list}].resource.entry[1].item.reference`, message: "must reference a MedicationStatement in this Bundle" }] });
  });
});
