/** The proposed ICD-10-CM code (ADR 0026): G43.709 / G43.719 by failed preventive classes. */
import { describe, expect, it } from "vitest";
import { judgeTrials } from "../eligibility/preventives-failed.ts";
import { plainDate as d } from "../shared/plain-date.ts";
import type { PreventiveTrial } from "../shared/record.ts";
import { DEFAULT_SETTINGS } from "../shared/settings.ts";
import { chronicMigraineIcd10 } from "./icd10-code.ts";

const trial = (name: string, cls: PreventiveTrial["class"], end: string, outcome: PreventiveTrial["outcome"] = "ineffective"): PreventiveTrial =>
  ({ name, class: cls, start: d("2025-01-01"), end: d(end), outcome });
const judged = (trials: PreventiveTrial[]) => judgeTrials(trials, d("2026-07-20"), DEFAULT_SETTINGS);

describe("chronicMigraineIcd10", () => {
  it("proposes G43.709 (not intractable) with fewer than two failed classes", () => {
    const proposal = chronicMigraineIcd10({ chronicMigraine: "met", trials: judged([trial("topiramate", "antiepileptic", "2025-04-01"), trial("valproate", "antiepileptic", "2025-04-01")]), auraDays: 0 });
    expect(proposal.code).toBe("G43.709");
    expect(proposal.meaning).toBe("chronic migraine without aura, not intractable, without status migrainosus");
    expect(proposal.because).toBe("preventives failed in 1 class (antiepileptic); intractable from 2 failed classes (treatment resistant)");
  });

  it("proposes G43.719 (intractable) from two failed classes; a trial under 60 days does not count", () => {
    const two = [trial("topiramate", "antiepileptic", "2025-04-01"), trial("propranolol", "beta-blocker", "2025-01-20", "not-tolerated")];
    expect(chronicMigraineIcd10({ chronicMigraine: "met", trials: judged(two), auraDays: 0 }).code).toBe("G43.719");
    const short = [trial("topiramate", "antiepileptic", "2025-04-01"), trial("propranolol", "beta-blocker", "2025-02-01")];
    expect(chronicMigraineIcd10({ chronicMigraine: "met", trials: judged(short), auraDays: 0 }).code).toBe("G43.709");
  });

  it("proposes no code when chronic migraine is not met or cannot be judged", () => {
    expect(chronicMigraineIcd10({ chronicMigraine: "not-met", trials: [], auraDays: 0 })).toMatchObject({ code: null, because: "chronic migraine is not met in the diary" });
    expect(chronicMigraineIcd10({ chronicMigraine: "insufficient-data", trials: [], auraDays: 2 })).toMatchObject({ code: null, auraDays: 2 });
  });
});
