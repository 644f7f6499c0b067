import { describe, expect, it } from "vitest";
import { plainDate } from "#domain/shared/plain-date.ts";
import type { MyQuestionnaireBody, ScoredQuestionnaireView } from "#contracts/api/questionnaires.ts";
import { ApiError } from "#web/app/api-error.ts";
import { dueOnPhone, type DueItem } from "./due-on-phone.ts";
import { memoryQuestionnaireStore, skipKey, type QuestionnaireEntry } from "./questionnaire-outbox.ts";
import { questionnaireBody, questionnaireEntriesToPrune, syncQuestionnaires } from "./questionnaire-sync.ts";
import { saveQuestionnaireOnPhone } from "./save-questionnaire-on-phone.ts";

const PATIENT = "0190f000-0000-7000-8000-000000000001";
const NOW = new Date("2026-03-05T09:00:00.000Z");
const made = (n: number) => ({ id: `0190f000-0000-7000-8000-00000000010${n}`, at: new Date(NOW.getTime() + n * 1000) });
const midas = { instrument: "MIDAS" as const, responses: [4, 3, 5, 2, 6], a: 40, b: 7 };
const scored = (body: MyQuestionnaireBody): ScoredQuestionnaireView => ({ id: body.id, instrument: body.instrument, date: body.date, score: 20, grade: "III", change: null, meaningfulImprovement: null, totalOnly: false });

describe("a questionnaire saved on the phone", () => {
  it("is checked by the server's contract first, naming the field, and stored only when valid", async () => {
    const store = memoryQuestionnaireStore();
    const refused = await saveQuestionnaireOnPhone(store, PATIENT, "2026-03-05", { instrument: "MIDAS", responses: [1, 2, 3, 4, 91] }, made(1));
    expect(refused.ok ? null : refused.kind === "invalid" ? refused.error.issues : refused).toEqual([{ path: "responses.4", message: "day count 5 must be a whole number 0-90" }]);
    const total = await saveQuestionnaireOnPhone(store, PATIENT, "2026-03-05", { instrument: "HIT-6", responses: [], score: 77 }, made(2));
    expect(total.ok ? null : total.kind === "invalid" ? total.error.issueFor("score") : null).toBe("is not a total six HIT-6 answers can add up to: check the sum");
    expect(await store.list(PATIENT)).toEqual([]);
    const saved = await saveQuestionnaireOnPhone(store, PATIENT, "2026-03-05", midas, made(3));
    expect(saved.ok).toBe(true);
    expect(await store.list(PATIENT)).toMatchObject([{ id: made(3).id, state: "pending", payload: { ...midas, date: "2026-03-05", score: null, recordedAt: made(3).at.toISOString() } }]);
  });

  it("is sent by its own id with its patient, and keeps the server's score", async () => {
    const store = memoryQuestionnaireStore();
    await saveQuestionnaireOnPhone(store, PATIENT, "2026-03-05", midas, made(1));
    const sent: MyQuestionnaireBody[] = [];
    const count = await syncQuestionnaires(PATIENT, { store, now: () => NOW, send: async (body) => (sent.push(body), scored(body)) }, { force: false, sessionConfirmedAt: 1 });
    expect(count).toBe(1);
    expect(sent).toEqual([{ id: made(1).id, patientId: PATIENT, instrument: "MIDAS", date: "2026-03-05", responses: midas.responses, score: null, a: 40, b: 7 }]);
    expect(await store.list(PATIENT)).toMatchObject([{ state: "sent", result: { score: 20, grade: "III" } }]);
  });

  it("stays on the phone through a failing network, and waits for the owner under another account", async () => {
    const store = memoryQuestionnaireStore();
    await saveQuestionnaireOnPhone(store, PATIENT, "2026-03-05", midas, made(1));
    const offline = async (): Promise<ScoredQuestionnaireView> => {
      throw new ApiError("network_unreachable", "Cannot reach the server.", 0);
    };
    await syncQuestionnaires(PATIENT, { store, now: () => NOW, send: offline }, { force: true, sessionConfirmedAt: 1 });
    expect(await store.list(PATIENT)).toMatchObject([{ state: "pending", problem: { kind: "retrying" }, failures: 1 }]);

    const otherAccount = async (): Promise<ScoredQuestionnaireView> => {
      throw new ApiError("account_mismatch", "Another account.", 409);
    };
    await syncQuestionnaires(PATIENT, { store, now: () => NOW, send: otherAccount }, { force: true, sessionConfirmedAt: 1 });
    const [held] = await store.list(PATIENT);
    expect(held).toMatchObject({ state: "needs-attention", problem: { kind: "other-account" } });
    expect(held?.problem?.message).toContain("the person who filled it in");
    // Nothing more is sent under that session; it goes once the owner's session is confirmed.
    let calls = 0;
    const server = async (body: MyQuestionnaireBody) => (calls++, scored(body));
    await syncQuestionnaires(PATIENT, { store, now: () => NOW, send: server }, { force: true, sessionConfirmedAt: NOW.getTime() - 60_000 });
    expect(calls).toBe(0);
    await syncQuestionnaires(PATIENT, { store, now: () => NOW, send: server }, { force: true, sessionConfirmedAt: NOW.getTime() + 1 });
    expect(calls).toBe(1);
  });

  it("forgets what was acknowledged over 30 days ago, never what is unsent", () => {
    const entry = (id: string, state: QuestionnaireEntry["state"], sentAt: string | null): QuestionnaireEntry => ({ id, patientId: PATIENT, payload: { ...midas, date: plainDate("2026-01-01"), score: null, recordedAt: "2026-01-01T09:00:00Z" }, state, attempts: 1, problem: null, sentAt, result: null });
    expect(questionnaireEntriesToPrune([entry("old", "sent", "2026-02-01T00:00:00Z"), entry("recent", "sent", "2026-03-01T00:00:00Z"), entry("unsent", "pending", null)], NOW)).toEqual(["old"]);
    expect(questionnaireBody(entry("x", "pending", null))).not.toHaveProperty("recordedAt");
  });
});

