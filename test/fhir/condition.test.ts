/**
 * The chronic-migraine Condition (docs/fhir.md): exported with the verdict of the diary (refuted when
 * not met, judged on the eve of the first session once treated) and the ICD-10-CM code of the
 * authorization packet's rule; imported by its local code only, every other Condition a warning
 * (review finding: an unrelated Condition's onset was read as chronic-migraine history).
 */
import { describe, expect, it } from "vitest";
import { parsePatientRecord, type ParsedPatientRecord } from "#contracts/patient-record.ts";
import { assess } from "#domain/assess/assess.ts";
import { addDays, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { bundleToRecord } from "#fhir/bundle-to-record.ts";
import { recordToBundle } from "#fhir/record-to-bundle.ts";
import { buildPacket } from "#server/reports/packet/packet-content.ts";
import { fhirProblems } from "./fhir-validator.ts";
import { DEFAULT_AS_OF, fixtures } from "./fixture-bundles.ts";

const AS_OF = plainDate("2026-07-20");
type Json = Record<string, unknown>;
interface BundleJson { entry: { fullUrl?: string; resource: Json }[] }

const migraineDay = (date: PlainDate, aura = false) => ({
  date, headache: true, hours: 6, severity: 2,
  features: { unilateral: true, pulsating: true, photophobia: true, phonophobia: true, nausea: true, ...(aura ? { aura: true } : {}) },
});

/** `days` days of diary ending on AS_OF, the first `headacheDaysPer28` of each 28 with migraine, aura on the first `auraDays` headache days. */
function diary(days: number, headacheDaysPer28: number, auraDays = 0) {
  return Array.from({ length: days }, (_, index) => {
    const date = addDays(AS_OF, index - days + 1);
    return index % 28 < headacheDaysPer28 ? migraineDay(date, index < auraDays) : { date, headache: false };
  });
}

function parse(input: Json): ParsedPatientRecord {
  const parsed = parsePatientRecord({ schema: "cephalog.patient-record/1", treatments: [], otherToxinDoses: [], questionnaires: [], sideEffectReports: [], ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const exported = (parsed: ParsedPatientRecord, asOf: PlainDate = AS_OF): BundleJson => JSON.parse(JSON.stringify(recordToBundle(parsed, { asOf }))) as BundleJson;
const conditionOf = (bundle: BundleJson) => bundle.entry.find((e) => e.resource["resourceType"] === "Condition")?.resource as Json;
const codesOf = (condition: Json) => (condition["code"] as { coding: { system: string; code: string }[] }).coding.map((c) => c.code);
const verificationOf = (condition: Json) => (condition["verificationStatus"] as { coding: { code: string }[] }).coding[0]?.code;

const contraindicationsAnswered = { botulinumHypersensitivity: false, injectionSiteInfection: false };
const oneFailedClass = [{ name: "topiramate", class: "antiepileptic", start: "2025-01-01", end: "2025-04-01", outcome: "ineffective" }];
const twoFailedClasses = [...oneFailedClass, { name: "propranolol", class: "beta-blocker", start: "2025-05-01", end: "2025-08-01", outcome: "ineffective" }];

/** One complete window of 19 headache days, fewer than three complete windows, no history date (the review's record). */
const oneWindow = parse({ asOf: AS_OF, policy: "us-label", patient: { id: "p-one-window", birthDate: "1980-01-01" }, history: contraindicationsAnswered, preventives: twoFailedClasses, diary: diary(28, 19) });

const hypertension: Json = {
  resourceType: "Condition", id: "htn",
  clinicalStatus: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-clinical", code: "active" }] },
  code: { coding: [{ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "I10", display: "Essential (primary) hypertension" }] },
  subject: { reference: "Patient/patient" },
  onsetDateTime: "2015-03-01",
};

describe("the exported chronic-migraine Condition", () => {
  it("is refuted when the diary does not meet chronic migraine: not on the problem list, no clinical status, no ICD-10-CM code", () => {
    const fixture = fixtures().find((f) => f.name === "episodic-14-days") as { parsed: ParsedPatientRecord };
    const asOf = fixture.parsed.asOf ?? DEFAULT_AS_OF;
    expect(assess(fixture.parsed.record, { asOf, policy: fixture.parsed.policy ?? "us-label", settings: fixture.parsed.settings }).chronicMigraine.status).toBe("not-met");
    const condition = conditionOf(exported(fixture.parsed, asOf));
    expect(verificationOf(condition)).toBe("refuted");
    expect(condition["clinicalStatus"]).toBeUndefined();
    expect(condition["category"]).toBeUndefined();
    expect(codesOf(condition)).toEqual(["chronic-migraine"]);
    expect(fhirProblems(condition)).toEqual([]);
  });

  it("is provisional without an ICD-10-CM code when the diary is too short", () => {
    const condition = conditionOf(exported(oneWindow));
    expect(verificationOf(condition)).toBe("provisional");
    expect(codesOf(condition)).toEqual(["chronic-migraine"]);
    expect(condition["clinicalStatus"]).toMatchObject({ coding: [{ code: "active" }] });
  });

  it("when met, carries G43.709, or G43.719 after failed preventives in two classes (the packet's rule)", () => {
    const met = (preventives: unknown[]) => parse({ patient: { id: "p-met" }, preventives, diary: diary(84, 19) });
    const one = conditionOf(exported(met(oneFailedClass)));
    expect(verificationOf(one)).toBe("confirmed");
    expect(one["code"]).toMatchObject({ coding: [{ code: "chronic-migraine" }, { system: "http://hl7.org/fhir/sid/icd-10-cm", code: "G43.709", display: "Chronic migraine without aura, not intractable, without status migrainosus" }] });
    expect(codesOf(conditionOf(exported(met(twoFailedClasses))))).toEqual(["chronic-migraine", "G43.719"]);
  });

  it("keeps the without-aura code when aura was recorded, with the packet's note that G43.E09 / G43.E19 may apply", () => {
    const withAura = conditionOf(exported(parse({ patient: { id: "p-aura" }, preventives: oneFailedClass, diary: diary(84, 19, 3) })));
    expect(codesOf(withAura)).toEqual(["chronic-migraine", "G43.709"]);
    expect((withAura["note"] as { text: string }[]).map((n) => n.text)).toContainEqual("Aura was recorded on 3 days in W1-W3: if the clinician diagnoses chronic migraine with aura, the ICD-10-CM code is G43.E09 or G43.E19 instead of G43.709.");
    const without = conditionOf(exported(parse({ patient: { id: "p-no-aura" }, diary: diary(84, 19) })));
    expect((without["note"] as { text: string }[]).some((n) => n.text.includes("Aura"))).toBe(false);
  });

  it("once treated, is judged on the eve of the first session: a responder is not refuted", () => {
    const fixture = fixtures().find((f) => f.name === "responder-two-cycles") as { parsed: ParsedPatientRecord };
    const asOf = fixture.parsed.asOf ?? DEFAULT_AS_OF;
    expect(assess(fixture.parsed.record, { asOf, policy: fixture.parsed.policy ?? "us-label", settings: fixture.parsed.settings }).chronicMigraine.status).toBe("not-met");
    const condition = conditionOf(exported(fixture.parsed, asOf));
    expect(verificationOf(condition)).not.toBe("refuted");
    expect((condition["note"] as { text: string }[])[0]?.text).toMatch(/as of \d{4}-\d{2}-\d{2}, the eve of the first session\.$/);
  });

  it.each(fixtures().map((f) => [f.name, f] as const))("%s: its ICD-10-CM code is the packet's (initial before treatment, renewal after)", (_name, fixture) => {
    const asOf = fixture.parsed.asOf ?? DEFAULT_AS_OF;
    const options = { asOf, policy: fixture.parsed.policy ?? "us-label", settings: fixture.parsed.settings } as const;
    const treated = fixture.parsed.record.treatments.some((session) => session.date <= asOf);
    const packet = buildPacket(fixture.parsed.record, { ...options, kind: treated ? "renewal" : "initial" });
    const icd10 = codesOf(conditionOf(exported(fixture.parsed, asOf))).filter((code) => code.startsWith("G43"));
    expect(icd10).toEqual(packet.content.diagnosis.code === null ? [] : [packet.content.diagnosis.code]);
  });
});

describe("importing Conditions", () => {
  it("does not read another Condition's onset as chronic-migraine history, and names it in the warnings", () => {
    const options = { asOf: AS_OF, policy: "us-label", settings: oneWindow.settings } as const;
    const before = assess(oneWindow.record, options);
    expect([before.chronicMigraine.status, before.eligibility.status]).toEqual(["insufficient-data", "insufficient-data"]);

    const bundle = exported(oneWindow);
    bundle.entry.push({ fullUrl: "https://other.example/fhir/Condition/htn", resource: hypertension });
    const imported = bundleToRecord(bundle);
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    expect(imported.ignored).toEqual([`entry[${bundle.entry.length - 1}].resource`]);
    expect(imported.record["history"]).toEqual(contraindicationsAnswered);

    const reparsed = parsePatientRecord(imported.record);
    if (!reparsed.ok) throw new Error(JSON.stringify(reparsed.issues));
    const after = assess(reparsed.value.record, options);
    expect([after.chronicMigraine.status, after.eligibility.status]).toEqual(["insufficient-data", "insufficient-data"]);
  });

  it("reads the onset of its own Condition by its code, whatever its id (the server rewrites ids)", () => {
    const attested = parse({ patient: { id: "p-attested" }, history: { chronicMigraineSince: "2024-01-01" }, diary: diary(28, 19) });
    const bundle = exported(attested);
    const condition = conditionOf(bundle);
    condition["id"] = "3f2b0c3e-5b7a-5d0e-9a57-2d1f4c8e6b10";
    bundle.entry.unshift({ resource: hypertension });
    const imported = bundleToRecord(bundle);
    expect(imported).toMatchObject({ ok: true, ignored: ["entry[0].resource"], record: { history: { chronicMigraineSince: "2024-01-01" } } });
  });

  it("refuses a second chronic-migraine Condition, naming its path", () => {
    const bundle = exported(oneWindow);
    bundle.entry.push({ resource: { ...conditionOf(bundle), id: "again", onsetDateTime: "2015-03-01" } });
    expect(bundleToRecord(bundle)).toEqual({ ok: false, issues: [{ path: `entry[${bundle.entry.length - 1}].resource`, message: "is a second chronic-migraine Condition (code https://cephalog.org/fhir/CodeSystem/condition|chronic-migraine); a Bundle holds at most one" }] });
  });
});
