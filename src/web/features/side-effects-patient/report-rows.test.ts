import { describe, expect, it } from "vitest";
import type { MySideEffects } from "#contracts/api/side-effects.ts";
import { checkInEntry, reportEntry } from "#web/offline/side-effects-test-entries.ts";
import { fixedT } from "#web/i18n/fixed-t.ts";
import { myReportRows } from "./report-rows.ts";

const context = { online: false, ownerName: "Pat", at: (instant: string) => `at ${instant.slice(11, 16)}`, t: fixedT("en", "sideEffects") };
const serverReport = (id: string, receivedAt: string, status: MySideEffects["reports"][number]["status"]): MySideEffects["reports"][number] => ({ id, onsetDate: receivedAt.slice(0, 10), symptoms: ["eyelid-droop"], level: "amber", receivedAt, status });

describe("the patient's list of reports", () => {
  it("shows the server's reports with their status in plain words, newest first", () => {
    const rows = myReportRows([serverReport("a", "2026-07-10T09:00:00.000Z", "resolved"), serverReport("b", "2026-07-18T09:00:00.000Z", "in-hand")], [], context);
    expect(rows.map((row) => [row.id, row.state])).toEqual([
      ["b", "Your clinic is dealing with it"],
      ["a", "Closed by your clinic"],
    ]);
  });

  it("adds the reports still on this phone, triaged on the phone by the domain's rule, first when newest", () => {
    const rows = myReportRows([serverReport("a", "2026-07-10T09:00:00.000Z", "new")], [reportEntry("p", "2026-07-20T09:00:00.000Z", ["difficulty-swallowing", "bruising"])], context);
    expect(rows[0]).toMatchObject({ id: "p", level: "red", state: "Saved on this phone, will send when you are online", tone: "warn" });
    expect(rows[1]).toMatchObject({ id: "a", state: "Sent to your clinic" });
  });

  it("lists a report once when both the phone and the server have it (the server's status wins)", () => {
    const rows = myReportRows([serverReport("a", "2026-07-10T09:00:00.000Z", "acknowledged")], [reportEntry("a", "2026-07-10T08:59:00.000Z", ["eyelid-droop"], "sent")], context);
    expect(rows.map((row) => [row.id, row.state])).toEqual([["a", "Seen by your clinic"]]);
  });

  it("shows a report sent since the list was fetched as sent, with the server's level", () => {
    const sent = reportEntry("s", "2026-07-20T09:00:00.000Z", ["bruising"], "sent", null, { receipt: { id: "s", level: "green", receivedAt: "2026-07-20T09:01:00.000Z", holdsNextSession: false, callBackBy: null } });
    expect(myReportRows([], [sent], context)).toEqual([{ id: "s", onsetDate: "2026-07-20", symptoms: ["bruising"], level: "green", state: "Sent to your clinic", tone: "ok", at: "2026-07-20T09:01:00.000Z" }]);
  });

  it("leaves check-in answers out", () => {
    expect(myReportRows([], [checkInEntry("c", "2026-07-20T09:00:00.000Z")], context)).toEqual([]);
  });

  it("says each row's state in Spanish too", () => {
    const rows = myReportRows([serverReport("a", "2026-07-10T09:00:00.000Z", "in-hand")], [reportEntry("p", "2026-07-20T09:00:00.000Z", ["bruising"])], { ...context, t: fixedT("es", "sideEffects") });
    expect(rows.map((row) => row.state)).toEqual(["Guardado en este teléfono, se enviará cuando tenga conexión", "Su clínica se está ocupando"]);
  });
});
