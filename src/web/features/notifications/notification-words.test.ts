import { describe, expect, it } from "vitest";
import { fixedT } from "#web/i18n/fixed-t.ts";
import { formatInstant } from "#web/ui/format.ts";
import { deliveryWords as deliveryWordsIn } from "./delivery-words.ts";
import { bellLabel } from "./NotificationBell.tsx";
import { countWords, stateWords } from "./OutboxCard.tsx";

describe("notifications in words", () => {
  it("names the bell with how many are unread", () => {
    expect(bellLabel(0)).toBe("Notifications, none unread");
    expect(bellLabel(3)).toBe("Notifications, 3 unread");
  });

  it("says whether a device's alerts get through, the newest news first", () => {
    const deliveryWords = (device: Parameters<typeof deliveryWordsIn>[0]) => deliveryWordsIn(device, fixedT("en", "account"), formatInstant);
    expect(deliveryWords({ lastSuccessAt: null, lastFailureAt: null, lastError: null })).toBe("No alert sent to it yet.");
    expect(deliveryWords({ lastSuccessAt: "2026-07-20T10:00:00.000Z", lastFailureAt: "2026-07-20T09:00:00.000Z", lastError: "push-503" })).toMatch(/^Last alert reached it /);
    expect(deliveryWords({ lastSuccessAt: "2026-07-20T08:00:00.000Z", lastFailureAt: "2026-07-20T09:00:00.000Z", lastError: "push-503" })).toMatch(/^Last alert did not get through \(.*, push-503\); Cephalog keeps trying\.$/);
  });

  it("says an outbox row's state and the counts by channel", () => {
    const base = { attempts: 0, nextAttemptAt: null, sentAt: null, failedAt: null, lastError: null };
    expect(stateWords({ ...base, state: "queued" })).toBe("Waiting");
    expect(stateWords({ ...base, state: "queued", attempts: 2, nextAttemptAt: "2026-07-20T10:00:30.000Z" })).toMatch(/^Retrying at /);
    expect(stateWords({ ...base, state: "failed", failedAt: "2026-07-20T10:00:30.000Z" })).toMatch(/^Given up /);
    expect(
      countWords([
        { channel: "email", state: "queued", count: 1 },
        { channel: "email", state: "sent", count: 3 },
        { channel: "web-push", state: "failed", count: 2 },
      ]),
    ).toEqual(["Email: 1 waiting, 3 sent", "Push: 2 given up"]);
  });
});
