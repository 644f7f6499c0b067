/**
 * Reads that must agree are one snapshot: a save committed between two statements of the
 * clinical history view or of a stored patient's assessment shows in all of their reads or in
 * none. Each test commits a save right after one of the reads, from another connection (on
 * PGlite, one connection: the save waits until the snapshot ends, or goes first without one).
 */
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainDate } from "#domain/shared/plain-date.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../db/testing.ts";
import { assessStoredPatient } from "../features/assessment/assessment.ts";
import { appendHistoryRevision, readClinicalHistory, reviseClinicalHistory } from "../features/clinical-history/clinical-history.ts";
import { addPreventiveTrial } from "../features/clinical-history/preventive-trials.ts";
import { insertRevisions } from "../features/diary/repository.ts";
import { createPatient } from "../features/patients/patients.ts";
import type { ServiceDeps } from "./deps.ts";
import { lockPatient } from "./patient-lock.ts";
import { makeClinic, testClock, testDeps } from "./test-support.ts";

const NOW = "2026-07-20T10:00:00.000Z";
const NO_HISTORY = { chronicMigraineSince: null, botulinumHypersensitivity: null, injectionSiteInfection: null, overuseManaged: null, noPreventivesTried: false };
const TOPIRAMATE = { name: "Topiramate", class: "antiepileptic", start: plainDate("2025-01-01"), end: plainDate("2025-03-02"), outcome: "ineffective" } as const;
/** How long a save may wait for the snapshot before the read goes on without it (PGlite). */
const WAIT_MS = 300;

/**
 * A plugin that, once, right after the first SELECT reading `table` returns, runs `save` and
 * waits for it to commit (at most WAIT_MS: on PGlite the save may wait for the reading
 * transaction itself). `pending` is the save, to await after the read.
 */
function saveAfterFirstRead(table: string, save: () => Promise<unknown>): KyselyPlugin & { pending: Promise<unknown> | undefined } {
  const watched = new WeakSet<object>();
  const plugin = {
    pending: undefined as Promise<unknown> | undefined,
    transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
      if (plugin.pending === undefined && node.kind === "SelectQueryNode" && JSON.stringify(node).includes(`"${table}"`)) watched.add(queryId);
      return node;
    },
    async transformResult({ queryId, result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      if (plugin.pending === undefined && watched.has(queryId)) {
        plugin.pending = save();
        await Promise.race([plugin.pending, new Promise((resolve) => setTimeout(resolve, WAIT_MS))]);
      }
      return result;
    },
  };
  return plugin;
}

describe.each(testDatabaseKinds())("reads as one snapshot on %s", (kind) => {
  let t: TestDatabase;
  let deps: ServiceDeps;
  let clinicId: string;
  let userId: string;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    deps = testDeps(t.db, testClock(NOW));
    const clinic = await makeClinic(deps, "clinician");
    clinicId = clinic.clinicId;
    userId = clinic.staff.userId;
  });
  afterAll(() => t.close());

  async function newPatient(): Promise<{ clinicId: string; patientId: string }> {
    const patient = await createPatient(deps, clinicId, userId, { name: "Sam Snapshot", birthDate: plainDate("1980-05-05"), timeZone: "Europe/London" });
    return { clinicId, patientId: patient.id };
  }

  it("shows the clinical history and its trials from one moment: 'none tried' is never listed beside a trial", async () => {
    const target = await newPatient();
    await reviseClinicalHistory(deps, target, userId, { ...NO_HISTORY, noPreventivesTried: true }, 0);
    // Adding a trial revises "none tried" to "not said" in the same transaction.
    const hook = saveAfterFirstRead("clinical_history_revisions", () => addPreventiveTrial(deps, target, userId, TOPIRAMATE));
    const during = await readClinicalHistory({ ...deps, db: t.db.withPlugin(hook) }, target);
    await hook.pending;
    expect(hook.pending).toBeDefined();
    expect([during.history.preventiveHistory, during.preventives.map((trial) => trial.name)]).toEqual(["none-tried", []]);
    const after = await readClinicalHistory(deps, target);
    expect([after.history.preventiveHistory, after.preventives.map((trial) => trial.name)]).toEqual(["recorded", ["Topiramate"]]);
  });

  it("assesses a stored patient on one moment's diary and history: a save of both meanwhile is in neither", async () => {
    const target = await newPatient();
    const before = await assessStoredPatient(deps, target, { policy: "us-payer" });
    // One save, committed after the diary was read: today's day and a contraindication, together.
    const saveBoth = () =>
      t.db.transaction().execute(async (tx) => {
        await lockPatient(tx, target.clinicId, target.patientId);
        await insertRevisions(tx, [
          {
            clinic_id: target.clinicId,
            patient_id: target.patientId,
            id: uuidv7(),
            date: "2026-07-20",
            answers: JSON.stringify({ headache: true, hours: 5, severity: 2 }),
            recorded_at: NOW,
            received_at: NOW,
            entered_by: "staff",
            entered_by_user_id: userId,
            source: "app",
            late: false,
          },
        ]);
        await appendHistoryRevision(tx, target, userId, new Date(NOW), { ...NO_HISTORY, botulinumHypersensitivity: true }, 0);
      });
    const hook = saveAfterFirstRead("diary_revisions", saveBoth);
    const during = await assessStoredPatient({ ...deps, db: t.db.withPlugin(hook) }, target, { policy: "us-payer" });
    await hook.pending;
    expect(hook.pending).toBeDefined();
    expect(during).toEqual(before);
    const after = await assessStoredPatient(deps, target, { policy: "us-payer" });
    expect(after.windows[0]?.headacheDays).toBe(1);
    expect(after.eligibility.criteria.find((criterion) => criterion.id === "no-contraindication")?.status).toBe("not-met");
  });
});
