/**
 * whatIsMissing (issue 10 §2): one test per kind of gap, on records built day by day so each
 * count can be worked out by hand (pathway-rules §1-§5, §8).
 */
import { describe, expect, it } from "vitest";
import { headacheFreeDay, migraineDay } from "../diary/diary-builders.ts";
import { addDays, plainDate, type PlainDate } from "../shared/plain-date.ts";
import type { DiaryDay, PatientRecord, PolicyId, PreventiveTrial, QuestionnaireAnswers } from "../shared/record.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import { GAP_KINDS, type GapKind, type PacketGap } from "./packet-gap.ts";
import { whatIsMissing } from "./what-is-missing.ts";

const d = plainDate;
/** One character a day: M migraine (6 h, moderate, features), m the same with a relieving triptan, T 5 h mild, S 2 h mild, 0 no headache, . not recorded. */
function diary(from: string, pattern: string, until: string): DiaryDay[] {
  const days: DiaryDay[] = [];
  for (let offset = 0, date = d(from); date <= d(until); offset += 1, date = addDays(d(from), offset)) {
    const code = pattern[offset % pattern.length];
    if (code === "M") days.push(migraineDay(date));
    else if (code === "m") days.push(migraineDay(date, { medications: [{ name: "sumatriptan", class: "triptan", relief: true }] }));
    else if (code === "T") days.push({ date, headache: true, hours: 5, severity: 1 });
    else if (code === "S") days.push({ date, headache: true, hours: 2, severity: 1 });
    else if (code === "0") days.push(headacheFreeDay(date));
  }
  return days;
}

// 28 recorded; 18 with headache, 16 headache days (>= 4 h), 10 migraine days.
const ELIG = "MMMMMMmmmmTTTTTTSS0000000000";
// 14 with headache, 14 headache days, 8 migraine days: episodic.
const EPISODIC = "MMMMMMMMTTTTTT00000000000000";
// 16 with headache but 8 headache days (8 of 2 h), 4 migraine days: half the baseline's 16.
const HALVED = "MMMMTTTTSSSSSSSS000000000000";
// 10 triptan days in every window: overuse suspected (§4).
const TRIPTAN = "mmmmmmmmmmTTTTTT000000000000";

const AS_OF = d("2026-07-20"); // W1 2026-06-23..2026-07-20, W2 ..2026-06-22, W3 2026-04-28..2026-05-25
const FAILED: PreventiveTrial[] = [
  { name: "topiramate", class: "antiepileptic", start: d("2024-01-01"), end: d("2024-04-01"), outcome: "ineffective" },
  { name: "propranolol", class: "beta-blocker", start: d("2024-05-01"), end: d("2024-08-01"), outcome: "ineffective" },
  { name: "amitriptyline", class: "antidepressant", start: d("2024-09-01"), end: d("2024-09-20"), outcome: "not-tolerated" },
];
const scores = (date: PlainDate): QuestionnaireAnswers[] => [
  { instrument: "HIT-6", date, responses: [3, 3, 3, 3, 3, 3] },
  { instrument: "MIDAS", date, responses: [5, 3, 4, 2, 6] },
];

function record(over: Partial<PatientRecord> = {}): PatientRecord {
  return {
    patient: { id: "p1", birthDate: d("1980-05-10") },
    history: { botulinumHypersensitivity: false, injectionSiteInfection: false },
    diary: diary("2026-04-28", ELIG, "2026-07-20"),
    preventives: FAILED,
    treatments: [],
    otherToxinDoses: [],
    questionnaires: scores(d("2026-07-01")),
    sideEffectReports: [],
    ...over,
  };
}

const initial = (r: PatientRecord, policy: PolicyId = "us-payer", asOf = AS_OF): PacketGap[] => whatIsMissing(r, { asOf, policy, settings: DEFAULT_SETTINGS }, "initial");
const texts = (gaps: readonly PacketGap[]) => gaps.map((gap) => gap.text);
const kinds = (gaps: readonly PacketGap[]) => gaps.map((gap) => gap.kind);

