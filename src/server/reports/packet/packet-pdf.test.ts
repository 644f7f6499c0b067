/**
 * The authorization packet read back (issue 10 §2 and Tests): its text extracted and compared with
 * the assessment of the same record (criteria, window counts, the ICD-10-CM code, the preventive
 * table, all five MIDAS items, the renewal's reduction against the policy's threshold), the
 * "what is missing" list on a draft's first page, and every page rendered to PNG under
 * test-artifacts/pdf/ for people to look at.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePatientRecord, type ParsedPatientRecord } from "#contracts/patient-record.ts";
import type { PacketKind } from "#domain/authorization/packet-gap.ts";
import { plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { PolicyId } from "#domain/shared/record.ts";
import type { DiaryProvenanceFacts } from "./packet-model.ts";
import { renderPacketPdf, type PacketPdf } from "./packet-pdf.ts";
import { pdfText, type PdfText } from "../../../../test/reports/pdf-inspect.ts";
import { expectEveryGlyph, expectRendered } from "../../../../test/reports/pdf-expect.ts";


type Json = Record<string, unknown>;
const fixtureJson = (name: string): Json => JSON.parse(readFileSync(new URL(`../../../../test/fixtures/assess/${name}.record.json`, import.meta.url), "utf8")) as Json;

/** HIT-6 and MIDAS at baseline and follow-up, with MIDAS items A and B. */
const SCORES = [
  { instrument: "HIT-6", date: "2025-12-20", responses: [4, 4, 3, 3, 4, 3] },
  { instrument: "MIDAS", date: "2025-12-20", responses: [6, 9, 11, 7, 5], a: 52, b: 7 },
  { instrument: "HIT-6", date: "2026-06-10", responses: [2, 2, 1, 2, 1, 1] },
  { instrument: "MIDAS", date: "2026-06-10", responses: [1, 3, 2, 4, 0], a: 24, b: 5 },
];

function parse(json: unknown): ParsedPatientRecord {
  const parsed = parsePatientRecord(json);
  if (!parsed.ok) throw new Error(`record does not parse: ${parsed.issues.map((issue) => `${issue.path} ${issue.message}`).join(", ")}`);
  return parsed.value;
}

interface Rendered { readonly out: PacketPdf; readonly text: PdfText }
async function render(json: Json, kind: PacketKind, policy: PolicyId, asOf: PlainDate, provenance?: DiaryProvenanceFacts): Promise<Rendered> {
  const parsed = parse(json);
  const out = await renderPacketPdf(parsed.record, { kind, asOf, policy, settings: parsed.settings, provenance });
  return { out, text: await pdfText(out.pdf) };
}



/** The five MIDAS items of the latest MIDAS, each with its days, then the total and items A and B. */
function expectMidasItems(text: PdfText, responses: readonly number[], a: number, b: number): void {
  const labels = ["1. Work or school missed", "2. Work or school productivity halved", "3. Household work missed", "4. Household productivity halved", "5. Family, social or leisure activities missed"];
  // The MIDAS table sits beside the scores, so its rows share lines with them: each row ends its line.
  const row = (words: string) => expect(text.lines.some((line) => line.endsWith(words)), words).toBe(true);
  labels.forEach((label, index) => row(`${label} ${responses[index]}`));
  row(`Total (items 1–5) ${responses.reduce((sum, n) => sum + n, 0)}`);
  row(`A. Headache days (not scored) ${a}`);
  row(`B. Pain, 0–10 (not scored) ${b}`);
}

