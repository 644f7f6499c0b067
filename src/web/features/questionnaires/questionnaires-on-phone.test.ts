import { describe, expect, it } from "vitest";
import type { QuestionnaireEntry } from "./questionnaire-outbox.ts";
import { questionnairesToShow } from "./questionnaires-on-phone.ts";

const NOW = new Date("2026-07-20T12:00:00.000Z");

function entry(id: string, state: QuestionnaireEntry["state"], recordedAt: string, sentAt: string | null = null): QuestionnaireEntry {
  return {
    id,
    patientId: "p1",
    state,
    attempts: 0,
    problem: null,
    sentAt,
    result: null,
    payload: { date: recordedAt.slice(0, 10), instrument: "HIT-6", responses: [], score: null, a: null, b: null, recordedAt },
  } as unknown as QuestionnaireEntry;
}

describe("questionnairesToShow", () => {
  it("lists every unsent questionnaire and those sent in the last day, newest first", () => {
    const shown = questionnairesToShow(
      [
        entry("old-sent", "sent", "2026-07-10T09:00:00.000Z", "2026-07-10T09:01:00.000Z"),
        entry("waiting", "pending", "2026-07-18T09:00:00.000Z"),
        entry("refused", "needs-attention", "2026-07-19T09:00:00.000Z"),
        entry("just-sent", "sent", "2026-07-20T08:00:00.000Z", "2026-07-20T08:00:05.000Z"),
      ],
      NOW,
    );
    expect(shown.map((e) => e.id)).toEqual(["just-sent", "refused", "waiting"]);
  });
});
