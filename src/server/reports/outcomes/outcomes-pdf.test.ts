/**
 * The clinic outcomes PDF read back (issue 10, Tests): on a cohort worked out by hand, every
 * figure and its n is on the page as the computation has it, the published figures are there with
 * their sources, unverified ones marked, and the plain statement that a clinic cohort is not a
 * trial; every character has a glyph, and every page is rendered to PNG under test-artifacts/pdf/.
 */
import { describe, expect, it } from "vitest";
import { clinicCohort } from "#domain/outcomes/cohort-tally.ts";
import type { CohortOptions } from "#domain/outcomes/cohort-patient.ts";
import { d, stretch, testRecord } from "#domain/outcomes/cohort-test-support.ts";
import { addDays } from "#domain/shared/plain-date.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { renderOutcomesPdf } from "./outcomes-pdf.ts";
import { pdfText } from "../../../../test/reports/pdf-inspect.ts";
import { expectEveryGlyph, expectRendered } from "../../../../test/reports/pdf-expect.ts";


const options: CohortOptions = { from: d("2026-01-01"), to: d("2026-06-30"), asOf: d("2026-06-30"), policy: "us-label", settings: DEFAULT_SETTINGS };
const repeated = (start: string, count: number, headacheDays: number) => Array.from({ length: count }, (_, i) => stretch(addDays(d(start), i * 28), headacheDays)).flat();

// The cohort of src/domain/outcomes/cohort-tally.test.ts: A responds (60%), B is too early, C does not (20%), D has no baseline, E is outside the range.
const records = [
  testRecord({ id: "a", sessions: ["2026-01-05", "2026-03-30", "2026-06-22"], diary: [...stretch("2025-12-08", 20), ...repeated("2026-01-05", 6, 8)], reports: [{ date: "2026-01-07", symptoms: ["neck-pain"] }] }),
  testRecord({ id: "b", sessions: ["2026-02-01", "2026-05-15"], diary: stretch("2026-01-04", 24) }),
  testRecord({ id: "c", sessions: ["2025-10-01", "2026-01-10", "2026-04-01"], diary: [...stretch("2025-09-03", 15), ...stretch("2026-02-18", 12)] }),
  testRecord({ id: "d", sessions: ["2026-03-01"], extraSites: { "2026-03-01": 8 }, reports: [{ date: "2026-03-04", symptoms: ["neck-pain", "difficulty-swallowing"] }] }),
  testRecord({ id: "e", sessions: ["2025-06-01"] }),
];



