import { describe, expect, it } from "vitest";
import { saveCheckInOnPhone, saveReportOnPhone } from "./save-side-effect-on-phone.ts";
import { memorySideEffectsStore } from "./side-effects-outbox-store.ts";

const MADE = { id: "0190f7a6-0000-7000-8000-000000000001", recordedAt: new Date("2026-07-20T09:00:00.000Z") };
const PATIENT = "0190f7a6-0000-7000-8000-0000000000aa";
const SESSION = "0190f7a6-0000-7000-8000-0000000000bb";
const draft = { onsetDate: "2026-07-19", symptoms: ["difficulty-swallowing"] as const, note: "  Since last night.  ", checkIn: null };

describe("saving a side-effect report on the phone", () => {
  it("stores it waiting to be sent, checked against the contract (note trimmed), before anything goes to the network", async () => {
    const store = memorySideEffectsStore();
    const result = await saveReportOnPhone(store, PATIENT, draft, MADE);
    expect(result.ok).toBe(true);
    const [entry] = await store.list(PATIENT);
    expect(entry).toMatchObject({ kind: "report", id: MADE.id, patientId: PATIENT, state: "pending", receipt: null, emergencyClosedAt: null });
    expect(entry?.payload).toEqual({ id: MADE.id, onsetDate: "2026-07-19", symptoms: ["difficulty-swallowing"], note: "Since last night.", recordedAt: "2026-07-20T09:00:00.000Z", checkIn: null });
  });

  it("keeps the check-in a report answers", async () => {
    const store = memorySideEffectsStore();
    await saveReportOnPhone(store, PATIENT, { ...draft, checkIn: { sessionId: SESSION, day: 7 } }, MADE);
    const [entry] = await store.list(PATIENT);
    expect(entry?.kind === "report" ? entry.payload.checkIn : null).toEqual({ sessionId: SESSION, day: 7 });
  });

  it("refuses a report without symptoms or with an overlong note, naming the field, and stores nothing", async () => {
    const store = memorySideEffectsStore();
    const empty = await saveReportOnPhone(store, PATIENT, { ...draft, symptoms: [] }, MADE);
    expect(empty.ok === false && empty.kind === "invalid" ? empty.error.issues.map((issue) => issue.path) : null).toEqual(["symptoms"]);
    const long = await saveReportOnPhone(store, PATIENT, { ...draft, note: "x".repeat(2001) }, MADE);
    expect(long.ok === false && long.kind === "invalid" ? long.error.issues.map((issue) => issue.path) : null).toEqual(["note"]);
    expect(await store.list(PATIENT)).toEqual([]);
  });

  it("says in words when the phone cannot store it, and still gives the report (to show its advice and try sending it)", async () => {
    const full = { add: async () => Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError")) };
    const result = await saveReportOnPhone(full, PATIENT, draft, MADE);
    expect(result).toMatchObject({ ok: false, kind: "not-stored", reason: "this phone's storage is full", entry: { id: MADE.id } });
  });
});

describe("saving a check-in's 'no problems' on the phone", () => {
  it("stores the answer to that session's day, waiting to be sent", async () => {
    const store = memorySideEffectsStore();
    const result = await saveCheckInOnPhone(store, PATIENT, { sessionId: SESSION, day: 7 }, MADE);
    expect(result.ok).toBe(true);
    const [entry] = await store.list(PATIENT);
    expect(entry).toMatchObject({ kind: "check-in", state: "pending", payload: { id: MADE.id, sessionId: SESSION, day: 7, answer: "no-problems", recordedAt: "2026-07-20T09:00:00.000Z" } });
  });
});
