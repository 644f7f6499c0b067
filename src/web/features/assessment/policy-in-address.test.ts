import { describe, expect, it } from "vitest";
import { policyFromSearch, searchWithPolicy } from "./policy-in-address.ts";
import { asOfText } from "./as-of.ts";

describe("the policy in the page's address", () => {
  it.each([
    ["?policy=ehf-2018", "ehf-2018"],
    ["?policy=nice-ta260&x=1", "nice-ta260"],
    ["?policy=made-up", null],
    ["", null],
  ])("reads %s as %s", (search, policy) => {
    expect(policyFromSearch(search)).toBe(policy);
  });

  it("sets and removes the policy, keeping other parameters", () => {
    expect(searchWithPolicy("", "us-payer")).toBe("?policy=us-payer");
    expect(searchWithPolicy("?tab=diary", "nice-ta260")).toBe("?tab=diary&policy=nice-ta260");
    expect(searchWithPolicy("?policy=us-payer&tab=diary", null)).toBe("?tab=diary");
    expect(searchWithPolicy("?policy=us-payer", null)).toBe("");
  });
});

describe("the assessment date", () => {
  it("says when it is the patient's today", () => {
    expect(asOfText("2026-07-20", "2026-07-20")).toBe("As of 20 Jul 2026, the patient's today");
    expect(asOfText("2026-07-19", "2026-07-20")).toBe("As of 19 Jul 2026");
  });
});
