import { describe, expect, it } from "vitest";
import { checkInEntry, reportEntry } from "#web/offline/side-effects-test-entries.ts";
import { fixedT } from "#web/i18n/fixed-t.ts";
import { sendStateOf, unstoredSendState } from "./send-state.ts";

const t = fixedT("en", "sideEffects");
const context = { online: true, ownerName: "Pat Patient", at: (instant: string) => `at ${instant.slice(11, 16)}`, t };
const AT = "2026-07-20T13:02:00.000Z";

describe("whether a report reached the clinic, in words", () => {
  it("says when the clinic received a sent report", () => {
    const sent = reportEntry("r1", AT, ["bruising"], "sent", null, { sentAt: "2026-07-20T13:03:00.000Z", receipt: { id: "r1", level: "green", receivedAt: "2026-07-20T14:02:00.000Z", holdsNextSession: false, callBackBy: null } });
    expect(sendStateOf(sent, context)).toEqual({ tone: "ok", text: "Sent to your clinic at 14:02", action: "none" });
  });

  it("says when a check-in answer was sent", () => {
    expect(sendStateOf(checkInEntry("c1", AT, "s1", 7, "sent", { sentAt: "2026-07-20T13:05:00.000Z" }), context).text).toBe("Sent to your clinic at 13:05");
  });

  it("says a report waits on the phone while offline", () => {
    expect(sendStateOf(reportEntry("r1", AT), { ...context, online: false })).toEqual({ tone: "warn", text: "Saved on this phone, will send when you are online", action: "none" });
  });

  it("says it is being sent while online", () => {
    expect(sendStateOf(reportEntry("r1", AT), context).text).toBe("Saved on this phone, sending…");
  });

  it("says why the last try failed and that it tries again by itself", () => {
    const retrying = reportEntry("r1", AT, ["bruising"], "pending", { kind: "retrying", message: "Cannot reach the Cephalog server. Check the connection and try again.", issues: [] });
    expect(sendStateOf(retrying, context).text).toBe("Saved on this phone, not sent yet: Cannot reach the Cephalog server. Check the connection and try again. It tries again by itself");
  });

  it("asks the person to sign in again, or names the phone's patient when someone else is signed in", () => {
    const signIn = reportEntry("r1", AT, ["bruising"], "needs-attention", { kind: "sign-in", message: "", issues: [], at: AT });
    expect(sendStateOf(signIn, context)).toMatchObject({ tone: "error", action: "sign-in" });
    const other = reportEntry("r1", AT, ["bruising"], "needs-attention", { kind: "other-account", message: "", issues: [], at: AT });
    expect(sendStateOf(other, context)).toMatchObject({ tone: "error", action: "owner", text: expect.stringContaining("once Pat Patient signs in again") });
  });

  it("asks the person to call the clinic when its server refused the report", () => {
    const refused = reportEntry("r1", AT, ["bruising"], "needs-attention", { kind: "refused", message: "Some answers need changing.", issues: [], code: "validation_failed" });
    expect(sendStateOf(refused, context)).toEqual({ tone: "error", text: "Not taken by your clinic's server: Some answers need changing. Please call your clinic to tell them", action: "call" });
  });
});

describe("a report this phone could not store", () => {
  const at = (instant: string) => `at ${instant.slice(11, 16)}`;

  it("says it is being saved, then sent straight to the clinic when the phone cannot keep it", () => {
    expect(unstoredSendState({ phase: "saving" }, at, t).text).toBe("Saving on this phone…");
    expect(unstoredSendState({ phase: "sending-direct", reason: "this phone's storage is full" }, at, t).text).toBe("Not saved on this phone (this phone's storage is full). Sending it to your clinic now…");
    expect(unstoredSendState({ phase: "sent-direct", reason: "this phone's storage is full", receipt: { id: "r1", level: "red", receivedAt: AT, holdsNextSession: true, callBackBy: null } }, at, t)).toEqual({ tone: "ok", text: "Sent to your clinic at 13:02", action: "none" });
  });

  it("asks the person to call the clinic when it was neither kept nor sent", () => {
    expect(unstoredSendState({ phase: "lost", reason: "this phone's storage is full", message: "Cannot reach the Cephalog server." }, at, t)).toEqual({
      tone: "error",
      text: "Not saved on this phone (this phone's storage is full) and not sent: Cannot reach the Cephalog server. Please call your clinic to tell them",
      action: "call",
    });
    expect(unstoredSendState({ phase: "refused-here", message: "Some answers need changing." }, at, t).action).toBe("call");
  });
});

describe("in Spanish", () => {
  const es = fixedT("es", "sideEffects");
  it("says the same states in natural Spanish", () => {
    const spanish = { ...context, at: (instant: string) => `a las ${instant.slice(11, 16)}`, t: es };
    expect(sendStateOf(reportEntry("r1", AT), { ...spanish, online: false }).text).toBe("Guardado en este teléfono, se enviará cuando tenga conexión");
    const other = reportEntry("r1", AT, ["bruising"], "needs-attention", { kind: "other-account", message: "", issues: [], at: AT });
    expect(sendStateOf(other, spanish).text).toContain("cuando Pat Patient vuelva a iniciar sesión");
    expect(unstoredSendState({ phase: "saving" }, spanish.at, es).text).toBe("Guardando en este teléfono…");
  });
});
