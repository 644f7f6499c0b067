import { describe, expect, it } from "vitest";
import type { MyReminders } from "#contracts/api/reminders.ts";
import { badFields, badTimes, bodyFromForm, formFromSettings } from "./reminder-form.ts";

const SETTINGS: MyReminders = { patientId: "0193a000-0000-7000-8000-000000000001", timeZone: "Europe/London", saved: true, diary: true, diaryTime: "20:00", visits: false, questionnaires: true, quietHours: null, push: true, email: false, language: "en", sms: false, smsNumber: null, smsAvailable: false };

describe("the reminders form", () => {
  it("shows the saved settings and sends them back unchanged, in the app's language", () => {
    const form = formFromSettings(SETTINGS);
    expect(form).toEqual({ kinds: ["diary", "questionnaires"], diaryTime: "20:00", quietOn: false, quietStart: "22:00", quietEnd: "08:00", channels: ["push"], smsNumber: "", smsOffered: false });
    expect(bodyFromForm(form, "es")).toEqual({ diary: true, diaryTime: "20:00", visits: false, questionnaires: true, quietHours: null, push: true, email: false, language: "es" });
  });

  it("sends quiet hours only when on, and names each time that is not HH:MM", () => {
    const form = { ...formFromSettings({ ...SETTINGS, quietHours: { start: "23:00", end: "06:30" } }), diaryTime: "8pm", quietEnd: "" };
    expect(bodyFromForm(form, "en").quietHours).toEqual({ start: "23:00", end: "" });
    expect(badTimes(form)).toEqual(["diaryTime", "quietHours.end"]);
    expect(badTimes({ ...form, quietOn: false, diaryTime: "19:45" })).toEqual([]);
  });

  it("offers text messages only where the server sends them, and sends nothing of SMS otherwise", () => {
    const stored = { ...SETTINGS, sms: true, smsNumber: "+447700900123" };
    const without = formFromSettings(stored);
    expect(without.channels).toEqual(["push"]);
    expect(bodyFromForm(without, "en")).not.toHaveProperty("sms");
    expect(bodyFromForm(without, "en")).not.toHaveProperty("smsNumber");
    expect(badFields({ ...without, smsNumber: "nonsense" })).toEqual([]);

    const offered = formFromSettings({ ...stored, smsAvailable: true });
    expect(offered.channels).toEqual(["push", "sms"]);
    expect(offered.smsNumber).toBe("+447700900123");
    expect(bodyFromForm(offered, "en")).toMatchObject({ sms: true, smsNumber: "+447700900123" });
  });

  it("sends the number as typed, stops text messages when it is cleared, and names a number that is not international", () => {
    const form = { ...formFromSettings({ ...SETTINGS, smsAvailable: true }), channels: ["sms" as const], smsNumber: " +44 7700 900123 " };
    expect(bodyFromForm(form, "en")).toMatchObject({ push: false, email: false, sms: true, smsNumber: "+44 7700 900123" });
    expect(badFields(form)).toEqual([]);
    expect(bodyFromForm({ ...form, smsNumber: "  " }, "en")).toMatchObject({ sms: false, smsNumber: null });
    expect(badFields({ ...form, smsNumber: "" })).toEqual([]);
    // Unchecked, the number is kept for next time but text messages stop.
    expect(bodyFromForm({ ...form, channels: [] }, "en")).toMatchObject({ sms: false, smsNumber: "+44 7700 900123" });
    expect(badFields({ ...form, smsNumber: "07700 900123", diaryTime: "8pm" })).toEqual(["diaryTime", "smsNumber"]);
  });
});
