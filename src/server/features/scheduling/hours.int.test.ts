/**
 * Injectors' working hours and free slots over HTTP on both databases: a coordinator saves a week
 * and a day off; ranges that end before they start or overlap are refused naming the field;
 * past exceptions are refused; an injector may not change hours; free slots are the hours in
 * 15-minute steps, less a day off and less what has begun, in the clinic's zone; other clinics and
 * patients are refused.
 */
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, put, signedIn } from "../../http/assessment-test-support.ts";
import { addStaff, testClock } from "../../shared/test-support.ts";
import { DAY_OFF_MONDAY, IN_WINDOW_MONDAY, NOW, schedulingStaff, TODAY, WEEK, type SchedulingWorld } from "./scheduling-test-support.ts";

const issuePaths = (response: { json(): { error: { details: { issues: { path: string }[] } } } }) => response.json().error.details.issues.map((issue) => issue.path);

describe.each(testDatabaseKinds())("working hours and free slots on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock);
  const url = (suffix: string) => `/api/clinics/${env.world.a.clinicId}${suffix}`;
  let staff: SchedulingWorld;

  async function setUp() {
    staff ??= await schedulingStaff(env);
    clock.set(NOW);
  }

  it("keeps the week and the day off a coordinator saved, with the clinic's zone and slot length", async () => {
    await setUp();
    const hours = (await staff.coordinator.get(url("/injector-hours"))).json();
    expect(hours).toMatchObject({ today: TODAY, timeZone: "Europe/London", slotMinutes: 15 });
    expect(hours.injectors).toEqual([
      { userId: staff.injectorId, name: staff.injectorName, weekly: WEEK.weekly, exceptions: [{ date: DAY_OFF_MONDAY, ranges: [], note: "Training day" }] },
    ]);
    const audit = await env.t.db.selectFrom("audit_events").select(["action", "entity", "entity_id"]).where("action", "=", "injector_hours.saved").execute();
    expect(audit).toEqual([{ action: "injector_hours.saved", entity: "membership", entity_id: staff.injectorId }]);
  });

  it("refuses ranges that end before they start, overlap, repeat a date or lie in the past, naming each field", async () => {
    await setUp();
    const hoursUrl = url(`/injector-hours/${staff.injectorId}`);
    const backwards = await put(staff.coordinator, hoursUrl, { weekly: [{ weekday: 1, start: "12:00", end: "09:00" }], exceptions: [] });
    expect(backwards.statusCode).toBe(400);
    expect(issuePaths(backwards)).toEqual(["weekly.0.end"]);
    const overlapping = await put(staff.coordinator, hoursUrl, {
      weekly: [
        { weekday: 1, start: "09:00", end: "12:00" },
        { weekday: 2, start: "11:00", end: "13:00" },
        { weekday: 1, start: "11:30", end: "13:00" },
      ],
      exceptions: [
        { date: "2026-12-08", ranges: [{ start: "09:00", end: "10:00" }, { start: "09:30", end: "11:00" }] },
        { date: "2026-12-08", ranges: [] },
      ],
    });
    expect(overlapping.statusCode).toBe(400);
    expect(issuePaths(overlapping).sort()).toEqual(["exceptions.0.ranges.1.start", "exceptions.1.date", "weekly.2.start"]);
    const malformed = await put(staff.coordinator, hoursUrl, { weekly: [{ weekday: 8, start: "9:00", end: "24:00" }], exceptions: [] });
    expect(issuePaths(malformed).sort()).toEqual(["weekly.0.end", "weekly.0.start", "weekly.0.weekday"]);
    const past = await put(staff.coordinator, hoursUrl, { weekly: WEEK.weekly, exceptions: [{ date: "2026-12-02", ranges: [] }] });
    expect(past.statusCode).toBe(400);
    expect(issuePaths(past)).toEqual(["exceptions.0.date"]);
    // Nothing was changed by the refused saves.
    expect((await staff.admin.get(url("/injector-hours"))).json().injectors[0].weekly).toEqual(WEEK.weekly);
  });

  it("lets only administrators and coordinators manage hours, only for the clinic's injectors", async () => {
    await setUp();
    expect((await staff.injector.get(url("/injector-hours"))).statusCode).toBe(403);
    expect((await put(staff.injector, url(`/injector-hours/${staff.injectorId}`), WEEK)).statusCode).toBe(403);
    expect((await put(env.clinician, url(`/injector-hours/${staff.injectorId}`), WEEK)).statusCode).toBe(403);
    expect((await put(staff.admin, url(`/injector-hours/${staff.injectorId}`), WEEK)).statusCode).toBe(200);
    const clinicianId = (await env.clinician.get("/api/me")).json().user.id;
    expect((await put(staff.admin, url(`/injector-hours/${clinicianId}`), WEEK)).statusCode).toBe(404);
    const other = await signedIn(env.http, env.world.b.staff);
    expect((await other.get(url("/injector-hours"))).statusCode).toBe(404);
    expect((await put(other, url(`/injector-hours/${staff.injectorId}`), WEEK)).statusCode).toBe(404);
    const patient = await signedIn(env.http, env.world.ann);
    expect((await patient.get(url("/injector-hours"))).statusCode).toBe(403);
    expect((await patient.get(url(`/slots?from=${IN_WINDOW_MONDAY}&to=${IN_WINDOW_MONDAY}`))).statusCode).toBe(403);
  });

  it("offers the hours in 15-minute slots, none on a day off or a day without hours", async () => {
    await setUp();
    const slots = await env.clinician.get(url(`/slots?injectorUserId=${staff.injectorId}&from=${IN_WINDOW_MONDAY}&to=2026-12-22`));
    expect(slots.statusCode).toBe(200);
    const days = slots.json().injectors[0].days as { date: string; slots: string[] }[];
    expect(days.map((day) => day.date)).toEqual([IN_WINDOW_MONDAY, "2026-12-15", "2026-12-16", "2026-12-17", "2026-12-18", "2026-12-19", "2026-12-20", DAY_OFF_MONDAY, "2026-12-22"]);
    expect(days[0]?.slots).toEqual(["09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45", "11:00", "11:15", "11:30", "11:45"]);
    expect(days[1]?.slots).toEqual([]);
    expect(days[2]?.slots).toHaveLength(8);
    expect(days[7]?.slots).toEqual([]);
  });

  it("never offers a slot in the past: earlier dates are left out and today's begun slots too", async () => {
    await setUp();
    // Monday 14 December 10:20 in London: the 10:15 slot has begun.
    clock.set("2026-12-14T10:20:00.000Z");
    await env.clinician.signInAgain();
    const slots = (await env.clinician.get(url(`/slots?from=2026-12-10&to=${IN_WINDOW_MONDAY}`))).json();
    expect(slots.today).toBe(IN_WINDOW_MONDAY);
    expect(slots.injectors[0].days).toEqual([{ date: IN_WINDOW_MONDAY, slots: ["10:30", "10:45", "11:00", "11:15", "11:30", "11:45"] }]);
  });

  it("refuses a range the wrong way round or too long, and an injector who is not one", async () => {
    await setUp();
    const backwards = await env.clinician.get(url(`/slots?from=${IN_WINDOW_MONDAY}&to=2026-12-13`));
    expect(backwards.statusCode).toBe(400);
    expect(issuePaths(backwards)).toEqual(["to"]);
    expect(issuePaths(await env.clinician.get(url("/slots?from=2026-12-03&to=2027-01-03")))).toEqual(["to"]);
    const coordinatorId = (await staff.coordinator.get("/api/me")).json().user.id;
    const notInjector = await env.clinician.get(url(`/slots?injectorUserId=${coordinatorId}&from=${IN_WINDOW_MONDAY}&to=${IN_WINDOW_MONDAY}`));
    expect(notInjector.statusCode).toBe(400);
    expect(issuePaths(notInjector)).toEqual(["injectorUserId"]);
  });

  it("lists every injector's slots when none is named, a second injector's own hours included", async () => {
    await setUp();
    const second = await addStaff(env.world.deps, env.world.a.clinicId, ["clinician", "injector"]);
    const secondId = (await (await signedIn(env.http, second)).get("/api/me")).json().user.id;
    expect((await put(staff.coordinator, url(`/injector-hours/${secondId}`), { weekly: [{ weekday: 1, start: "14:00", end: "14:30" }], exceptions: [] })).statusCode).toBe(200);
    const slots = (await env.clinician.get(url(`/slots?from=${IN_WINDOW_MONDAY}&to=${IN_WINDOW_MONDAY}`))).json();
    const byId = Object.fromEntries(slots.injectors.map((injector: { userId: string; days: { slots: string[] }[] }) => [injector.userId, injector.days[0]?.slots]));
    expect(byId[secondId]).toEqual(["14:00", "14:15"]);
    expect(byId[staff.injectorId]).toHaveLength(12);
  });
});
