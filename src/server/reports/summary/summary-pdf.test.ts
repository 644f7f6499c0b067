/**
 * The patient summary PDF read back (issue 10, Tests): its text extracted and compared with the
 * assessment the clinical core makes of the same record (headline, window counts, session units,
 * HIT-6 and MIDAS with grades, status, next date), the page count, the embedded font's glyphs,
 * and every page rendered to PNG under test-artifacts/pdf/ for people to look at.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePatientRecord, type ParsedPatientRecord } from "#contracts/patient-record.ts";
import type { Assessment } from "#domain/assess/assessment.ts";
import { addDays, plainDate } from "#domain/shared/plain-date.ts";
import { HIT6_GRADE_WORDS, MIDAS_GRADE_WORDS, CHRONIC_MIGRAINE_WORDS, OVERUSE_WORDS } from "./summary-labels.ts";
import { renderSummaryPdf, type SummaryPdf } from "./summary-pdf.ts";
import { longRecordJson } from "../../../../test/fixtures/reports/long-record.ts";
import { pdfText, type PdfText } from "../../../../test/reports/pdf-inspect.ts";
import type { Hit6Grade } from "#domain/questionnaires/hit6.ts";
import type { MidasGrade } from "#domain/questionnaires/midas.ts";
import { expectEveryGlyph, expectRendered } from "../../../../test/reports/pdf-expect.ts";


function parse(json: unknown): ParsedPatientRecord {
  const parsed = parsePatientRecord(json);
  if (!parsed.ok) throw new Error(`fixture does not parse: ${parsed.issues.map((issue) => issue.path).join(", ")}`);
  return parsed.value;
}

const fixture = (name: string) => parse(JSON.parse(readFileSync(new URL(`../../../../test/fixtures/assess/${name}.record.json`, import.meta.url), "utf8")));

async function render(parsed: ParsedPatientRecord, asOf = parsed.asOf ?? plainDate("2026-06-30")): Promise<{ out: SummaryPdf; text: PdfText }> {
  const out = await renderSummaryPdf(parsed.record, { asOf, policy: parsed.policy ?? "us-label", settings: parsed.settings });
  return { out, text: await pdfText(out.pdf) };
}

/** Checks every figure the page shows against the assessment it was made from. */
function expectFiguresOfAssessment(text: PdfText, assessment: Assessment): void {
  const { response } = assessment;
  if (response.status === "evaluated") {
    const figure = response.percentReduction as number;
    expect(text.lines).toContain(`${figure >= 0 ? `${figure}% fewer` : `${-figure}% more`} headache days than at baseline`);
    expect(text.flat).toContain(`Two-cycle evaluation: ${response.evaluationHeadacheDays} headache days in the evaluation window ${response.evaluationWindow?.start} – ${response.evaluationWindow?.end} against ${response.baselineHeadacheDays} in the baseline`);
    expect(text.flat).toContain(`≥ 30% fewer: ${response.responder30 === true ? "yes" : "no"} · ≥ 50% fewer: ${response.responder50 === true ? "yes" : "no"}.`);
  }
  // The calendar's rows: W3, W2, W1 with their counts (headache, migraine, acute medication).
  for (const [index, window] of assessment.windows.slice(0, 3).entries()) {
    const row = `W${index + 1} ${window.start} – ${window.end.slice(5)}`;
    const line = text.lines.find((l) => l.startsWith(row));
    expect(line, row).toBeDefined();
    expect(line?.endsWith(`${window.headacheDays} ${window.migraineDays} ${window.acuteMedicationDays}`), `${row}: ${line}`).toBe(true);
  }
  for (const [index, check] of assessment.injectionChecks.entries()) {
    expect(text.lines.some((line) => line.startsWith(`${index + 1} ${check.date} ${check.totalUnits} U ${check.sites} `)), `session ${check.date}`).toBe(true);
  }
  expect(text.flat).toContain(`Chronic migraine (ICHD-3 1.3): ${CHRONIC_MIGRAINE_WORDS[assessment.chronicMigraine.status]}`);
  expect(text.flat).toContain(`Medication overuse (ICHD-3 8.2): ${OVERUSE_WORDS[assessment.medicationOveruse.status]}`);
  if (assessment.treatment !== null) expect(text.flat).toContain(`Next session due ${assessment.treatment.nextDue}`);
}