describe("the clinic outcomes PDF", () => {
  it("shows every figure with its n as the cohort computed it, beside the published figures", async () => {
    const figures = clinicCohort(records, options);
    const { pdf } = await renderOutcomesPdf(figures, { clinicName: "Test Clinic" });
    const text = await pdfText(pdf);
    expect(text.pageCount).toBeLessThanOrEqual(2);
    expect(text.flat).toContain("Test Clinic");
    expect(text.flat).toContain("Sessions 2026-01-01 – 2026-06-30 · as of 2026-06-30 · policy US label");

    // The headline figures, worked out by hand (cohort-tally.test.ts).
    expect(text.flat).toMatch(/4 8 60% patients treated sessions \(cycles\) intervals on time \(≤ 91 days\)/);
    expect(text.flat).toContain("3 new in the range 2 per patient; 160 U each n = 5 intervals");
    expect(text.flat).toMatch(/50% 50% −7\.5 ≥ 30% fewer headache days at two ≥ 50% fewer headache days at two mean change in headache days per/);
    expect(text.flat).toContain("n = 2 evaluated of 4 treated n = 2 evaluated of 4 treated n = 2; PREEMPT −8.4 (placebo −6.6)");

    // The charts: the clinic's bars with their counts, the published ones, and the cohort under each.
    expect(text.flat).toContain("Clinic, ≥ 30% fewer 50% (1 of 2)");
    expect(text.flat).toContain("Clinic, ≥ 50% fewer 50% (1 of 2)");
    expect(text.flat).toContain("PREEMPT ≥ 50%, onabotulinumtoxinA (Diener 2020) 44.8%");
    expect(text.flat).toContain("PREEMPT ≥ 50%, placebo (Diener 2020) 34.2%");
    expect(text.flat).toContain("PREEMPT ≥ 50%, onabotulinumtoxinA (Dodick 2010) * 47.1%");
    expect(text.flat).toContain("Clinic: n = 2 evaluated at two cycles of 4 treated patients.");
    expect(text.flat).toContain("Left out: 1 not yet at the two-cycle point; 1 baseline incomplete (fewer than 20 of 28 days recorded).");
    expect(text.flat).toContain("Clinic −7.5 days (n = 2)");
    expect(text.flat).toContain("PREEMPT pooled, onabotulinumtoxinA −8.4 days");
    expect(text.flat).toContain("PREEMPT pooled, placebo −6.6 days");
    expect(text.flat).toContain("Baseline mean: clinic 17.5 headache days; PREEMPT 19.9.");
    expect(text.flat).toContain("Clinic, intervals on time 60% (3 of 5)");
    expect(text.flat).toContain("Clinic, patients with an interval > 91 days 66.7% (2 of 3)");
    expect(text.flat).toContain("REPOSE, patients with a gap over 13 weeks (24 months) 79.1%");
    expect(text.flat).toContain("Clinic: n = 5 intervals ending in the range, mean 90.6 days; 3 patients with one.");
    expect(text.flat).toContain("Left out: 1 patient with no interval ending in the range (one session so far).");

    // Side effects per patient and per session, with the published rates per patient.
    expect(text.flat).toContain("Clinic, neck pain 50% (2 of 4)");
    expect(text.flat).toContain("PREEMPT pooled, neck pain 8.7%");
    expect(text.flat).toContain("neck pain green 2 of 4 patients (50%) 2 of 8 sessions (25%) PREEMPT 8.7% (placebo 2.7%); REPOSE 2.8%");
    expect(text.flat).toContain("difficulty swallowing red 1 of 4 patients (25%) 1 of 8 sessions (12.5%) —");
    expect(text.flat).toContain("Label table, musculoskeletal stiffness * 4%");
    expect(text.flat).toContain("Policy: US label. Its advice as of 2026-06-30 for the 2 patients evaluated: continue 1, stop 1.");

    // The statement, the sources, the unverified mark.
    expect(text.flat).toContain("A clinic cohort is not a trial.");
    expect(text.flat).toContain("The published figures are context, not a target or a test of the clinic's care.");
    expect(text.flat).toContain("clinical-facts.md §5.2: Dodick 2010 text [V]");
    expect(text.flat).toContain("* Unverified: recalled in clinical-facts.md ([R]), not read in a source;");
    expectEveryGlyph(text.text);
    expectRendered(pdf, "outcomes-hand-worked", text.pageCount);
  });

  it("says so when nobody is treated in the range, with no rate to show", async () => {
    const figures = clinicCohort(records, { ...options, from: d("2024-01-01"), to: d("2024-12-31"), asOf: d("2024-12-31") });
    expect(figures.patientsTreated).toBe(0);
    const { pdf } = await renderOutcomesPdf(figures, { clinicName: "Test Clinic" });
    const text = await pdfText(pdf);
    expect(text.flat).toContain("Clinic, ≥ 30% fewer no patient evaluated yet");
    expect(text.flat).toContain("Clinic no patient evaluated yet");
    expect(text.flat).toContain("Clinic, intervals on time no interval in the range");
    expect(text.flat).toContain("5 records read had no session in the range.");
    expect(text.flat).toContain("A clinic cohort is not a trial.");
    expectRendered(pdf, "outcomes-empty", text.pageCount);
  });
});
