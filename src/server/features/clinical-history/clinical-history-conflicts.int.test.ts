/**
 * No lost update on the clinical history and its preventive trials (issue 7), over HTTP on both
 * databases: a save of the history, an amendment or a withdrawal of a trial must name the
 * revision it was made from (0 for a history not yet recorded); one made from another revision
 * is refused with 409 `stale_version` and the current revision, one naming none is a 400 naming
 * `fromRevision`, and neither writes a row; of two saves at once from one revision, on two app
 * servers, exactly one is written.
 */
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../db/testing.ts";
import { NOW, httpWorld, put, signedIn } from "../../http/assessment-test-support.ts";
import { testApp, type TestClient } from "../../http/test-app.ts";
import { listAuditEvents } from "../../shared/audit-repository.ts";
import { testClock } from "../../shared/test-support.ts";
import { historyRevisions } from "./history-repository.ts";
import { trialRevisions } from "./preventive-trials-repository.ts";

const NO_HISTORY = { chronicMigraineSince: null, botulinumHypersensitivity: null, injectionSiteInfection: null, overuseManaged: null, noPreventivesTried: false };
const NO_CONTRAINDICATION = { ...NO_HISTORY, botulinumHypersensitivity: false, injectionSiteInfection: false };
const TOPIRAMATE = { name: "Topiramate", class: "antiepileptic", start: "2025-01-01", end: "2025-03-02", outcome: "ineffective" };

/** The issue paths of a 400. */
const issuePaths = (response: { json(): { error: { details: { issues: { path: string }[] } } } }) => response.json().error.details.issues.map((issue) => issue.path);

