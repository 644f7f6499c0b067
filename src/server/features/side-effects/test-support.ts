/** Test support for side effects: a signed session written as signing writes it, and a patient's report sent from their app. */
import { v7 as uuidv7 } from "uuid";
import { plainDate } from "#domain/shared/plain-date.ts";
import type { TestClient } from "../../http/test-app.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { standardSessionContent } from "../sessions/standard-session.ts";

/** A standard PREEMPT session signed on `date` (31 sites at 5 U; frontalis 4 sites), written as signing writes it; its id. */
export async function signedSessionOn(deps: ServiceDeps, target: { clinicId: string; patientId: string }, date: string, injectorUserId: string): Promise<string> {
  const content = standardSessionContent({ date: plainDate(date), givenAt: `${date}T09:00:00.000Z`, injectorUserId, lot: { id: uuidv7(), lotNumber: "T100", expiry: plainDate("2099-01-01") } });
  return deps.db.transaction().execute(async (tx) => {
    const { recordId } = await appendRecordRevision(tx, { ...target, kind: "injection-session", content, actorUserId: injectorUserId, now: new Date(`${date}T09:00:00.000Z`), verb: "signed" });
    await deps.recordChanged(tx, target, deps.clock());
    return recordId;
  });
}

/** Sends a report from the patient's app (the client signed in as the patient); the id is made here unless given. */
export function sendReport(client: TestClient, patientId: string, report: { onsetDate: string; symptoms: string[]; id?: string; note?: string | null; checkIn?: { sessionId: string; day: number } | null; recordedAt?: string }, now: Date) {
  return client.post("/api/me/side-effects", { id: report.id ?? uuidv7(), patientId, onsetDate: report.onsetDate, symptoms: report.symptoms, note: report.note ?? null, recordedAt: report.recordedAt ?? now.toISOString(), checkIn: report.checkIn ?? null });
}
