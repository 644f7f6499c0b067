import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WORKLIST_SORTS, WORKLIST_VIEWS } from "#contracts/api/worklist.ts";
import { PATHWAY_ACTIONS, PATHWAY_STATES } from "#domain/pathway/pathway-status.ts";
import { ACTION_WORDS, STATE_WORDS, stateText } from "./pathway-words.ts";
import { DEFAULT_FILTERS, filtersFromSearch, searchOf, type WorklistFilters } from "./worklist-address.ts";

describe("the worklist's words", () => {
  it("has words for every state and action of the domain", () => {
    for (const state of PATHWAY_STATES) expect(STATE_WORDS[state]).toMatch(/^[A-Z]/);
    for (const action of PATHWAY_ACTIONS) expect(ACTION_WORDS[action]).toMatch(/^[A-Z]/);
  });

  it("names the cycle of a patient in treatment", () => {
    expect(stateText("in-treatment", 3)).toBe("In treatment, cycle 3");
    expect(stateText("eligible", null)).toBe("Eligible");
    expect(stateText("stopped", 4)).toBe("Stopped");
    expect(stateText("stopped", 2, "stop")).toBe("Stopped");
    expect(stateText("stopped", 2, "switch")).toBe("Stopped: switched treatment");
  });
});

describe("the worklist's address", () => {
  it("reads a view, search, filter, sort and page, and ignores what it does not know", () => {
    expect(filtersFromSearch("?view=overdue&q=ann&state=eligible&sort=name&dir=desc&page=3")).toEqual({ view: "overdue", q: "ann", state: "eligible", sort: "name", dir: "desc", page: 3 });
    expect(filtersFromSearch("?view=bogus&state=nope&sort=x&page=-2")).toEqual(DEFAULT_FILTERS);
    expect(searchOf(DEFAULT_FILTERS)).toBe("");
  });

  it("round-trips any filters through the address", () => {
    const filters: fc.Arbitrary<WorklistFilters> = fc.record({
      view: fc.constantFrom(...WORKLIST_VIEWS),
      state: fc.option(fc.constantFrom(...PATHWAY_STATES), { nil: null }),
      q: fc.string({ maxLength: 20 }),
      sort: fc.constantFrom(...WORKLIST_SORTS),
      dir: fc.constantFrom("asc" as const, "desc" as const),
      page: fc.integer({ min: 1, max: 500 }),
    });
    fc.assert(fc.property(filters, (f) => {
      expect(filtersFromSearch(searchOf(f))).toEqual(f);
    }));
  });
});
