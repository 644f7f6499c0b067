/**
 * The server's current view of the diary is the record kit's one ordering rule (ADR 0013): for
 * any set of revisions, ties of instant included, the day the database answers is the one
 * `currentRevisions` from src/domain picks, which is also what the phone shows.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainDate } from "#domain/shared/plain-date.ts";
import { currentRevisions } from "#domain/shared/revision-order.ts";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { makeClinic, testDeps } from "../../shared/test-support.ts";
import { createPatient } from "../patients/patients.ts";
import { currentDays, insertRevisions } from "./repository.ts";

const T0 = Date.UTC(2026, 6, 19, 20);
const revisionArb = fc.record({
  date: fc.constantFrom("2026-07-18", "2026-07-19"),
  // Few distinct instants, so two saves in one millisecond happen often.
  recordedAt: fc.integer({ min: 0, max: 2 }).map((n) => new Date(T0 + n).toISOString()),
  id: fc.uuid({ version: 7 }),
});

describe.each(testDatabaseKinds())("the diary's current view on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t.close());

  it("picks, for every date, the revision the domain's ordering rule picks", async () => {
    const deps = testDeps(t.db);
    const { clinicId, staff } = await makeClinic(deps, "clinician");
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(revisionArb, { selector: (r) => r.id, minLength: 1, maxLength: 8 }), async (revisions) => {
        const patient = await createPatient(deps, clinicId, staff.userId, { name: "Ivy Proptest", birthDate: plainDate("1980-05-05"), timeZone: "Europe/London" });
        await insertRevisions(
          t.db,
          revisions.map((r, index) => ({
            clinic_id: clinicId,
            patient_id: patient.id,
            id: r.id,
            date: r.date,
            answers: JSON.stringify({ headache: index % 2 === 0 }),
            recorded_at: r.recordedAt,
            // Received in the reverse order of recording: the old tie-break, which no longer decides.
            received_at: new Date(T0 + 10_000 - index).toISOString(),
            entered_by: "staff",
            entered_by_user_id: staff.userId,
            source: "app",
            late: false,
          })),
        );
        const rows = await currentDays(t.db, clinicId, patient.id, { from: "2026-07-18", to: "2026-07-19" });
        const expected = currentRevisions(revisions, (r) => r.date, (r) => r);
        expect(Object.fromEntries(rows.map((row) => [row.date, row.id]))).toEqual(Object.fromEntries([...expected].map(([date, r]) => [date, r.id])));
      }),
      { numRuns: 25 },
    );
  });
});
