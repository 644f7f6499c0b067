import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reminderChannels } from "./reminder-channels-with-sms.ts";

describe("a reminder's channels with text messages", () => {
  it("pushes when a device takes it, texts when none does and the patient chose it, else emails", () => {
    const all = { push: true, email: true, sms: true };
    expect(reminderChannels(all, { devices: 2, emailAddress: true, textMessages: true })).toEqual({ push: true, sms: false, email: false });
    expect(reminderChannels(all, { devices: 0, emailAddress: true, textMessages: true })).toEqual({ push: false, sms: true, email: false });
    expect(reminderChannels({ ...all, push: false }, { devices: 2, emailAddress: true, textMessages: true })).toEqual({ push: false, sms: true, email: false });
    expect(reminderChannels({ ...all, sms: false }, { devices: 0, emailAddress: true, textMessages: true })).toEqual({ push: false, sms: false, email: true });
    // No number, or no gateway on this server: email as before.
    expect(reminderChannels(all, { devices: 0, emailAddress: true, textMessages: false })).toEqual({ push: false, sms: false, email: true });
    expect(reminderChannels({ push: false, email: false, sms: true }, { devices: 0, emailAddress: false, textMessages: true })).toEqual({ push: false, sms: true, email: false });
    expect(reminderChannels({ push: false, email: false, sms: false }, { devices: 1, emailAddress: true, textMessages: true })).toEqual({ push: false, sms: false, email: false });
  });

  it("sends one nudge at most, and a text only when it was chosen and can be sent", () => {
    fc.assert(
      fc.property(fc.record({ push: fc.boolean(), email: fc.boolean(), sms: fc.boolean() }), fc.record({ devices: fc.nat(3), emailAddress: fc.boolean(), textMessages: fc.boolean() }), (settings, reach) => {
        const channels = reminderChannels(settings, reach);
        expect([channels.push, channels.sms, channels.email].filter(Boolean).length).toBeLessThanOrEqual(1);
        if (channels.sms) expect(settings.sms && reach.textMessages).toBe(true);
      }),
    );
  });
});
