import i18next from "i18next";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { RESOURCES } from "#web/i18n/resources.ts";
import type { OutboxEntry } from "#web/offline/outbox-entry.ts";
import { outboxEntry } from "#web/offline/test-entries.ts";
import type { MyDiaryView } from "#web/offline/use-my-diary.ts";
import { SyncStatus } from "./SyncStatus.tsx";

function diaryWith(outbox: readonly OutboxEntry[]): MyDiaryView {
  return {
    ready: true,
    storageProblem: null,
    today: "2026-07-20",
    lateEntryDays: 7,
    days: new Map(),
    outbox,
    server: { phase: "fresh", at: new Date("2026-07-20T10:00:00.000Z") },
    online: true,
    save: async () => ({ ok: false, kind: "not-stored", reason: "unused" }),
    refresh: async () => undefined,
    sendNow: () => undefined,
  };
}

// The English words, as a reader whose language is English sees them.
const english = i18next.createInstance();
void english.init({ resources: RESOURCES, lng: "en", initAsync: false, interpolation: { escapeValue: false } });

const render = (outbox: readonly OutboxEntry[]) =>
  renderToStaticMarkup(
    createElement(I18nextProvider, { i18n: english }, createElement(SyncStatus, { diary: diaryWith(outbox), ownerName: "Pat Patient", onSignInAgain: () => undefined, onSignInAsOwner: () => undefined })),
  );

describe("SyncStatus", () => {
  it("asks this diary's owner, by name, to sign in again when another person is signed in, and says the days are kept", () => {
    const held = outboxEntry("2026-07-19", "h", "2026-07-19T21:00:00.000Z", "needs-attention", { kind: "other-account", message: "", issues: [] });
    const html = render([held]);
    expect(html).toContain("Sign in again as Pat Patient");
    // A renderer may or may not escape the apostrophe; the words are what matter.
    expect(html.replaceAll("&#x27;", "'")).toContain("1 saved day of Pat Patient's diary stay on this phone, not sent");
    expect(html).toContain(">Sign in as Pat Patient</button>");
  });

  it("says a day waits after a passing failure and offers to try now", () => {
    const retrying = outboxEntry("2026-07-19", "r", "2026-07-19T21:00:00.000Z", "pending", { kind: "retrying", message: "Cannot reach the Cephalog server.", issues: [] });
    const html = render([retrying]);
    expect(html).toContain("1 saved day on this phone, not sent yet");
    expect(html).toContain("Cannot reach the Cephalog server.");
    expect(html).toContain(">Try now</button>");
  });
});