describe("the initial authorization packet", () => {
  it("shows every criterion met with the diary's windows, the ICD-10-CM code, the preventives and all five MIDAS items", async () => {
    const json = { ...fixtureJson("eligible-chronic"), questionnaires: SCORES.slice(0, 2) };
    const { out, text } = await render(json, "initial", "us-payer", plainDate("2026-07-20"));
    expect(out.gaps).toEqual([]);
    expect(out.assessment.eligibility.status).toBe("eligible");
    expect(text.flat).not.toContain("what is missing");
    expect(text.flat).toContain("Eligible under US payer as of 2026-07-20.");
    // The checklist: each criterion of the policy, met, with the clinical core's evidence.
    expect(out.assessment.eligibility.criteria.map((c) => c.id)).toEqual(["age", "chronic-migraine", "headache-days", "no-contraindication", "preventives-failed"]);
    for (const criterion of out.assessment.eligibility.criteria) expect(text.flat).toContain(`met ${criterion.detail}`);
    // W1-W3 with their counts, as the assessment has them.
    for (const [index, w] of out.assessment.windows.slice(0, 3).entries()) {
      expect(text.lines).toContain(`W${index + 1} ${w.start} – ${w.end} ${w.daysRecorded} of 28 ${w.anyHeadacheDays} ${w.headacheDays} ${w.migraineDays} ${w.moderateSevereDays} ${w.acuteMedicationDays}`);
    }
    // Three failed classes: intractable (ADR 0026).
    expect(text.flat).toContain("ICD-10-CM G43.719: chronic migraine without aura, intractable, without status migrainosus");
    expect(text.flat).toContain("preventives failed in 3 classes (antidepressant, antiepileptic, beta-blocker)");
    expect(text.flat).toContain("Meets ICHD-3 1.3 chronic migraine. Days with headache / migraine days: W1 18 / 10, W2 18 / 10, W3 18 / 10");
    expect(text.flat).toContain("Medication overuse (ICHD-3 8.2): no overuse.");
    // The preventive table: drug, class, dose, dates, trial length, outcome, whether it counts.
    expect(text.lines).toContain("Topiramate antiepileptic not recorded 2024-01-01 2024-04-01 91 ineffective yes");
    expect(text.lines).toContain("propranolol beta-blocker not recorded 2024-05-01 2024-08-01 92 ineffective yes");
    expectMidasItems(text, [6, 9, 11, 7, 5], 52, 7);
    expect(text.flat).toContain("MIDAS of 2025-12-20: 38, grade IV, severe disability");
    expect(text.flat).toContain("HIT-6 2025-12-20 72 severe impact");
    // Provenance: not in a record file, so the packet says where it is kept and invents nothing.
    expect(text.flat).toContain("Diary days recorded in the windows above: 84 of 84");
    expect(text.flat).toContain("come from the clinic's Cephalog system");
    expect(text.flat).toContain("OnabotulinumtoxinA 155 U in 31 fixed sites, 5 U (0.1 mL) a site, by the PREEMPT paradigm; up to 195 U in 39 sites");
    expect(text.lines).toContain("procerus 1 midline 5 U none");
    expect(text.lines).toContain("trapezius 3 left, 3 right 30 U up to 4 (20 U)");
    expect(text.flat).toContain("≥ 15 headache days of ≥ 4 h (last 28 days) met");
    expectEveryGlyph(text.text);
    expectRendered(out.pdf, "packet-initial", text.pageCount);
  });

  it("proposes G43.709 with one failed class, and a draft lists what is missing on its first page", async () => {
    const base = fixtureJson("eligible-chronic");
    const json = { ...base, preventives: (base.preventives as Json[]).slice(0, 1) };
    const { out, text } = await render(json, "initial", "us-payer", plainDate("2026-07-20"));
    expect(out.content.diagnosis.code).toBe("G43.709");
    expect(text.flat).toContain("ICD-10-CM G43.709: chronic migraine without aura, not intractable, without status migrainosus");
    expect(out.gaps.map((g) => g.text)).toEqual([
      "a second preventive class that failed (1 counted: antiepileptic)",
      "a HIT-6 dated on or before 2026-07-20",
      "a MIDAS dated on or before 2026-07-20 (the packet shows its five items)",
    ]);
    const first = (text.pages[0] as readonly string[]).join(" ");
    expect(first).toContain("DRAFT: what is missing (3)");
    for (const gap of out.gaps) expect(first).toContain(gap.text);
    expect(first.indexOf("DRAFT: what is missing")).toBeLessThan(first.indexOf("Diagnosis"));
    expect(text.flat).toContain("Not eligible under US payer as of 2026-07-20. 3 items missing");
    expect(text.flat).toContain("HIT-6 and MIDAS (pathway-rules §9) None recorded.");
    expectRendered(out.pdf, "packet-initial-draft", text.pageCount);
  });

  it("proposes no code and names the short windows when the diary is incomplete", async () => {
    const { out, text } = await render(fixtureJson("incomplete-diary"), "initial", "nice-ta260", plainDate("2026-07-20"));
    expect(out.content.diagnosis.code).toBeNull();
    expect(text.flat).toContain("ICD-10-CM: no chronic-migraine code proposed");
    const incomplete = out.assessment.windows.slice(0, 3).filter((w) => !w.complete);
    expect(incomplete.length).toBeGreaterThan(0);
    for (const w of incomplete) expect(text.flat).toContain(`20 recorded days in the window ending ${w.end} (${w.daysRecorded} so far)`);
  });

  it("prints the clinic system's provenance figures when it has them", async () => {
    const json = { ...fixtureJson("eligible-chronic"), questionnaires: SCORES.slice(0, 2) };
    const facts: DiaryProvenanceFacts = { entries: 84, madeOnTheDay: 77, late: 7, fromApp: 80, imported: 4, selfKept: 0, enteredByStaff: 2 };
    const { text } = await render(json, "initial", "us-label", plainDate("2026-07-20"), facts);
    expect(text.flat).toContain("Entries made on the day they describe: 77 of 84 (91.7%); filled in afterwards and marked late: 7.");
    expect(text.flat).toContain("Source: the patient's app 80, imported 4, kept on the phone before joining 0; entered by clinic staff 2.");
    expect(text.flat).not.toContain("come from the clinic's Cephalog system");
  });

  it("shows each preventive's dose where the record gives one, and names the trials without one", async () => {
    const base = fixtureJson("eligible-chronic");
    const [topiramate, propranolol, amitriptyline] = base.preventives as Json[];
    const json = { ...base, questionnaires: SCORES.slice(0, 2), preventives: [{ ...topiramate, dose: "100 mg daily" }, { ...propranolol, dose: "80 mg twice daily" }, amitriptyline] };
    const { out, text } = await render(json, "initial", "us-payer", plainDate("2026-07-20"));
    expect(out.content.preventives?.map((p) => p.dose)).toEqual(["100 mg daily", "80 mg twice daily", "not recorded"]);
    expect(text.lines).toContain("Topiramate antiepileptic 100 mg daily 2024-01-01 2024-04-01 91 ineffective yes");
    expect(text.lines).toContain("propranolol beta-blocker 80 mg twice daily 2024-05-01 2024-08-01 92 ineffective yes");
    expect(text.lines).toContain("amitriptyline antidepressant not recorded 2024-09-01 2024-09-20 19 not tolerated yes");
    expect(text.flat).toContain("No dose is recorded for amitriptyline: record it on the trial in Cephalog, or write it here by hand.");
    expect(text.flat).not.toContain("Doses are not part of the patient-record format");
    // A dose is never a gap: payers' criteria ask for the failed trials, not their doses (clinical-facts §7.1).
    expect(out.gaps).toEqual([]);
    expectRendered(out.pdf, "packet-initial-doses", text.pageCount);

    const allDosed = await render({ ...json, preventives: [json.preventives[0], json.preventives[1], { ...amitriptyline, dose: "10 mg at night" }] }, "initial", "us-payer", plainDate("2026-07-20"));
    expect(allDosed.text.flat).not.toContain("No dose is recorded");
  });
});

