/**
 * `cephalog report outcomes` on a database (the embedded one and PostgreSQL through DATABASE_URL)
 * holding the seeded demo clinic and a second clinic: the clinic must be named when there are
 * several; the figures streamed patient by patient are those of the cohort of every patient's
 * record loaded whole; the PDF shows them, the published figures and the statement.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { clinicCohort } from "#domain/outcomes/cohort-tally.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import { openDatabase } from "#server/db/connect.ts";
import type { Database } from "#server/db/schema.ts";
import { migrateToLatest } from "#server/db/migrate.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "#server/db/testing.ts";
import { loadPatientRecord } from "#server/features/patient-record/load-patient-record.ts";
import { listPatients } from "#server/features/patients/repository.ts";
import { insertClinic } from "#server/features/setup/repository.ts";
import { seedDemo } from "#server/features/setup/seed-demo.ts";
import { clinicOutcomes, listClinics, outcomesOptions } from "#server/reports/outcomes/clinic-outcomes.ts";
import { percent } from "#server/reports/outcomes/outcomes-format.ts";
import { testDeps } from "#server/shared/test-support.ts";
import { pdfText } from "../../../test/reports/pdf-inspect.ts";
import { runOutcomesReport, type OutcomesIo } from "./report-outcomes.ts";

const NOW = new Date("2026-12-07T09:00:00.000Z");
const FROM = plainDate("2025-12-01");
const TO = plainDate("2026-12-31");

describe.each(testDatabaseKinds())("cephalog report outcomes on %s", (kind) => {
  let dataDir: string;
  let pg: TestDatabase | null = null;
  let demoClinicId = "";

  async function withDatabase<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    const database = await openDatabase({ dataDir, databaseUrl: kind === "postgresql" ? (pg?.url ?? null) : null });
    try {
      return await work(database.db);
    } finally {
      await database.close();
    }
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "cephalog-outcomes-"));
    vi.stubEnv("CEPHALOG_DATA", dataDir);
    if (kind === "postgresql") {
      pg = await openTestDatabase("postgresql");
      vi.stubEnv("DATABASE_URL", pg.url ?? "");
    } else vi.stubEnv("DATABASE_URL", "");
    await withDatabase(async (db) => {
      await migrateToLatest(db);
      demoClinicId = (await seedDemo(testDeps(db, () => NOW))).clinicId;
      await insertClinic(db, { id: uuidv7(), name: "Another Clinic", time_zone: "Europe/London" });
    });
  }, 240_000);
  afterAll(async () => {
    vi.unstubAllEnvs();
    await pg?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function captureIo() {
    const out: string[] = [];
    const err: string[] = [];
    const files = new Map<string, Uint8Array>();
    const io: OutcomesIo = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), now: () => NOW, writeFile: async (path, bytes) => void files.set(path, bytes) };
    return { io, out, err, files };
  }

  it("asks which clinic when the database holds several, naming each", async () => {
    const { io, err, files } = captureIo();
    expect(await runOutcomesReport(["--from", FROM, "--to", TO, "--out", "o.pdf"], io)).toBe(2);
    expect(err[0]).toBe("cephalog report outcomes: this database holds 2 clinics: name one with --clinic ID\n");
    expect(err.join("")).toContain(`${demoClinicId}  Hillcrest Demo Headache Clinic`);
    expect(files.size).toBe(0);
    const unknown = captureIo();
    expect(await runOutcomesReport(["--from", FROM, "--to", TO, "--out", "o.pdf", "--clinic", uuidv7()], unknown.io)).toBe(2);
    expect(unknown.err[0]).toMatch(/--clinic: no clinic .* in this database/);
  });

  it("streams the clinic's treated patients to the same figures as every record loaded whole, and writes them", { timeout: 120_000 }, async () => {
    const { expected, streamed, clinicName } = await withDatabase(async (db) => {
      const clinic = (await listClinics(db)).find((c) => c.id === demoClinicId);
      if (clinic === undefined) throw new Error("no demo clinic");
      const options = outcomesOptions({ clinic, from: FROM, to: TO, now: NOW });
      const records = [];
      for (const patient of await listPatients(db, clinic.id)) records.push(await loadPatientRecord(db, patient));
      return { expected: clinicCohort(records, options), streamed: await clinicOutcomes(db, { clinic, from: FROM, to: TO, now: NOW }), clinicName: clinic.name };
    });
    // The whole clinic is read for the expectation; the stream reads only the treated patients.
    expect({ ...streamed, recordsRead: 0 }).toEqual({ ...expected, recordsRead: 0 });
    expect(streamed.recordsRead).toBe(streamed.patientsTreated);
    expect(streamed.patientsTreated).toBeGreaterThan(5);
    expect(streamed.response.evaluated).toBeGreaterThan(0);
    expect(streamed.asOf).toBe("2026-12-07");

    const { io, out, err, files } = captureIo();
    expect(await runOutcomesReport(["--from", FROM, "--to", TO, "--out", "o.pdf", "--clinic", demoClinicId], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual(["o.pdf\n"]);
    const text = await pdfText(files.get("o.pdf") as Uint8Array);
    const { response, intervals } = streamed;
    expect(text.flat).toContain(clinicName);
    expect(text.flat).toContain(`Sessions ${FROM} – ${TO} · as of 2026-12-07 · policy US label`);
    expect(text.flat).toContain(`${streamed.patientsTreated} ${streamed.sessions}`);
    expect(text.flat).toContain(`n = ${response.evaluated} evaluated of ${streamed.patientsTreated} treated`);
    expect(text.flat).toContain(`Clinic, ≥ 50% fewer ${percent(response.responder50)} (${response.responder50.count} of ${response.evaluated})`);
    expect(text.flat).toContain(`Clinic, intervals on time ${percent(intervals.onTime)} (${intervals.onTime.count} of ${intervals.onTime.of})`);
    for (const symptom of streamed.sideEffects.filter((s) => s.patients.count > 0)) {
      expect(text.flat).toContain(`${symptom.symptom.replace(/-/g, " ")} ${symptom.level} ${symptom.patients.count} of ${symptom.patients.of} patients`);
    }
    expect(text.flat).toContain("PREEMPT pooled, neck pain 8.7%");
    expect(text.flat).toContain("A clinic cohort is not a trial.");
    // Nothing about any one patient reaches the document: no patient id.
    const ids = await withDatabase(async (db) => (await listPatients(db, demoClinicId)).map((p) => p.id));
    for (const id of ids) expect(text.text).not.toContain(id);
  });
});
