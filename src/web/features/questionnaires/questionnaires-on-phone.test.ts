import { describe, expect, it } from "vitest";
import type { CachedQuestionnaires, QuestionnaireEntry } from "./questionnaire-outbox.ts";
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

describe("a questionnaire the clinic withdrew", () => {
  const copy = (fetchedAt: string, historyIds: string[]) =>
    ({ patientId: "p1", fetchedAt, answer: { patientId: "p1", today: "2026-07-20", due: [], hit6Wording: null, history: historyIds.map((id) => ({ id })) } }) as unknown as CachedQuestionnaires;

  it("leaves the phone's list once a copy fetched after it was sent no longer has it", () => {
    const sent = entry("withdrawn", "sent", "2026-07-20T08:00:00.000Z", "2026-07-20T08:00:05.000Z");
    const kept = entry("kept", "sent", "2026-07-20T09:00:00.000Z", "2026-07-20T09:00:05.000Z");
    expect(questionnairesToShow([sent, kept], NOW, copy("2026-07-20T11:00:00.000Z", ["kept"])).map((e) => e.id)).toEqual(["kept"]);
  });

  it("stays while the copy is older than its sending, and an unsent one always stays", () => {
    const sent = entry("just-sent", "sent", "2026-07-20T10:00:00.000Z", "2026-07-20T10:00:05.000Z");
    const waiting = entry("waiting", "pending", "2026-07-20T10:30:00.000Z");
    expect(questionnairesToShow([sent, waiting], NOW, copy("2026-07-20T09:00:00.000Z", [])).map((e) => e.id)).toEqual(["waiting", "just-sent"]);
  });
});
