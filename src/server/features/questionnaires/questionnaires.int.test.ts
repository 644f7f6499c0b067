/**
 * HIT-6 and MIDAS on both databases: due at baseline and before a visit (the clinic's days), the
 * patient filling them in (idempotent by the phone's id, another account refused), staff seeing
 * the scores with grade and change and entering paper forms, the licensed HIT-6 wording, fields
 * named on bad input, and the refusals: another clinic, a patient on a clinic route, a role
 * without the permission.
 */
import { v7 as uuidv7 } from "uuid";
import { describe, expect, it } from "vitest";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { addDays, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, put, signedIn } from "../../http/assessment-test-support.ts";
import { listAuditEvents } from "../../shared/audit-repository.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { addStaff, makePatientWithAccount, testClock } from "../../shared/test-support.ts";

const TODAY = plainDate("2026-12-03");
const NOW = "2026-12-03T10:00:00.000Z";

/** 84 days of chronic migraine, contraindications answered, two preventives failed: eligible under every policy. */
function eligibleRecord(sessions: string[] = [], questionnaires: unknown[] = []) {
  return {
    patient: { id: "x" },
    history: { botulinumHypersensitivity: false, injectionSiteInfection: false },
    diary: Array.from({ length: 84 }, (_, back) =>
      back % 28 < 18 ? { date: addDays(TODAY, -back), headache: true, hours: 6, severity: 2, features: { unilateral: true, pulsating: true, nausea: true } } : { date: addDays(TODAY, -back), headache: false },
    ),
    preventives: [
      { name: "topiramate", class: "antiepileptic", start: "2025-01-01", end: "2025-05-01", outcome: "ineffective" },
      { name: "propranolol", class: "beta-blocker", start: "2025-06-01", end: "2025-10-01", outcome: "ineffective" },
    ],
    treatments: sessions.map((date) => ({ date, injections: preemptFixedInjections() })),
    questionnaires,
  };
}

const midas = (date: string = TODAY) => ({ instrument: "MIDAS", date, responses: [4, 3, 5, 2, 6], a: 40, b: 7 });