describe("whatIsMissing, initial packet", () => {
  it("finds nothing missing in a complete record under every policy", () => {
    for (const policy of ["us-label", "us-payer", "nice-ta260", "ehf-2018"] as const) expect(initial(record(), policy), policy).toEqual([]);
  });

  it("asks for the birth date, and names the age when under 18", () => {
    expect(initial(record({ patient: { id: "p1" } }))).toEqual([{ kind: "birth-date", text: "the patient's birth date (the label needs age 18 or older)" }]);
    expect(initial(record({ patient: { id: "p1", birthDate: d("2010-01-01") } }))).toEqual([{ kind: "age", text: "age 18 or older (16 years on 2026-07-20)" }]);
  });

  it("names each incomplete window once, with its end date and the days so far", () => {
    // W1 holds 19 recorded days (9 missing at its end), so chronic migraine and headache days both need it.
    const r = record({ diary: diary("2026-04-28", ELIG, "2026-07-11") });
    expect(initial(r)).toEqual([{ kind: "diary-window", text: "20 recorded days in the window ending 2026-07-20 (19 so far)" }]);
    // NICE also needs overuse judged (all of W1-W3 complete) or managed.
    expect(texts(initial(r, "nice-ta260"))).toEqual([
      "20 recorded days in the window ending 2026-07-20 (19 so far)",
      "medication overuse judged once W1–W3 are complete, or recorded as managed in the history",
    ]);
  });

  it("names each ICHD-3 1.3 threshold a complete window misses, with the count", () => {
    const gaps = initial(record({ diary: [...diary("2026-04-28", ELIG, "2026-06-22"), ...diary("2026-06-23", EPISODIC, "2026-07-20")] }));
    expect(kinds(gaps)).toEqual(["chronic-migraine-days", "headache-days"]);
    expect(texts(gaps)).toEqual([
      "15 days with headache in the window ending 2026-07-20 (14 recorded)",
      "15 headache days of 4 hours or more in the window ending 2026-07-20 (14 recorded)",
    ]);
  });

  it("names headache days of at least 4 hours apart from days with any headache", () => {
    // 20 with headache, 10 migraine days, but 6 of them only 2 h: 14 headache days.
    const gaps = initial(record({ diary: [...diary("2026-04-28", ELIG, "2026-06-22"), ...diary("2026-06-23", "MMMMMMMMMMTTTTSSSSSS00000000", "2026-07-20")] }));
    expect(gaps).toEqual([{ kind: "headache-days", text: "15 headache days of 4 hours or more in the window ending 2026-07-20 (14 recorded)" }]);
  });

  it("asks for each unanswered contraindication, and names one that is present", () => {
    expect(initial(record({ history: { injectionSiteInfection: false } }))).toEqual([{ kind: "contraindication-answer", text: "an answer on hypersensitivity to botulinum toxins" }]);
    expect(kinds(initial(record({ history: undefined })))).toEqual(["contraindication-answer", "contraindication-answer"]);
    expect(initial(record({ history: { botulinumHypersensitivity: true, injectionSiteInfection: false } }))).toEqual([
      { kind: "contraindication", text: "no contraindication (hypersensitivity to a botulinum toxin is recorded)" },
    ]);
  });

  it("asks for the preventive history when none was given, only where the policy needs it", () => {
    expect(initial(record({ preventives: undefined }))).toEqual([
      { kind: "preventive-history", text: "the preventive history (each preventive tried with its dates and outcome, or that none was)" },
    ]);
    expect(initial(record({ preventives: undefined }), "us-label")).toEqual([]);
  });

  it("names the next preventive class or drug the policy needs, and a trial too short to count", () => {
    const one = [FAILED[0] as PreventiveTrial];
    expect(initial(record({ preventives: one }))).toEqual([{ kind: "preventives-failed", text: "a second preventive class that failed (1 counted: antiepileptic)" }]);
    const short: PreventiveTrial = { name: "Candesartan", class: "arb-ace", start: d("2025-01-01"), end: d("2025-02-15"), outcome: "ineffective" };
    expect(texts(initial(record({ preventives: [...one, short] }), "nice-ta260"))).toEqual([
      "a second and a third preventive drug that failed (1 counted: topiramate; Candesartan counts once its trial reaches 60 days (45 recorded))",
    ]);
    expect(texts(initial(record({ preventives: [] }), "ehf-2018"))).toEqual(["a first and a second preventive drug that failed (none counted yet)"]);
  });

  it("asks for overuse to be managed under NICE when it is suspected", () => {
    const r = record({ diary: diary("2026-04-28", TRIPTAN, "2026-07-20") });
    expect(initial(r, "nice-ta260")).toEqual([{ kind: "overuse-managed", text: "medication overuse managed (suspected: triptan in each of W1–W3), recorded in the history once it is" }]);
    expect(initial({ ...r, history: { ...r.history, overuseManaged: true } }, "nice-ta260")).toEqual([]);
  });

  it("asks for a HIT-6 and a MIDAS on or before the packet's date", () => {
    const later = record({ questionnaires: scores(d("2026-08-01")) });
    expect(initial(later)).toEqual([
      { kind: "questionnaire", text: "a HIT-6 dated on or before 2026-07-20" },
      { kind: "questionnaire", text: "a MIDAS dated on or before 2026-07-20 (the packet shows its five items)" },
    ]);
  });
});