describe("what the Today card offers", () => {
  const due: DueItem[] = [
    { instrument: "HIT-6", reason: "before-visit", visitDate: "2026-03-10", form: "total" },
    { instrument: "MIDAS", reason: "before-visit", visitDate: "2026-03-10", form: "items" },
  ];
  const FETCHED = "2026-03-05T08:00:00.000Z";
  const entry = (instrument: "HIT-6" | "MIDAS", change: Partial<QuestionnaireEntry>): QuestionnaireEntry => ({
    id: "e",
    patientId: PATIENT,
    payload: { instrument, date: plainDate("2026-03-05"), responses: [], score: null, a: null, b: null, recordedAt: "2026-03-05T07:00:00.000Z" },
    state: "pending",
    attempts: 0,
    problem: null,
    sentAt: null,
    result: null,
    ...change,
  });

  it("leaves out what the phone filled in and the server's list cannot know of yet", () => {
    expect(dueOnPhone(due, [entry("MIDAS", {})], FETCHED, []).map((d) => d.instrument)).toEqual(["HIT-6"]);
    expect(dueOnPhone(due, [entry("MIDAS", { state: "sent", sentAt: "2026-03-05T08:30:00.000Z" })], FETCHED, []).map((d) => d.instrument)).toEqual(["HIT-6"]);
    // Sent before the list was fetched: the server's list already says whether it is due.
    expect(dueOnPhone(due, [entry("MIDAS", { state: "sent", sentAt: "2026-03-05T07:30:00.000Z" })], FETCHED, []).map((d) => d.instrument)).toEqual(["HIT-6", "MIDAS"]);
  });

  it("keeps one the server refused (it was not recorded) and drops a HIT-6 the patient has no form for", () => {
    const refused = entry("MIDAS", { state: "needs-attention", problem: { kind: "refused", message: "no", issues: [], code: "validation_failed" } });
    expect(dueOnPhone(due, [refused], FETCHED, []).map((d) => d.instrument)).toEqual(["HIT-6", "MIDAS"]);
    expect(dueOnPhone(due, [], FETCHED, [skipKey("HIT-6", "2026-03-10")]).map((d) => d.instrument)).toEqual(["MIDAS"]);
    // The next visit asks again.
    expect(dueOnPhone(due, [], FETCHED, [skipKey("HIT-6", "2025-12-10")]).map((d) => d.instrument)).toEqual(["HIT-6", "MIDAS"]);
  });
});