describe("the patient summary PDF", () => {
  it("puts the two-cycle response first and every figure as the assessment has it (responder, US label)", async () => {
    const { out, text } = await render(fixture("responder-two-cycles"));
    expect(out.assessment.response.status).toBe("evaluated");
    expect(text.pageCount).toBe(1);
    // The headline comes before the chart and the calendar.
    const headline = text.lines.findIndex((line) => line.startsWith("60% fewer"));
    expect(headline).toBeGreaterThan(-1);
    expect(headline).toBeLessThan(text.lines.findIndex((line) => line.startsWith("Headache, migraine and acute-medication days per 28 days")));
    expectFiguresOfAssessment(text, out.assessment);
    expect(text.flat).toContain("US label advises: continue: at least 50% fewer headache days.");
    expectEveryGlyph(text.text);
    expectRendered(out.pdf, "responder-two-cycles", 1);
  });

  it("keeps two years of diary and eight sessions to two pages, with HIT-6 and MIDAS graded", async () => {
    const { out, text } = await render(parse(longRecordJson()));
    expect(out.assessment.injectionChecks).toHaveLength(8);
    expect(text.pageCount).toBeLessThanOrEqual(2);
    expectFiguresOfAssessment(text, out.assessment);
    expect(text.flat).toContain("the latest 26 windows; 1 earlier not shown");

    // The first score of each instrument and the latest three, with the assessment's score and grade.
    for (const instrument of ["HIT-6", "MIDAS"] as const) {
      const scored = out.assessment.questionnaires.filter((q) => q.instrument === instrument);
      for (const q of [scored[0], ...scored.slice(-3)]) {
        const words = instrument === "HIT-6" ? HIT6_GRADE_WORDS[q!.grade as Hit6Grade] : MIDAS_GRADE_WORDS[q!.grade as MidasGrade];
        expect(text.lines.some((line) => line.includes(`${q!.date} ${q!.score} ${words}`)), `${instrument} ${q!.date}`).toBe(true);
      }
    }
    // ≥, ≤ and − round-trip through the embedded font.
    expect(text.flat).toContain("needs ≥ 15 / ≥ 8");
    expect(text.flat).toContain("Intervals on time (≤ 91 days): 100% of 7 intervals.");
    expect(text.text).toMatch(/−\d/);
    expect(text.flat).toContain("eyelid droop, neck stiffness");
    expectEveryGlyph(text.text);
    expectRendered(out.pdf, "long-record", text.pageCount);
  });

  it("before the evaluation point, compares the last 28 days with the baseline and says so", async () => {
    const { out, text } = await render(fixture("responder-two-cycles"), plainDate("2026-04-20"));
    expect(out.assessment.response.status).toBe("too-early");
    expect(out.content.headline.kind).toBe("against-baseline");
    const w1 = out.assessment.windows[0]!;
    expect(text.flat).toContain(`Last 28 days (${w1.start} – ${w1.end}): ${w1.headacheDays} headache days,`);
    expect(text.flat).toContain(`: ${out.assessment.response.baselineHeadacheDays} headache days.`);
    expect(text.flat).toContain("Not yet the policy's evaluation: the two-cycle evaluation point is");
    expectFiguresOfAssessment(text, out.assessment);
    expectRendered(out.pdf, "responder-too-early", text.pageCount);
  });

  it("prints a very long identifier, or one in a script the font lacks, on one line the font can draw", async () => {
    const base = JSON.parse(readFileSync(new URL("../../../../test/fixtures/assess/responder-two-cycles.record.json", import.meta.url), "utf8")) as { patient: { id: string } };
    const long = await render(parse({ ...base, patient: { ...base.patient, id: "A".repeat(5000) } }));
    expect(long.text.pageCount).toBe(1);
    expect(long.text.flat).toContain(`Patient ${"A".repeat(39)}…`);
    const foreign = await render(parse({ ...base, patient: { ...base.patient, id: "患者-7" } }));
    expect(foreign.text.flat).toContain("Patient ??-7");
    expectEveryGlyph(foreign.text.text);
  });

  it("makes no comparison while the last 28 days still share days with the baseline (just after the first session)", async () => {
    const record = fixture("responder-two-cycles");
    const first = record.record.treatments[0]!.date;
    const { out, text } = await render(record, addDays(first, 5));
    expect(out.assessment.response.status).toBe("too-early");
    expect(out.content.headline.kind).toBe("last-28-days");
    expect(out.content.headline.percentReduction).toBeNull();
    expect(text.flat).toContain("No comparison with the baseline yet: the last 28 days still include days of the baseline");
    expect(text.flat).not.toMatch(/\d+% (fewer|more) headache days/);
  });

  it("shows a red side effect's hold on the first page, and an untreated patient's last 28 days", async () => {
    const red = await render(fixture("red-flag-side-effect"));
    expect(red.out.assessment.sideEffects.some((report) => report.holdNextDose)).toBe(true);
    expect(red.text.pages[0]!.join(" ")).toContain("Next dose held: red side-effect report on");
    expectFiguresOfAssessment(red.text, red.out.assessment);
    expectRendered(red.out.pdf, "red-flag-side-effect", red.text.pageCount);

    const untreated = await render(fixture("eligible-chronic"));
    expect(untreated.out.content.headline.kind).toBe("last-28-days");
    const w1 = untreated.out.assessment.windows[0]!;
    expect(untreated.text.lines).toContain(`${w1.headacheDays} headache days in the last 28 days`);
    expect(untreated.text.flat).toContain("No treatment session yet.");
    expectFiguresOfAssessment(untreated.text, untreated.out.assessment);
    expectRendered(untreated.out.pdf, "eligible-chronic", untreated.text.pageCount);
  });
});