// Sessions 2026-01-05 and 2026-03-30: baseline 2025-12-08..2026-01-04; two-cycle point 2026-06-21
// (F + 167), evaluation window 2026-05-25..2026-06-21.
const SESSIONS = [d("2026-01-05"), d("2026-03-30")].map((date) => ({ date, injections: [] }));
const RENEWAL_AS_OF = d("2026-06-21");
function treated(after: string, over: Partial<PatientRecord> = {}): PatientRecord {
  return record({
    diary: [...diary("2025-12-08", ELIG, "2026-01-04"), ...diary("2026-01-05", after, "2026-06-21")],
    treatments: SESSIONS,
    questionnaires: [...scores(d("2026-01-01")), ...scores(d("2026-06-01"))],
    ...over,
  });
}
const renewal = (r: PatientRecord, policy: PolicyId = "nice-ta260", asOf = RENEWAL_AS_OF): PacketGap[] => whatIsMissing(r, { asOf, policy, settings: DEFAULT_SETTINGS }, "renewal");

describe("whatIsMissing, renewal", () => {
  it("finds nothing missing when the response meets the policy (50% fewer: AHS and NICE alike)", () => {
    expect(renewal(treated(HALVED))).toEqual([]);
    expect(renewal(treated(HALVED), "us-payer")).toEqual([]);
  });

  it("asks for a first session", () => {
    expect(renewal(record())).toEqual([{ kind: "session", text: "a first onabotulinumtoxinA session on or before 2026-06-21" }]);
  });

  it("names an incomplete baseline window, and a baseline without headache days", () => {
    const thin = treated(HALVED, { diary: [...diary("2025-12-08", "MMMMMMMMMM......................", "2026-01-04"), ...diary("2026-01-05", HALVED, "2026-06-21")] });
    expect(renewal(thin)).toEqual([{ kind: "diary-window", text: "20 recorded days in the baseline window ending 2026-01-04 (10 so far)" }]);
    const free = treated(HALVED, { diary: [...diary("2025-12-08", "0", "2026-01-04"), ...diary("2026-01-05", HALVED, "2026-06-21")] });
    expect(renewal(free)).toEqual([{ kind: "baseline-headache-days", text: "headache days in the baseline window 2025-12-08 – 2026-01-04 (none recorded)" }]);
  });

  it("names the two-cycle point while it is ahead", () => {
    // The follow-up HIT-6 and MIDAS (2026-06-01) are after this date too.
    expect(renewal(treated(HALVED), "nice-ta260", d("2026-05-01"))).toEqual([
      { kind: "evaluation-point", text: "the two-cycle evaluation point, 2026-06-21 (the third session's eve or day 168)" },
      { kind: "questionnaire", text: "a HIT-6 after the first session on 2026-01-05" },
      { kind: "questionnaire", text: "a MIDAS after the first session on 2026-01-05" },
    ]);
  });

  it("names an incomplete evaluation window", () => {
    const r = treated(HALVED, { diary: [...diary("2025-12-08", ELIG, "2026-01-04"), ...diary("2026-01-05", HALVED, "2026-06-05")] });
    expect(renewal(r)).toEqual([{ kind: "diary-window", text: "20 recorded days in the evaluation window ending 2026-06-21 (12 so far)" }]);
  });

  it("names the policy's threshold against the reduction reached", () => {
    // 16 headache days at baseline and in the evaluation window: 0% fewer.
    expect(renewal(treated(ELIG))).toEqual([{ kind: "response", text: "30% fewer headache days than at baseline (0% at the evaluation window ending 2026-06-21; NICE TA260)" }]);
    expect(texts(renewal(treated(ELIG, { questionnaires: [] }), "us-payer"))).toEqual([
      "50% fewer headache days than at baseline, or HIT-6 down 5 points or more, or MIDAS improved (AHS rule) (0% at the evaluation window ending 2026-06-21; AHS 2021)",
      "a HIT-6 after the first session on 2026-01-05",
      "a MIDAS after the first session on 2026-01-05",
    ]);
  });

  it("names one more cycle under EHF below 30%", () => {
    expect(renewal(treated(ELIG), "ehf-2018")).toEqual([
      { kind: "response", text: "30% fewer headache days than at baseline after three cycles (0% at the evaluation window ending 2026-06-21; EHF 2018 allows one more cycle)" },
    ]);
  });

  it("names a reversion to episodic: NICE stops, EHF pauses", () => {
    // 6 headache days a window: 62.5% fewer, but W1-W3 (all after the first session) each under 10 days with headache.
    const low = treated("MMMMTT0000000000000000000000");
    expect(renewal(low)).toEqual([{ kind: "response", text: "continuing under NICE TA260, which stops once W1–W3 are each below 15 days with headache (reverted to episodic)" }]);
    expect(renewal(low, "ehf-2018")).toEqual([{ kind: "response", text: "treatment paused: reverted to episodic, reassess on 2026-07-28 (EHF 2018)" }]);
  });

  it("covers every kind of gap in the tests above", () => {
    const covered: GapKind[] = ["birth-date", "age", "diary-window", "chronic-migraine-days", "headache-days", "contraindication-answer", "contraindication",
      "preventive-history", "preventives-failed", "overuse-managed", "questionnaire", "session", "baseline-headache-days", "evaluation-point", "response"];
    expect([...covered].sort()).toEqual([...GAP_KINDS].sort());
  });
});
