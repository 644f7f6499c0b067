/** Personal health data never reaches a log: only method, route pattern, status, code and time. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { openTestDatabase, type TestDatabase } from "../db/testing.ts";
import { queueNotification } from "../features/notifications/outbox.ts";
import { TestClient, testApp, type TestApp } from "./test-app.ts";

// Distinctive values to look for in the log.
const PATIENT_NAME = "Zebulon Quixotica-Loggcheck";
const ADMIN_EMAIL = "ada.loggcheck@example.test";
const PATIENT_EMAIL = "zeb.loggcheck@example.test";
const MEDICATION = "frovatriptan-loggcheck";
const PASSWORD = "loggcheck password 123";
const SMS_TOKEN = "loggcheck-sms-gateway-token-0123456789abcdef";
const SMS_NUMBER = "+447700955511";
const SMS_TEXT = "Loggcheck text message words";

describe("the request log", () => {
  let t: TestDatabase;
  let http: TestApp;
  const secrets: string[] = [PATIENT_NAME, ADMIN_EMAIL, PATIENT_EMAIL, MEDICATION, PASSWORD, SMS_TOKEN, SMS_NUMBER, SMS_TEXT, "7700955511"];

  beforeAll(async () => {
    t = await openTestDatabase("pglite");
    http = await testApp(t.db, { logLevel: "trace", smsGatewayToken: SMS_TOKEN });
    const admin = new TestClient(http.app);
    await admin.post("/api/setup/clinic", { clinicName: "Log Clinic", timeZone: "Europe/London", admin: { name: "Ada Loggcheck", email: ADMIN_EMAIL, password: PASSWORD } });
    const clinicId = (await admin.get("/api/me")).json().memberships[0].clinicId as string;
    const patient = await admin.post(`/api/clinics/${clinicId}/patients`, { name: PATIENT_NAME, birthDate: "1984-02-29", timeZone: "Pacific/Auckland" });
    const patientId = patient.json().id as string;
    secrets.push(clinicId, patientId);
    const invitation = await admin.post(`/api/clinics/${clinicId}/patients/${patientId}/invitations`);
    const token = invitation.json().url.split("/invite/")[1] as string;
    secrets.push(token);
    const me = new TestClient(http.app);
    await me.get(`/api/invitations/${token}`);
    await me.post(`/api/invitations/${token}/accept`, { email: PATIENT_EMAIL, password: PASSWORD });
    secrets.push((me.cookie ?? "").split("=")[1] ?? "");
    const revisionId = uuidv7();
    secrets.push(revisionId);
    await me.post("/api/me/diary", { patientId, id: revisionId, date: "2026-07-01", recordedAt: "2026-07-01T08:00:00Z", headache: true, hours: 17.25, severity: 3, medications: [{ name: MEDICATION, class: "triptan" }] });
    await me.post("/api/me/diary", { patientId, id: uuidv7(), date: "2026-07-02", recordedAt: "2026-07-02T08:00:00Z", headache: true, hours: 30, medications: [{ name: MEDICATION, class: "triptan" }] });
    await me.get("/api/me/diary?from=2026-06-01&to=2026-07-05");
    await admin.get(`/api/clinics/${clinicId}/patients/${patientId}`);
    await admin.post("/api/auth/login", { email: ADMIN_EMAIL, password: "wrong " + PASSWORD });
    await new TestClient(http.app).get(`/api/clinics/${clinicId}/patients?name=${encodeURIComponent(PATIENT_NAME)}`);
    // The SMS gateway's drain (ADR 0022): a text message claimed, failed, claimed again and sent; a wrong token refused.
    const smsId = await t.db.transaction().execute((tx) => queueNotification(tx, { channel: "sms", kind: "reminder.diary", recipient: SMS_NUMBER, subject: "", body: SMS_TEXT, link: "/today", clinicId }, new Date()));
    secrets.push(smsId);
    const gateway = (url: string, payload: unknown, token = SMS_TOKEN) => http.app.inject({ method: "POST", url, headers: { authorization: `Bearer ${token}` }, ...(payload === undefined ? {} : { payload: payload as string }) });
    await gateway("/api/sms-outbox/claim", { limit: 5 }, `${SMS_TOKEN}-wrong`);
    const claimed = (await gateway("/api/sms-outbox/claim", { limit: 5 })).json() as { messages: { id: string; claim: string }[] };
    const claim = claimed.messages.find((message) => message.id === smsId)?.claim ?? "no-claim-was-handed-out";
    secrets.push(claim);
    await gateway(`/api/sms-outbox/${smsId}/failed`, { claim, reason: "provider-timeout", permanent: true });
    await gateway(`/api/sms-outbox/${smsId}/sent`, { claim });
  });
  afterAll(async () => {
    await http.close();
    await t.close();
  });

  it("has a line per request with method, route pattern, status and time", () => {
    const lines = http.logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line["msg"] === "request");
    expect(lines.length).toBeGreaterThanOrEqual(11);
    expect(lines).toContainEqual(expect.objectContaining({ method: "GET", route: "/api/clinics/:clinicId/patients/:patientId", status: 200, ms: expect.any(Number) }));
    expect(lines).toContainEqual(expect.objectContaining({ method: "POST", route: "/api/me/diary", status: 400, code: "validation_failed" }));
    expect(lines).toContainEqual(expect.objectContaining({ method: "POST", route: "/api/invitations/:token/accept", status: 200 }));
    expect(lines).toContainEqual(expect.objectContaining({ method: "POST", route: "/api/auth/login", status: 401, code: "invalid_credentials" }));
    expect(lines).toContainEqual(expect.objectContaining({ method: "POST", route: "/api/sms-outbox/claim", status: 401, code: "unauthenticated" }));
    expect(lines).toContainEqual(expect.objectContaining({ method: "POST", route: "/api/sms-outbox/claim", status: 200 }));
    expect(lines).toContainEqual(expect.objectContaining({ method: "POST", route: "/api/sms-outbox/:id/failed", status: 200 }));
  });

  it("holds no name, email, password, token, id, query string or diary answer", () => {
    const text = http.logs.join("\n");
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(8);
      expect(text, secret).not.toContain(secret);
    }
    expect(text).not.toContain("17.25");
    expect(text).not.toContain("?from=");
    expect(text).not.toContain("Pacific/Auckland");
  });
});