describe("the renewal packet", () => {
  it("puts the evaluation window against the baseline with the percent reduction below NICE's 30%", async () => {
    const json = { ...fixtureJson("nice-non-responder"), questionnaires: SCORES };
    const { out, text } = await render(json, "renewal", "nice-ta260", plainDate("2026-06-21"));
    const { response } = out.assessment;
    expect(response.status).toBe("evaluated");
    expect(response.percentReduction).toBeLessThan(30);
    const baseline = response.baselineWindow!;
    const evaluation = response.evaluationWindow!;
    expect(text.flat).toContain(`Baseline ${baseline.start} – ${baseline.end} 28 of 28`);
    expect(text.lines.some((line) => line.startsWith(`Baseline ${baseline.start} – ${baseline.end}`) && line.includes(` ${response.baselineHeadacheDays} `))).toBe(true);
    expect(text.lines.some((line) => line.startsWith(`Evaluation ${evaluation.start} – ${evaluation.end}`) && line.includes(` ${response.evaluationHeadacheDays} `))).toBe(true);
    expect(text.flat).toContain(`Percent reduction in headache days: ${response.percentReduction}% · threshold ≥ 30% fewer headache days (NICE TA260): not reached`);
    expect(text.flat).toContain("NICE TA260 recommends: stop, because: fewer than 30% fewer headache days.");
    expect(out.gaps.map((g) => g.kind)).toEqual(["response"]);
    expect(text.pages[0]!.join(" ")).toContain(`30% fewer headache days than at baseline (${response.percentReduction}% at the evaluation window ending ${evaluation.end}; NICE TA260)`);
    expectMidasItems(text, [1, 3, 2, 4, 0], 24, 5);
    expect(text.flat).toContain("Last session 2026-03-30: 155 U in 31 sites (0 follow-the-pain).");
    expectEveryGlyph(text.text);
    expectRendered(out.pdf, "packet-renewal-nice-stop", text.pageCount);
  });

  it("shows a reduction that reaches the AHS 50% threshold, with nothing missing", async () => {
    const json = { ...fixtureJson("responder-two-cycles"), questionnaires: SCORES };
    const { out, text } = await render(json, "renewal", "us-label", plainDate("2026-06-30"));
    const { response } = out.assessment;
    expect(response.responder50).toBe(true);
    expect(out.gaps).toEqual([]);
    expect(text.flat).toContain(`${response.percentReduction}% fewer headache days than at baseline: reaches the threshold of 50%.`);
    expect(text.flat).toContain(`Percent reduction in headache days: ${response.percentReduction}% · threshold ≥ 50% fewer headache days, or HIT-6 down 5 points or more, or MIDAS improved (AHS rule) (AHS 2021): reached`);
    expect(text.flat).toContain("US label recommends: continue, because: at least 50% fewer headache days; HIT-6 fell by 5 or more; MIDAS improved.");
    expect(text.flat).toContain("HIT-6: 72 on 2025-12-20 to 54 on 2026-06-10");
    // The diagnosis treatment started on: as of the eve of the first session (one window of diary before it here).
    expect(text.flat).toContain("Before the first session (as of 2026-01-04): Chronic migraine cannot be judged: too little diary.");
    for (const [index, check] of out.assessment.injectionChecks.entries()) expect(text.lines.some((line) => line.startsWith(`${index + 1} ${check.date} ${check.totalUnits} U ${check.sites}`))).toBe(true);
    expect(text.flat).toContain("B: the baseline window; E: the evaluation window.");
    expectRendered(out.pdf, "packet-renewal-responder", text.pageCount);
  });
});
