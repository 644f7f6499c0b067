import { describe, expect, it } from "vitest";
import type { MyReminders } from "#contracts/api/reminders.ts";
import { badTimes, bodyFromForm, formFromSettings } from "./reminder-form.ts";

const SETTINGS: MyReminders = { patientId: "0193a000-0000-7000-8000-000000000001", timeZone: "Europe/London", saved: true, diary: true, diaryTime: "20:00", visits: false, questionnaires: true, quietHours: null, push: true, email: false, language: "en" };

describe("the reminders form", () => {
  it("shows the saved settings and sends them back unchanged, in the app's language", () => {
    const form = formFromSettings(SETTINGS);
    expect(form).toEqual({ kinds: ["diary", "questionnaires"], diaryTime: "20:00", quietOn: false, quietStart: "22:00", quietEnd: "08:00", channels: ["push"] });
    expect(bodyFromForm(form, "es")).toEqual({ diary: true, diaryTime: "20:00", visits: false, questionnaires: true, quietHours: null, push: true, email: false, language: "es" });
  });

  it("sends quiet hours only when on, and names each time that is not HH:MM", () => {
    const form = { ...formFromSettings({ ...SETTINGS, quietHours: { start: "23:00", end: "06:30" } }), diaryTime: "8pm", quietEnd: "" };
    expect(bodyFromForm(form, "en").quietHours).toEqual({ start: "23:00", end: "" });
    expect(badTimes(form)).toEqual(["diaryTime", "quietHours.end"]);
    expect(badTimes({ ...form, quietOn: false, diaryTime: "19:45" })).toEqual([]);
  });
});
