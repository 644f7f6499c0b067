import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, plainDate, type PlainDate } from "../shared/plain-date.ts";
import { INSTRUMENTS } from "../shared/record.ts";
import { questionnairesDue, questionnaireSpans, type QuestionnaireDueInput } from "./questionnaire-due.ts";

const ORIGIN = plainDate("2026-01-01");
const day = (offset: number): PlainDate => addDays(ORIGIN, offset);

/** A patient on some day of a year: maybe treated, maybe eligible, with visits and questionnaires around today. */
const inputArb: fc.Arbitrary<QuestionnaireDueInput> = fc.record({
  today: fc.integer({ min: 100, max: 300 }).map(day),
  firstSessionDate: fc.option(fc.integer({ min: 0, max: 400 }).map(day), { nil: null }),
  eligible: fc.boolean(),
  visitDates: fc.array(fc.integer({ min: 0, max: 400 }).map(day), { maxLength: 4 }),
  recorded: fc.array(fc.record({ instrument: fc.constantFrom(...INSTRUMENTS), date: fc.integer({ min: 0, max: 400 }).map(day) }), { maxLength: 6 }),
  dueDays: fc.integer({ min: 0, max: 28 }),
});

describe("when questionnaires are due: invariants (fast-check)", () => {
  it("gives only spans that include today, each done by a questionnaire of its instrument inside it", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const span of questionnaireSpans(input)) {
          if (span.from !== null) expect(span.from <= input.today).toBe(true);
          if (span.to !== null) expect(input.today <= span.to).toBe(true);
          if (span.doneOn !== null) {
            expect(input.recorded.some((q) => q.instrument === span.instrument && q.date === span.doneOn)).toBe(true);
            if (span.from !== null) expect(span.from <= span.doneOn).toBe(true);
          }
        }
      }),
    );
  });

  it("clears an instrument once one is filled in today", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...INSTRUMENTS), (input, instrument) => {
        // Baselines count questionnaires before the first session; today is before it when one is due.
        const filled = { ...input, recorded: [...input.recorded, { instrument, date: input.today }] };
        expect(questionnairesDue(filled)).not.toContain(instrument);
      }),
    );
  });

  it("never makes more due when more questionnaires are recorded", () => {
    fc.assert(
      fc.property(inputArb, fc.record({ instrument: fc.constantFrom(...INSTRUMENTS), date: fc.integer({ min: 0, max: 400 }).map(day) }), (input, extra) => {
        const after = questionnairesDue({ ...input, recorded: [...input.recorded, extra] });
        for (const instrument of after) expect(questionnairesDue(input)).toContain(instrument);
      }),
    );
  });

  it("never removes a before-visit span when the clinic asks earlier (more due days)", () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 28 }), (input, more) => {
        const count = (i: QuestionnaireDueInput) => questionnaireSpans(i).filter((s) => s.reason === "before-visit").length;
        expect(count({ ...input, dueDays: input.dueDays + more })).toBeGreaterThanOrEqual(count(input));
      }),
    );
  });

  it("asks a baseline only before the first session, and nothing of a patient neither eligible nor booked", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const baseline = questionnaireSpans(input).filter((s) => s.reason === "baseline");
        if (input.firstSessionDate !== null && input.firstSessionDate <= input.today) expect(baseline).toEqual([]);
        const booked = input.visitDates.some((date) => date >= input.today);
        if (!input.eligible && !booked) expect(questionnaireSpans(input)).toEqual([]);
      }),
    );
  });

  it("does not depend on the order of visits or questionnaires", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const reversed = { ...input, visitDates: [...input.visitDates].reverse(), recorded: [...input.recorded].reverse() };
        expect(questionnaireSpans(reversed)).toEqual(questionnaireSpans(input));
      }),
    );
  });
});
