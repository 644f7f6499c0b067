import { describe, expect, it } from "vitest";
import type { Me } from "#contracts/api/auth.ts";
import { SESSION_KEY, endedReason, sessionChangeNeedsRecheck } from "./session-cache.ts";

function patientMe(userId: string, patientId: string, name = "Pat"): Me {
  return {
    user: { id: userId, email: `${userId}@home.example`, name, twoFactorEnabled: false },
    memberships: [],
    patient: { clinicId: "c1", clinicName: "Riverside", patientId, name, birthDate: "1985-03-14", timeZone: "Europe/London", demo: false },
    signInWarning: null,
  };
}

const pat = patientMe("u1", "p1");
const sam = patientMe("u2", "p2", "Sam");
const change = (newValue: Me | null, key: string | null = SESSION_KEY) => ({ key, newValue: newValue ? JSON.stringify(newValue) : null });

describe("sessionChangeNeedsRecheck: whether another tab's change means asking the server who is signed in", () => {
  it.each([
    { what: "another tab signed out", event: change(null), current: pat, recheck: true },
    { what: "another person signed in in another tab", event: change(sam), current: pat, recheck: true },
    { what: "someone signed in while this tab shows the sign-in page", event: change(pat), current: null, recheck: true },
    { what: "the browser's storage was cleared", event: change(null, null), current: pat, recheck: true },
    { what: "another tab wrote the same person again (a name changed)", event: change(patientMe("u1", "p1", "Patricia")), current: pat, recheck: false },
    { what: "another key changed", event: change(sam, "something.else"), current: pat, recheck: false },
    { what: "a signed-out tab heard of a sign-out", event: change(null), current: null, recheck: false },
  ])("when $what, re-checks: $recheck", ({ event, current, recheck }) => {
    expect(sessionChangeNeedsRecheck(event, current)).toBe(recheck);
  });

  it("treats a value it cannot read as signed out", () => {
    expect(sessionChangeNeedsRecheck({ key: SESSION_KEY, newValue: "{not json" }, pat)).toBe(true);
  });
});

describe("endedReason: what the sign-in page says when a session ended without this tab's sign-out", () => {
  const staff: Me = { user: { id: "u9", email: "cal@riverside.example", name: "Cal", twoFactorEnabled: false }, memberships: [{ clinicId: "c1", clinicName: "Riverside", role: "clinician", roles: ["clinician"], permissions: [], demo: false, twoFactorRequired: false }], patient: null, signInWarning: null };

  it("says a patient was signed out in another tab, with their email to fill in", () => {
    expect(endedReason(pat, null, "elsewhere")).toEqual({ kind: "elsewhere", patient: true, email: "u1@home.example" });
  });

  it("says a staff member's session ended, without the diary's words", () => {
    expect(endedReason(staff, null, "ended")).toEqual({ kind: "ended", patient: false, email: "cal@riverside.example" });
  });

  it.each([
    { what: "nobody was signed in", before: null, after: null },
    { what: "the same person is still signed in", before: pat, after: pat },
    { what: "another person signed in", before: pat, after: sam },
  ])("says nothing when $what", ({ before, after }) => {
    expect(endedReason(before, after, "elsewhere")).toBeUndefined();
  });
});
