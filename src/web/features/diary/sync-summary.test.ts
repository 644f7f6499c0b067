import { describe, expect, it } from "vitest";
import { ApiError } from "#web/app/api-error.ts";
import type { OutboxProblem } from "#web/offline/outbox-entry.ts";
import { outboxEntry } from "#web/offline/test-entries.ts";
import type { ServerFreshness } from "#web/offline/use-my-diary.ts";
import { fixedT } from "#web/i18n/fixed-t.ts";
import { summariseSync } from "./sync-summary.ts";

const fresh: ServerFreshness = { phase: "fresh", at: new Date("2026-07-20T10:00:00.000Z") };
const problem = (kind: OutboxProblem["kind"], message = ""): OutboxProblem => ({ kind, message, issues: [] });
const waiting = outboxEntry("2026-07-20", "w", "2026-07-20T09:00:00.000Z");

describe("summariseSync", () => {
  it("names the owner's held days first when the browser is signed in as someone else", () => {
    const held = outboxEntry("2026-07-19", "h", "2026-07-19T21:00:00.000Z", "needs-attention", problem("other-account"));
    expect(summariseSync([held, waiting], fresh, true)).toEqual({ kind: "other-account", held: 1 });
  });

  it("asks to sign in again when a send or the diary's load needed it", () => {
    const signIn = outboxEntry("2026-07-19", "s", "2026-07-19T21:00:00.000Z", "needs-attention", problem("sign-in"));
    expect(summariseSync([signIn], fresh, true).kind).toBe("sign-in");
    const stored: ServerFreshness = { phase: "stored", at: null, error: new ApiError("unauthenticated", "Not signed in", 401) };
    expect(summariseSync([], stored, true).kind).toBe("sign-in");
  });

  it("says offline with the count of days on the phone", () => {
    expect(summariseSync([waiting], fresh, false)).toEqual({ kind: "offline", waiting: 1 });
  });

  it("says the days wait after a passing failure, with its reason", () => {
    const retrying = outboxEntry("2026-07-19", "r", "2026-07-19T21:00:00.000Z", "pending", problem("retrying", "Cannot reach the Cephalog server."));
    expect(summariseSync([retrying, waiting], fresh, true)).toEqual({ kind: "retrying", waiting: 2, reason: "Cannot reach the Cephalog server." });
  });

  it("says sending while days wait without a failure, and nothing once all is sent", () => {
    expect(summariseSync([waiting], fresh, true)).toEqual({ kind: "sending", waiting: 1 });
    expect(summariseSync([outboxEntry("2026-07-20", "d", "2026-07-20T09:00:00.000Z", "sent")], fresh, true)).toEqual({ kind: "none" });
  });

  it("does not count a refused day as waiting", () => {
    const refused = outboxEntry("2026-07-19", "x", "2026-07-19T21:00:00.000Z", "needs-attention", problem("refused", "no"));
    expect(summariseSync([refused], fresh, true)).toEqual({ kind: "none" });
  });
});

describe("the diary's sync words", () => {
  it.each([
    ["en", 1, "1 saved day"],
    ["en", 2, "2 saved days"],
    ["es", 1, "1 día guardado"],
    ["es", 3, "3 días guardados"],
  ] as const)("%s, %i -> %s", (language, count, text) => {
    expect(fixedT(language, "offline")("diaryStatus.savedDays", { count })).toBe(text);
  });

  it("words an offline phone's waiting days with the right verb in both languages", () => {
    const en = fixedT("en", "offline");
    const es = fixedT("es", "offline");
    expect(en("diaryStatus.offlineWaiting", { count: 1, days: en("diaryStatus.savedDays", { count: 1 }) })).toBe("1 saved day is on this phone, not sent yet.");
    expect(es("diaryStatus.offlineWaiting", { count: 2, days: es("diaryStatus.savedDays", { count: 2 }) })).toBe("2 días guardados están en este teléfono, sin enviar.");
  });
});
