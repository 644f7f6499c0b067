import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE_TEXT_LASTS_MS, textMessageSendBy, textMessageTurn, VISIT_TEXT_STOPS_BEFORE_MS } from "./text-message-timeliness.ts";

const LONDON = "Europe/London";
const NIGHT = { start: "22:00", end: "07:00" };
const at = (iso: string) => Date.parse(iso);

describe("how long a reminder's text message makes sense", () => {
  it("a diary reminder: until the end of the patient's local day it fell due on, in their zone", () => {
    // 20:00 in London (summer) -> midnight in London.
    expect(textMessageSendBy({ kind: "diary", dueAtMs: at("2026-07-20T19:00:00Z") }, LONDON, null)).toBe(at("2026-07-20T23:00:00Z"));
    // 20:00 in Auckland on the 21st -> midnight there, the same UTC evening.
    expect(textMessageSendBy({ kind: "diary", dueAtMs: at("2026-07-21T08:00:00Z") }, "Pacific/Auckland", null)).toBe(at("2026-07-21T12:00:00Z"));
    // Moved past midnight by quiet hours ("Yesterday's diary is empty" at 07:00): true all that day.
    expect(textMessageSendBy({ kind: "diary", dueAtMs: at("2026-07-21T06:00:00Z") }, LONDON, null)).toBe(at("2026-07-21T23:00:00Z"));
    // The day the clocks go back is 25 hours long: still its midnight.
    expect(textMessageSendBy({ kind: "diary", dueAtMs: at("2026-10-25T19:00:00Z") }, LONDON, null)).toBe(at("2026-10-26T00:00:00Z"));
  });

  it("a visit reminder: until an hour before the visit; a questionnaire reminder: 12 hours", () => {
    expect(textMessageSendBy({ kind: "visit", dueAtMs: at("2026-07-20T08:00:00Z") }, LONDON, at("2026-07-21T08:00:00Z"))).toBe(at("2026-07-21T08:00:00Z") - VISIT_TEXT_STOPS_BEFORE_MS);
    expect(textMessageSendBy({ kind: "visit", dueAtMs: at("2026-07-20T08:00:00Z") }, LONDON, null)).toBe(at("2026-07-21T07:00:00Z"));
    expect(textMessageSendBy({ kind: "questionnaire", dueAtMs: at("2026-07-20T19:00:00Z") }, LONDON, null)).toBe(at("2026-07-20T19:00:00Z") + QUESTIONNAIRE_TEXT_LASTS_MS);
  });
});

describe("whether a waiting text goes now", () => {
  const london = { timeZone: LONDON, quietHours: NIGHT };

  it("goes outside quiet hours before its last instant, never at or after it", () => {
    const sendBy = at("2026-07-20T23:00:00Z");
    expect(textMessageTurn(at("2026-07-20T19:05:00Z"), sendBy, london)).toEqual({ action: "send" });
    expect(textMessageTurn(sendBy, sendBy, london)).toEqual({ action: "give-up", reason: "expired" });
    expect(textMessageTurn(at("2026-07-21T01:00:00Z"), sendBy, null)).toEqual({ action: "give-up", reason: "expired" });
  });

  it("in quiet hours, waits for their end when it still makes sense then, else is given up", () => {
    // 23:30 in London: quiet until 07:00 (06:00Z).
    const night = at("2026-07-20T22:30:00Z");
    expect(textMessageTurn(night, at("2026-07-21T08:00:00Z"), london)).toEqual({ action: "wait", untilMs: at("2026-07-21T06:00:00Z") });
    expect(textMessageTurn(night, at("2026-07-21T06:00:00Z"), london)).toEqual({ action: "give-up", reason: "expired-quiet-hours" });
    expect(textMessageTurn(night, at("2026-07-20T23:00:00Z"), london)).toEqual({ action: "give-up", reason: "expired-quiet-hours" });
    // The same instant is 23:30 in London but 08:30 in Tokyo: the patient's own zone decides.
    expect(textMessageTurn(night, at("2026-07-21T08:00:00Z"), { timeZone: "Asia/Tokyo", quietHours: NIGHT })).toEqual({ action: "send" });
    // No quiet hours, no waiting.
    expect(textMessageTurn(night, at("2026-07-21T08:00:00Z"), { timeZone: LONDON, quietHours: null })).toEqual({ action: "send" });
  });
});