describe.each(testDatabaseKinds())("the clinical history's changes from a stated revision on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock);
  const base = (patientId: string) => `/api/clinics/${env.world.a.clinicId}/patients/${patientId}`;
  const del = (client: TestClient, url: string) => client.request({ method: "DELETE", url });
  /** Withdraws a trial from its revision `fromRevision` (a DELETE names it in the query). */
  const withdraw = (client: TestClient, patientId: string, trialId: string, fromRevision: number) => del(client, `${base(patientId)}/preventives/${trialId}?fromRevision=${fromRevision}`);

  async function newPatient(): Promise<string> {
    return (await env.world.newPatient(env.world.a.clinicId, env.world.a.staff.userId)).id;
  }

  async function addTrial(patientId: string, trial: object): Promise<string> {
    const response = await env.clinician.post(`${base(patientId)}/preventives`, trial);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().preventives[0].id as string;
  }

  it("saves the history only from its current revision (0 before any): a save from another is refused (409 stale_version with the current revision), one naming none is a 400, and neither writes", async () => {
    const patientId = await newPatient();
    const save = (fromRevision: unknown, overuseManaged: boolean | null = true) =>
      put(env.clinician, `${base(patientId)}/history`, { ...NO_HISTORY, overuseManaged, ...(fromRevision === undefined ? {} : { fromRevision }) });
    const written = async () => [(await historyRevisions(env.t.db, env.world.a.clinicId, patientId)).length, (await listAuditEvents(env.t.db, env.world.a.clinicId)).length];

    // Nothing recorded: only "from none" (0) is current.
    const beforeFirst = await written();
    const early = await save(1);
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: "stale_version", details: { currentRevision: 0 } });
    expect(await written()).toEqual(beforeFirst);
    const first = await save(0);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().history).toMatchObject({ overuseManaged: true, revision: 1 });

    const before = await written();
    for (const from of [0, 2]) {
      const stale = await save(from, false);
      expect(stale.statusCode, `from ${from}`).toBe(409);
      expect(stale.json().error).toMatchObject({ code: "stale_version", details: { currentRevision: 1 } });
      expect(stale.json().error.message).toMatch(/^Someone changed this since you opened it: .*reload to see their change/);
    }
    for (const from of [undefined, null, -1, 1.5, "1"]) {
      const refused = await save(from, false);
      expect(refused.statusCode, String(from)).toBe(400);
      expect(issuePaths(refused), String(from)).toEqual(["fromRevision"]);
    }
    expect(await written()).toEqual(before);
    expect((await env.clinician.get(`${base(patientId)}/history`)).json().history).toMatchObject({ overuseManaged: true, revision: 1 });

    const second = await save(1, false);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().history).toMatchObject({ overuseManaged: false, revision: 2 });
  });

  it("amends or withdraws a trial only from its current revision: another is refused (409 stale_version), none named is a 400, and neither writes", async () => {
    const patientId = await newPatient();
    const trialId = await addTrial(patientId, { ...TOPIRAMATE, end: null, outcome: "ongoing" });
    const amend = (body: object) => put(env.clinician, `${base(patientId)}/preventives/${trialId}`, { ...TOPIRAMATE, ...body });
    expect((await amend({ fromRevision: 1 })).json().preventives[0]).toMatchObject({ id: trialId, revision: 2 });

    const view = (await env.clinician.get(`${base(patientId)}/history`)).json();
    const written = async () => [(await trialRevisions(env.t.db, env.world.a.clinicId, trialId)).length, (await listAuditEvents(env.t.db, env.world.a.clinicId)).length];
    const before = await written();
    for (const stale of [await amend({ outcome: "not-tolerated", fromRevision: 1 }), await amend({ outcome: "not-tolerated", fromRevision: 3 }), await withdraw(env.clinician, patientId, trialId, 1)]) {
      expect(stale.statusCode, stale.body).toBe(409);
      expect(stale.json().error).toMatchObject({ code: "stale_version", details: { currentRevision: 2 } });
    }
    const url = `${base(patientId)}/preventives/${trialId}`;
    for (const refused of [await amend({ outcome: "not-tolerated" }), await amend({ fromRevision: 0 }), await del(env.clinician, url), await del(env.clinician, `${url}?fromRevision=`), await del(env.clinician, `${url}?fromRevision=0`), await del(env.clinician, `${url}?fromRevision=two`)]) {
      expect(refused.statusCode, refused.body).toBe(400);
      expect(issuePaths(refused)).toEqual(["fromRevision"]);
    }
    expect(await written()).toEqual(before);
    expect((await env.clinician.get(`${base(patientId)}/history`)).json()).toEqual(view);

    // A trial withdrawn meanwhile: the amendment made from before is told so (stale), not "withdrawn".
    expect((await withdraw(env.clinician, patientId, trialId, 2)).json().preventives).toEqual([]);
    expect((await amend({ outcome: "not-tolerated", fromRevision: 2 })).json().error).toMatchObject({ code: "stale_version", details: { currentRevision: 3 } });
  });

  it("lets exactly one of two saves made at once from one revision through, on two app servers: the other is told of the conflict", async () => {
    const serverB = await testApp(env.t.db, { clock });
    try {
      const staffB = await signedIn(serverB, env.world.aClinician);
      const patientId = await newPatient();
      const trialId = await addTrial(patientId, TOPIRAMATE);
      const answers = await Promise.all([
        put(env.clinician, `${base(patientId)}/history`, { ...NO_CONTRAINDICATION, overuseManaged: true, fromRevision: 0 }),
        put(staffB, `${base(patientId)}/history`, { ...NO_CONTRAINDICATION, overuseManaged: false, fromRevision: 0 }),
      ]);
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
      const loser = answers.find((answer) => answer.statusCode === 409);
      expect(loser?.json().error).toMatchObject({ code: "stale_version", details: { currentRevision: 1 } });
      expect(await historyRevisions(env.t.db, env.world.a.clinicId, patientId)).toHaveLength(1);

      const trialAnswers = await Promise.all([
        put(env.clinician, `${base(patientId)}/preventives/${trialId}`, { ...TOPIRAMATE, outcome: "not-tolerated", fromRevision: 1 }),
        withdraw(staffB, patientId, trialId, 1),
      ]);
      expect(trialAnswers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
      expect(await trialRevisions(env.t.db, env.world.a.clinicId, trialId)).toHaveLength(2);
    } finally {
      await serverB.close();
    }
  });
});
