import { describe, expect, it } from "vitest";
import { memoryOutboxStore } from "./outbox-store.ts";
import { notStoredMessage, saveOnPhone, storageFailureReason } from "./save-on-phone.ts";

const revision = { id: "0190f7a6-0000-7000-8000-000000000001", recordedAt: new Date("2026-07-20T09:00:00.000Z") };
const failingStore = (error: unknown) => ({
  add: async () => {
    throw error;
  },
});

describe("saveOnPhone", () => {
  it("stores a day's answers as a waiting revision of this patient", async () => {
    const store = memoryOutboxStore();
    const result = await saveOnPhone(store, "p1", "2026-07-20", { headache: true, hours: 5, severity: 2 }, revision);
    expect(result).toMatchObject({ ok: true, value: { id: revision.id, patientId: "p1", date: "2026-07-20", state: "pending" } });
    expect(await store.list("p1")).toHaveLength(1);
  });

  it("refuses answers the contract refuses, naming the field, and stores nothing", async () => {
    const store = memoryOutboxStore();
    const result = await saveOnPhone(store, "p1", "2026-07-20", { headache: true, severity: 2 }, revision);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.kind === "invalid" ? result.error.issues.map((issue) => issue.path) : result).toContain("hours");
    expect(await store.list("p1")).toEqual([]);
  });

  it.each([
    ["storage is full", new DOMException("quota", "QuotaExceededError"), "this phone's storage is full"],
    ["a private window blocks storage", new DOMException("blocked", "InvalidStateError"), "this browser does not let the diary store data (a private window can do this)"],
    ["storage is not allowed", new DOMException("denied", "SecurityError"), "this browser does not let the diary store data (a private window can do this)"],
    ["something else fails", new Error("disk I/O error"), "the phone's storage failed (disk I/O error)"],
  ])("says it was not saved, and why, when %s", async (_what, error, reason) => {
    const result = await saveOnPhone(failingStore(error), "p1", "2026-07-20", { headache: false }, revision);
    expect(result).toEqual({ ok: false, kind: "not-stored", reason });
  });
});

describe("notStoredMessage", () => {
  it("opens with what did not happen, then the reason", () => {
    expect(notStoredMessage(storageFailureReason(new DOMException("quota", "QuotaExceededError")))).toBe("Not saved on this phone: this phone's storage is full.");
  });
});
