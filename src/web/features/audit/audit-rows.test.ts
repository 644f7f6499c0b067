import { describe, expect, it } from "vitest";
import type { AuditEventView } from "#contracts/api/audit.ts";
import { actionWords, actorWords, auditQueryOf, exportHref, formatAuditTime, NO_FILTERS, patientWords, rangeProblem, routeWords, whatWords } from "./audit-rows.ts";

const event = (overrides: Partial<AuditEventView>): AuditEventView => ({
  id: "e",
  at: "2026-12-07T09:00:00.000Z",
  kind: "read",
  action: "patient.read",
  entity: "patient",
  entityId: "p",
  route: "/api/clinics/:clinicId/patients/:patientId",
  method: "GET",
  ip: "127.0.0.1",
  actor: { id: "u", name: "Cal Clinician" },
  patient: { id: "p", name: "Pat Patient" },
  seq: 3,
  ...overrides,
});

describe("the audit log in words", () => {
  it("sends only the filters set, and links the export with them", () => {
    expect(auditQueryOf(NO_FILTERS)).toEqual({});
    expect(auditQueryOf({ patientId: "p", userId: "", from: "2026-12-01", to: "2026-12-07" })).toEqual({ patientId: "p", from: "2026-12-01", to: "2026-12-07" });
    expect(exportHref("c1", NO_FILTERS)).toBe("/api/clinics/c1/audit/export.csv");
    expect(exportHref("c1", { patientId: "p", userId: "u", from: "", to: "2026-12-07" })).toBe("/api/clinics/c1/audit/export.csv?patientId=p&userId=u&to=2026-12-07");
  });

  it("refuses a last day before the first, and takes one day or open ends", () => {
    expect(rangeProblem({ ...NO_FILTERS, from: "2026-12-05", to: "2026-12-01" })).toBe("must be on or after the first day");
    expect(rangeProblem({ ...NO_FILTERS, from: "2026-12-05", to: "2026-12-05" })).toBeNull();
    expect(rangeProblem({ ...NO_FILTERS, to: "2026-12-01" })).toBeNull();
  });

  it("shows times in the clinic's zone to the second, across a change of clock", () => {
    expect(formatAuditTime("2026-07-20T13:05:09.000Z", "Europe/London")).toBe("20 Jul 2026, 14:05:09");
    expect(formatAuditTime("2026-12-20T13:05:09.000Z", "Europe/London")).toBe("20 Dec 2026, 13:05:09");
    expect(formatAuditTime("2026-12-20T13:05:09.000Z", "America/New_York")).toBe("20 Dec 2026, 08:05:09");
  });

  it("says what happened, by whom, to whose data", () => {
    expect(actionWords("patient.read")).toBe("Opened the patient's data");
    expect(whatWords({ action: "clinic.read", route: "/api/clinics/:clinicId/worklist" })).toBe("Opened a list of patients");
    expect(whatWords({ action: "clinic.read", route: "/api/clinics/:clinicId/audit" })).toBe("Searched the audit log");
    expect(whatWords({ action: "clinic.read", route: "/api/clinics/:clinicId/audit/export.csv" })).toBe("Exported the audit log");
    expect(actionWords("injection-session.signed")).toBe("Injection session signed");
    expect(routeWords("GET", "/api/me/diary")).toBe("GET /api/me/diary");
    expect(routeWords("PUT", "/api/clinics/:clinicId/settings")).toBe("PUT …/settings");
    expect(actorWords(event({ actor: null }))).toBe("Cephalog (no person)");
    expect(patientWords(event({ patient: null }))).toBe("Several (a list)");
    expect(patientWords(event({ patient: null, route: "/api/clinics/:clinicId/audit" }))).toBe("—");
    expect(patientWords(event({ patient: null, kind: "write" }))).toBe("—");
    expect(patientWords(event({}))).toBe("Pat Patient");
  });
});
