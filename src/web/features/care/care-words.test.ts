import { describe, expect, it } from "vitest";
import { authorizationLine, decisionLine, recordedLine } from "./care-words.ts";

describe("care words", () => {
  it("puts an authorization in one line, leaving out what is not known", () => {
    expect(authorizationLine({ status: "approved", date: "2026-11-02", payer: "Acme Health", reference: "PA-1", validUntil: "2027-11-01" })).toBe(
      "Approved 2 Nov 2026 · Acme Health · reference PA-1 · valid until 1 Nov 2027",
    );
    expect(authorizationLine({ status: "requested", date: "2026-11-02", payer: null, reference: null, validUntil: null })).toBe("Requested 2 Nov 2026");
  });

  it("gives a pause its reassessment date", () => {
    expect(decisionLine({ decision: "pause", date: "2026-11-02", reassessOn: "2027-02-01" })).toBe("Pause treatment 2 Nov 2026 · reassess on 1 Feb 2027");
    expect(decisionLine({ decision: "continue", date: "2026-11-02", reassessOn: null })).toBe("Continue treatment 2 Nov 2026");
  });

  it("names the treatment a patient is switched to", () => {
    expect(decisionLine({ decision: "switch", date: "2026-11-02", reassessOn: null, switchTo: "Erenumab (CGRP antibody)" })).toBe("Switch to another treatment 2 Nov 2026 · to Erenumab (CGRP antibody)");
    expect(decisionLine({ decision: "stop", date: "2026-11-02", reassessOn: null, switchTo: null })).toBe("Stop treatment 2 Nov 2026");
  });

  it("says who recorded a revision and why an update was made", () => {
    expect(recordedLine({ recordedBy: { name: "Sam Reed" }, revision: 1, changeReason: null }, "2 Nov")).toBe("Recorded by Sam Reed, 2 Nov");
    expect(recordedLine({ recordedBy: { name: "Sam Reed" }, revision: 2, changeReason: "Payer approved" }, "3 Nov")).toBe("Updated by Sam Reed, 3 Nov: Payer approved");
  });
});
