/**
 * The worklist on both databases: each patient's pathway state refreshed with every write to
 * their record, the saved views judged against today, search by name or record number, filter,
 * sort and pages, the recurring refresh for states the calendar moves, and who may read it.
 */
import { describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { addDays, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { refreshStalePathways } from "../../jobs/pathway-refresh.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { addStaff, testClock } from "../../shared/test-support.ts";
import { saveDiaryRevision } from "../diary/diary.ts";
import { createPatient } from "../patients/patients.ts";
import { standardSessionContent } from "../sessions/standard-session.ts";

const TODAY = plainDate("2026-12-03");

describe.each(testDatabaseKinds())("the worklist on %s", (kind) => {
  const clock = testClock("2026-12-03T10:00:00.000Z");
  const env = httpWorld(kind, clock);
  const worklistUrl = (query = "") => `/api/clinics/${env.world.a.clinicId}/worklist${query}`;
  const ids: Record<string, string> = {};

  async function patient(name: string, recordNumber?: string) {
    const created = await createPatient(env.world.deps, env.world.a.clinicId, env.world.a.staff.userId, { name, birthDate: plainDate("1980-05-05"), timeZone: "Europe/London", ...(recordNumber === undefined ? {} : { recordNumber }) });
    ids[name] = created.id;
    return created.id;
  }

  async function sessionOn(patientId: string, date: PlainDate, injectorUserId: string) {
    const deps = env.world.deps;
    await deps.db.transaction().execute(async (tx) => {
      const target = { clinicId: env.world.a.clinicId, patientId };
      const content = standardSessionContent({ date, givenAt: `${date}T09:00:00.000Z`, injectorUserId, lot: { id: uuidv7(), lotNumber: "T1", expiry: plainDate("2028-01-01") } });
      await appendRecordRevision(tx, { ...target, kind: "injection-session", content, actorUserId: injectorUserId, now: clock() });
      await deps.recordChanged(tx, target, clock());
    });
  }

  async function setUp() {
    if (ids["Ada Overdue"] !== undefined) return;
    const injector = await addStaff(env.world.deps, env.world.a.clinicId, "injector");
    const injectorId = (await (await signedIn(env.http, injector)).get("/api/me")).json().user.id as string;
    await patient("Bo Screening", "MRN-0001");
    await sessionOn(await patient("Ada Overdue", "MRN-0002"), addDays(TODAY, -100), injectorId);
    await sessionOn(await patient("Cy Dueweek"), addDays(TODAY, -80), injectorId);
    await sessionOn(await patient("Di Recent"), addDays(TODAY, -20), injectorId);
  }

  it("gives every patient a pathway state from their record, refreshed with each write", async () => {
    await setUp();
    const list = (await env.clinician.get(worklistUrl())).json();
    const byName = Object.fromEntries(list.rows.map((row: { name: string }) => [row.name, row]));
    expect(byName["Bo Screening"]).toMatchObject({ state: "screening", nextAction: "review-eligibility", cycle: null, recordNumber: "MRN-0001" });
    expect(byName["Ada Overdue"]).toMatchObject({ state: "in-treatment", cycle: 1, overdue: true, nextAction: "book-overdue-session", nextLate: addDays(TODAY, -9) });
    expect(byName["Cy Dueweek"]).toMatchObject({ state: "in-treatment", overdue: false, nextDue: addDays(TODAY, 4) });
    expect(list.today).toBe(TODAY);

    // A diary day saved for the screening patient moves them to the baseline diary.
    await saveDiaryRevision(env.world.deps, { clinicId: env.world.a.clinicId, patientId: ids["Bo Screening"] ?? "" }, { userId: env.world.a.staff.userId, enteredBy: "staff" }, { id: uuidv7(), date: TODAY, recordedAt: clock().toISOString(), headache: true, hours: 6, severity: 2 });
    const after = (await env.clinician.get(worklistUrl("?q=MRN-0001"))).json();
    expect(after.rows.map((row: { name: string; state: string }) => [row.name, row.state])).toEqual([["Bo Screening", "baseline-diary"]]);
  });

  it("counts and lists the saved views: overdue, due this week, due in 14 days", async () => {
    await setUp();
    const list = (await env.clinician.get(worklistUrl("?view=overdue"))).json();
    expect(list.rows.map((row: { name: string }) => row.name)).toEqual(["Ada Overdue"]);
    expect(list.views).toMatchObject({ overdue: 1, "due-this-week": 1, "due-soon": 1, "evaluation-due": 0 });
    expect(list.views.all).toBeGreaterThanOrEqual(5);
    expect((await env.clinician.get(worklistUrl("?view=due-this-week"))).json().rows.map((row: { name: string }) => row.name)).toEqual(["Cy Dueweek"]);
  });

  it("searches by name or record number, filters by state, sorts and pages", async () => {
    await setUp();
    expect((await env.clinician.get(worklistUrl("?q=ada"))).json().rows.map((row: { name: string }) => row.name)).toEqual(["Ada Overdue"]);
    expect((await env.clinician.get(worklistUrl("?q=mrn-0002"))).json().rows.map((row: { name: string }) => row.name)).toEqual(["Ada Overdue"]);
    expect((await env.clinician.get(worklistUrl("?q=%25"))).json().rows).toEqual([]);
    const treated = (await env.clinician.get(worklistUrl("?state=in-treatment&sort=last-session&dir=desc"))).json();
    expect(treated.rows.map((row: { name: string }) => row.name)).toEqual(["Di Recent", "Cy Dueweek", "Ada Overdue"]);
    const page = (await env.clinician.get(worklistUrl("?state=in-treatment&sort=name&pageSize=2&page=2"))).json();
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.rows.map((row: { name: string }) => row.name)).toEqual(["Di Recent"]);
    expect((await env.clinician.get(worklistUrl("?state=nonsense"))).statusCode).toBe(400);
  });

  it("moves a patient to evaluation due when the calendar reaches it, through the recurring refresh", async () => {
    await setUp();
    // E = first + 167 (pathway-rules §8): 4 days from today.
    const first = addDays(TODAY, -163);
    const second = addDays(first, 84);
    const injector = await addStaff(env.world.deps, env.world.a.clinicId, "injector");
    const injectorId = (await (await signedIn(env.http, injector)).get("/api/me")).json().user.id as string;
    const id = await patient("Ev Twocycles");
    await sessionOn(id, first, injectorId);
    await sessionOn(id, second, injectorId);
    expect((await env.clinician.get(worklistUrl("?q=Ev"))).json().rows[0].state).toBe("in-treatment");
    clock.set("2026-12-10T10:00:00.000Z");
    expect(await refreshStalePathways(env.world.deps, clock())).toBeGreaterThanOrEqual(1);
    const clinician = await signedIn(env.http, env.world.aClinician);
    expect((await clinician.get(worklistUrl("?q=Ev"))).json().rows[0]).toMatchObject({ state: "evaluation-due", nextAction: "review-response" });
    expect(await refreshStalePathways(env.world.deps, clock())).toBe(0);
  });

  it("is every staff role's to read, and nobody else's", async () => {
    await setUp();
    const coordinator = await signedIn(env.http, await addStaff(env.world.deps, env.world.a.clinicId, "coordinator"));
    expect((await coordinator.get(worklistUrl())).statusCode).toBe(200);
    expect((await (await signedIn(env.http, env.world.b.staff)).get(worklistUrl())).statusCode).toBe(404);
    expect((await (await signedIn(env.http, env.world.ann)).get(worklistUrl())).statusCode).toBe(403);
  });
});