describe.each(testDatabaseKinds())("questionnaires on %s", (kind) => {
  const env = httpWorld(kind, testClock(NOW));
  const clinicA = () => env.world.a.clinicId;
  const chart = (patientId: string) => `/api/clinics/${clinicA()}/patients/${patientId}`;
  const settingsUrl = () => `/api/clinics/${clinicA()}/questionnaire-settings`;

  async function patientWithApp(record: ReturnType<typeof eligibleRecord> | null) {
    const patient = await makePatientWithAccount(env.world.deps, clinicA(), env.world.a.staff.userId, { name: "Quinn Testwell" });
    if (record !== null) expect((await env.clinician.post(`${chart(patient.patientId)}/record`, record)).statusCode).toBe(200);
    return { ...patient, client: await signedIn(env.http, patient) };
  }

  async function bookVisit(patientId: string, date: PlainDate) {
    const startsAt = new Date(`${date}T10:00:00.000Z`).toISOString();
    await env.world.deps.db.transaction().execute(async (tx) => {
      await appendRecordRevision(tx, { clinicId: clinicA(), patientId, kind: "appointment", content: { startsAt, localDate: date, localTime: "10:00", minutes: 15, injectorUserId: env.world.aClinician.userId, windowReason: null }, actorUserId: env.world.aClinician.userId, now: new Date(NOW) });
      await env.world.deps.recordChanged(tx, { clinicId: clinicA(), patientId }, new Date(NOW));
    });
  }

  const questionnaireCount = async (patientId: string) =>
    (await env.world.deps.db.selectFrom("clinical_records").select("id").where("patient_id", "=", patientId).where("kind", "=", "questionnaire").execute()).length;

  it("asks an eligible patient for a baseline HIT-6 (its paper form's total, no licensed wording) and MIDAS, and scores what they send once", async () => {
    const quinn = await patientWithApp(eligibleRecord());
    const before = (await quinn.client.get("/api/me/questionnaires")).json();
    expect(before).toMatchObject({ patientId: quinn.patientId, today: TODAY, hit6Wording: null, history: [] });
    expect(before.due).toEqual([
      { instrument: "HIT-6", reason: "baseline", visitDate: null, form: "total" },
      { instrument: "MIDAS", reason: "baseline", visitDate: null, form: "items" },
    ]);

    const id = uuidv7();
    const sent = await quinn.client.post("/api/me/questionnaires", { id, patientId: quinn.patientId, ...midas() });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toEqual({ id, instrument: "MIDAS", date: TODAY, score: 20, grade: "III", change: null, meaningfulImprovement: null, totalOnly: false });
    // The outbox may send it again: the same questionnaire, nothing more stored.
    const again = await quinn.client.post("/api/me/questionnaires", { id, patientId: quinn.patientId, ...midas() });
    expect(again.json()).toEqual(sent.json());
    expect(await questionnaireCount(quinn.patientId)).toBe(1);

    const total = await quinn.client.post("/api/me/questionnaires", { id: uuidv7(), patientId: quinn.patientId, instrument: "HIT-6", date: TODAY, score: 62 });
    expect(total.json()).toMatchObject({ instrument: "HIT-6", score: 62, grade: "severe", totalOnly: true });
    const after = (await quinn.client.get("/api/me/questionnaires")).json();
    expect(after.due).toEqual([]);
    expect(after.history.map((q: { instrument: string; score: number }) => `${q.instrument} ${q.score}`).sort()).toEqual(["HIT-6 62", "MIDAS 20"]);
  });

  it("asks for them in the clinic's days before the next visit, with the change since the last", async () => {
    const quinn = await patientWithApp(eligibleRecord([addDays(TODAY, -75)], [midas(addDays(TODAY, -80))]));
    await bookVisit(quinn.patientId, addDays(TODAY, 9));
    expect((await quinn.client.get("/api/me/questionnaires")).json().due).toEqual([]);

    const admin = await signedIn(env.http, env.world.a.staff);
    expect((await put(admin, settingsUrl(), { questionnaireDueDays: 10, hit6: null })).statusCode).toBe(200);
    try {
      expect((await quinn.client.get("/api/me/questionnaires")).json().due).toEqual([
        { instrument: "HIT-6", reason: "before-visit", visitDate: addDays(TODAY, 9), form: "total" },
        { instrument: "MIDAS", reason: "before-visit", visitDate: addDays(TODAY, 9), form: "items" },
      ]);
      const sent = await quinn.client.post("/api/me/questionnaires", { id: uuidv7(), patientId: quinn.patientId, instrument: "MIDAS", date: TODAY, responses: [1, 1, 2, 1, 1], a: 20, b: 5 });
      expect(sent.json()).toMatchObject({ score: 6, grade: "II", change: -14, meaningfulImprovement: true });
      const spans = (await env.clinician.get(`${chart(quinn.patientId)}/questionnaires`)).json().spans;
      expect(spans).toEqual([
        { instrument: "HIT-6", reason: "before-visit", visitDate: addDays(TODAY, 9), from: addDays(TODAY, -1), to: addDays(TODAY, 9), doneOn: null },
        { instrument: "MIDAS", reason: "before-visit", visitDate: addDays(TODAY, 9), from: addDays(TODAY, -1), to: addDays(TODAY, 9), doneOn: TODAY },
      ]);
    } finally {
      await put(admin, settingsUrl(), { questionnaireDueDays: 7, hit6: null });
    }
  });

  it("refuses a questionnaire filled in for another account, storing nothing", async () => {
    const quinn = await patientWithApp(null);
    const response = await quinn.client.post("/api/me/questionnaires", { id: uuidv7(), patientId: env.world.ann.patientId, ...midas() });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("account_mismatch");
    expect(await questionnaireCount(env.world.ann.patientId)).toBe(0);
    expect(await questionnaireCount(quinn.patientId)).toBe(0);
  });

  it("names the field of every answer it refuses (pathway-rules §9), storing nothing", async () => {
    const quinn = await patientWithApp(null);
    const send = (body: Record<string, unknown>) => quinn.client.post("/api/me/questionnaires", { id: uuidv7(), patientId: quinn.patientId, date: TODAY, ...body });
    const cases: [Record<string, unknown>, string[]][] = [
      [{ instrument: "MIDAS", responses: [1, 2, 3, 4, 91] }, ["responses.4"]],
      [{ instrument: "MIDAS", responses: [1, 2, 3, 4] }, ["responses"]],
      [{ instrument: "MIDAS", responses: [1, 2, 3, 4, 5], b: 11 }, ["b"]],
      [{ instrument: "MIDAS", responses: [1, 2, 3, 4, 5], score: 15 }, ["score"]],
      [{ instrument: "HIT-6", responses: [0, 1, 2, 3, 4, 5] }, ["responses.5"]],
      [{ instrument: "HIT-6", score: 37 }, ["score"]],
      [{ instrument: "HIT-6", score: 80 }, ["score"]],
      [{ instrument: "HIT-6", responses: [4, 3, 3, 2, 4, 3], score: 60 }, ["score"]],
      [{ instrument: "HIT-6", score: 60, a: 3 }, ["a"]],
      [{ instrument: "HIT-6" }, ["responses"]],
      [{ instrument: "MSQ", responses: [] }, ["instrument"]],
    ];
    for (const [body, paths] of cases) {
      const response = await send(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details.issues.map((issue: { path: string }) => issue.path), JSON.stringify(body)).toEqual(paths);
    }
    const future = await send({ ...midas(addDays(TODAY, 2)) });
    expect(future.json().error.details.issues).toEqual([{ path: "date", message: "must not be after today" }]);
    expect(await questionnaireCount(quinn.patientId)).toBe(0);
  });

  it("shows staff each score with grade, change and who entered it, and takes paper forms from clinicians only", async () => {
    const quinn = await patientWithApp(eligibleRecord([addDays(TODAY, -90)]));
    await quinn.client.post("/api/me/questionnaires", { id: uuidv7(), patientId: quinn.patientId, instrument: "HIT-6", date: addDays(TODAY, -95), score: 66 });
    const paper = { id: uuidv7(), instrument: "HIT-6", date: TODAY, responses: [3, 2, 2, 1, 3, 2] };
    const entered = await env.clinician.post(`${chart(quinn.patientId)}/questionnaires`, paper);
    expect(entered.statusCode, entered.body).toBe(200);
    expect((await env.clinician.post(`${chart(quinn.patientId)}/questionnaires`, paper)).json()).toEqual(entered.json());
    const [latest, first] = entered.json().questionnaires;
    expect(latest).toMatchObject({ id: paper.id, score: 60, grade: "severe", change: -6, meaningfulImprovement: true, totalOnly: false, responses: paper.responses, enteredBy: "staff", recordedBy: { userId: env.world.aClinician.userId } });
    expect(first).toMatchObject({ score: 66, change: null, totalOnly: true, responses: [], enteredBy: "patient" });

    // The assessment reads the total-only HIT-6 as any other.
    const assessment = (await env.clinician.get(`${chart(quinn.patientId)}/assessment?asOf=${TODAY}`)).json();
    expect(assessment.questionnaires.map((q: { score: number; change: number | null }) => [q.score, q.change])).toEqual([
      [66, null],
      [60, -6],
    ]);

    const coordinator = await signedIn(env.http, await addStaff(env.world.deps, clinicA(), "coordinator"));
    expect((await coordinator.get(`${chart(quinn.patientId)}/questionnaires`)).statusCode).toBe(200);
    const refused = await coordinator.post(`${chart(quinn.patientId)}/questionnaires`, { ...paper, id: uuidv7() });
    expect(refused.statusCode).toBe(403);
    expect(await questionnaireCount(quinn.patientId)).toBe(2);
  });

  it("keeps a clinic's questionnaires to that clinic, and a patient to their own", async () => {
    const quinn = await patientWithApp(null);
    const otherAdmin = await signedIn(env.http, env.world.b.staff);
    expect((await otherAdmin.get(`${chart(quinn.patientId)}/questionnaires`)).statusCode).toBe(404);
    const inB = await otherAdmin.post(`/api/clinics/${env.world.b.clinicId}/patients/${quinn.patientId}/questionnaires`, { id: uuidv7(), ...midas() });
    expect(inB.json().error.code).toBe("not_found");
    expect((await quinn.client.get(`${chart(quinn.patientId)}/questionnaires`)).statusCode).toBe(403);
    expect((await quinn.client.get(settingsUrl())).statusCode).toBe(403);
    // An id already used for another patient's questionnaire is not this one's.
    const id = uuidv7();
    expect((await env.clinician.post(`${chart(env.world.ann.patientId)}/questionnaires`, { id, ...midas() })).statusCode).toBe(200);
    const taken = await quinn.client.post("/api/me/questionnaires", { id, patientId: quinn.patientId, ...midas() });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe("conflict");
    expect(await questionnaireCount(quinn.patientId)).toBe(0);
  });

  it("asks HIT-6 item by item once an administrator pastes the clinic's licensed wording, with an audit row", async () => {
    const admin = await signedIn(env.http, env.world.a.staff);
    const wording = { licence: "QM-LIC-2026-001", items: ["Item one?", "Item two?", "Item three?", "Item four?", "Item five?", "Item six?"], options: ["Never", "Rarely", "Sometimes", "Very often", "Always"] };
    expect((await put(env.clinician, settingsUrl(), { questionnaireDueDays: 7, hit6: wording })).statusCode).toBe(403);
    const bad = await put(admin, settingsUrl(), { questionnaireDueDays: 29, hit6: { ...wording, items: wording.items.slice(1), licence: " " } });
    expect(bad.json().error.details.issues.map((issue: { path: string }) => issue.path).sort()).toEqual(["hit6.items", "hit6.licence", "questionnaireDueDays"]);

    const events = (await listAuditEvents(env.world.deps.db, clinicA())).length;
    const saved = await put(admin, settingsUrl(), { questionnaireDueDays: 7, hit6: wording });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ questionnaireDueDays: 7, hit6: { ...wording, updatedBy: { userId: env.world.a.staff.userId } } });
    expect((await listAuditEvents(env.world.deps.db, clinicA())).slice(events)).toEqual([expect.objectContaining({ action: "clinic.questionnaire_settings_updated", entity_id: clinicA() })]);
    try {
      const quinn = await patientWithApp(eligibleRecord());
      const mine = (await quinn.client.get("/api/me/questionnaires")).json();
      expect(mine.hit6Wording).toEqual({ items: wording.items, options: wording.options });
      expect(mine.due[0]).toMatchObject({ instrument: "HIT-6", form: "items" });
      expect((await env.clinician.get(`${chart(quinn.patientId)}/questionnaires`)).json().hit6Licensed).toBe(true);
      // Another clinic does not see it.
      const otherAdmin = await signedIn(env.http, env.world.b.staff);
      expect((await otherAdmin.get(`/api/clinics/${env.world.b.clinicId}/questionnaire-settings`)).json()).toEqual({ questionnaireDueDays: 7, hit6: null });
    } finally {
      expect((await put(admin, settingsUrl(), { questionnaireDueDays: 7, hit6: null })).json()).toEqual({ questionnaireDueDays: 7, hit6: null });
    }
  });

  it("exports a total-only HIT-6 in the record format and imports it back as the same questionnaire", async () => {
    const quinn = await patientWithApp(null);
    await env.clinician.post(`${chart(quinn.patientId)}/questionnaires`, { id: uuidv7(), instrument: "HIT-6", date: TODAY, score: 58 });
    const exported = (await env.clinician.get(`${chart(quinn.patientId)}/record`)).json();
    expect(exported.questionnaires).toEqual([{ instrument: "HIT-6", date: TODAY, responses: [], score: 58 }]);
    const imported = await env.clinician.post(`${chart(quinn.patientId)}/record`, exported);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(await questionnaireCount(quinn.patientId)).toBe(1);
  });
});
