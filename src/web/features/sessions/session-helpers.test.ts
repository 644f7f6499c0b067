import { describe, expect, it } from "vitest";
import type { SessionContext } from "#contracts/api/sessions.ts";
import { CHECKLIST_ITEM_IDS } from "#domain/injections/checklist.ts";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { instantFromLocal, localFromInstant } from "./clinic-time.ts";
import { chooseDraft, clearLocalDraft, readLocalDraft, writeLocalDraft, type DraftStorage } from "./draft-store.ts";
import { checkDraft } from "./session-check.ts";
import { previousSession } from "./SitesSection.tsx";
import { problemSentence } from "./session-words.ts";

const context: SessionContext = {
  today: "2026-12-03",
  asOf: "2026-12-03",
  previous: null,
  sideEffectsByMuscle: [],
  otherSessions: [{ id: "s-old", date: "2026-10-01", overrideReason: null, injections: preemptFixedInjections().map((i) => ({ ...i, followThePain: false })) }],
  otherToxinDoses: [],
  lots: [],
  injectors: [],
  settings: { maxSessionUnits: 195, cumulativeDoseWindowDays: 92, cumulativeDoseMaxUnits: 400, minIntervalDays: 77 },
  operations: { reconstitutionMaxHours: 24, lotExpiryWarningDays: 30 },
  timeZone: "Europe/London",
};
const complete = {
  date: "2026-12-30",
  injections: preemptFixedInjections(),
  vials: [{ lotId: "l1", lotNumber: "C1", vialUnits: 200 as const, expiry: "2027-06-30", vials: 1, diluentMl: 4 }],
  reconstitutedAt: "2026-12-30T08:30:00.000Z",
  givenAt: "2026-12-30T09:00:00.000Z",
  checklist: Object.fromEntries(CHECKLIST_ITEM_IDS.map((id) => [id, "no" as const])),
};

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe("the session screen's live check", () => {
  it("runs the domain's check over the draft and the server's context", () => {
    expect(checkDraft(complete, context, null).canSign).toBe(true);
    expect(checkDraft({ ...complete, vials: [] }, context, null).problems.map((p) => p.code)).toEqual(["no_vials"]);
  });

  it("counts the patient's other sessions for the interval, except the one being amended", () => {
    const early = { ...complete, date: "2026-11-01", reconstitutedAt: "2026-11-01T08:30:00.000Z", givenAt: "2026-11-01T09:00:00.000Z" };
    expect(checkDraft(early, context, null).problems.map((p) => p.code)).toEqual(["interval_too_short"]);
    expect(checkDraft(early, context, "s-old").problems).toEqual([]);
  });

  it("uses the context's today for a draft without a date", () => {
    const { date: _none, ...undated } = complete;
    expect(checkDraft(undated, context, null).injectionCheck.date).toBe("2026-12-03");
  });
});

describe("clinic times", () => {
  it("turns the clinic's wall-clock time into an instant and back, whatever the device's zone", () => {
    expect(instantFromLocal("2026-07-20", "09:30", "Europe/London")).toBe("2026-07-20T08:30:00.000Z");
    expect(localFromInstant("2026-07-20T08:30:00.000Z", "Europe/London")).toEqual({ date: "2026-07-20", time: "09:30" });
    expect(instantFromLocal("2026-07-20", "9:30", "Europe/London")).toBeNull();
    expect(instantFromLocal("2026-02-30", "09:30", "Europe/London")).toBeNull();
    expect(localFromInstant(null, "UTC")).toBeNull();
    expect(localFromInstant("not a time", "UTC")).toBeNull();
  });
});

describe("the draft kept on the tablet", () => {
  it("keeps, reads back and clears a draft", () => {
    const storage = memoryStorage();
    expect(writeLocalDraft(storage, "d1", { content: { needle: "30 G" }, baseVersion: 2, savedAt: 5, sent: false })).toBe(true);
    expect(readLocalDraft(storage, "d1")).toEqual({ content: { needle: "30 G" }, baseVersion: 2, savedAt: 5, sent: false });
    clearLocalDraft(storage, "d1");
    expect(readLocalDraft(storage, "d1")).toBeNull();
  });

  it("reads nothing from a garbled copy, and says when the tablet cannot store", () => {
    const storage = memoryStorage();
    storage.map.set("cephalog.session-draft.d1", "{not json");
    expect(readLocalDraft(storage, "d1")).toBeNull();
    storage.map.set("cephalog.session-draft.d1", JSON.stringify({ content: null, baseVersion: 1, savedAt: 1 }));
    expect(readLocalDraft(storage, "d1")).toBeNull();
    const full: DraftStorage = { getItem: () => null, setItem: () => { throw new Error("QuotaExceededError"); }, removeItem: () => undefined };
    expect(writeLocalDraft(full, "d1", { content: {}, baseVersion: 1, savedAt: 1, sent: false })).toBe(false);
  });

  it("opens unsent changes made on the server's current version, and only offers those made on an older one", () => {
    const local = { content: { needle: "30 G" }, baseVersion: 3, savedAt: 10, sent: false };
    expect(chooseDraft({ version: 3, state: "open" }, local)).toEqual({ use: "local", content: { needle: "30 G" } });
    expect(chooseDraft({ version: 4, state: "open" }, local)).toEqual({ use: "server-with-older-local", local });
    expect(chooseDraft({ version: 3, state: "open" }, { ...local, sent: true })).toEqual({ use: "server" });
    expect(chooseDraft({ version: 3, state: "signed" }, local)).toEqual({ use: "server" });
    expect(chooseDraft({ version: 3, state: "open" }, null)).toEqual({ use: "server" });
  });
});

describe("the previous session beside the map", () => {
  const withTwo = { ...context, otherSessions: [...context.otherSessions, { ...context.otherSessions[0]!, id: "s-new", date: "2026-12-20" }] };
  it("is the latest signed session before this one's date, never the session itself", () => {
    expect(previousSession(withTwo, null, "2026-12-30")?.date).toBe("2026-12-20");
    expect(previousSession(withTwo, "s-new", "2026-12-20")?.date).toBe("2026-10-01");
    expect(previousSession(withTwo, null, "2026-10-01")).toBeNull();
  });
});

describe("problemSentence", () => {
  it("makes a check's fragment a sentence", () => {
    expect(problemSentence("temporalis: 3 sites on the left")).toBe("Temporalis: 3 sites on the left.");
    expect(problemSentence("Record the vials.")).toBe("Record the vials.");
  });
});
