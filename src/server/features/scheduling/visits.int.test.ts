/**
 * Booking, rescheduling and cancelling visits over HTTP on both databases (pathway-rules §7): a
 * visit inside the treatment window; outside it only with a reason; outside the injector's hours,
 * off the 15-minute grid or in the past refused; one booking a patient at a time; two bookings of
 * one slot at once: exactly one wins, the database's key decides; a move and a cancellation each
 * with a reason, the slot given back; the worklist's row follows; who may do what.
 */
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, put, signedIn } from "../../http/assessment-test-support.ts";
import { testClock } from "../../shared/test-support.ts";
import { slotClaimsOf } from "./slots-repository.ts";
import {
  EARLY_MONDAY,
  IN_WINDOW_MONDAY,
  IN_WINDOW_WEDNESDAY,
  LATE_MONDAY,
  LAST_SESSION,
  NOW,
  schedulingStaff,
  TODAY,
  treatedPatient,
  WINDOW,
  type SchedulingWorld,
} from "./scheduling-test-support.ts";

const issuePaths = (response: { json(): { error: { details: { issues: { path: string }[] } } } }) => response.json().error.details.issues.map((issue) => issue.path);

describe.each(testDatabaseKinds())("visits over HTTP on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock);
  const clinicUrl = (suffix: string) => `/api/clinics/${env.world.a.clinicId}${suffix}`;
  const visitsUrl = (patientId: string, suffix = "") => clinicUrl(`/patients/${patientId}/visits${suffix}`);
  let staff: SchedulingWorld;
  let counter = 0;

  async function setUp() {
    staff ??= await schedulingStaff(env);
    clock.set(NOW);
  }
  const newPatient = async () => treatedPatient(env, `Test Patient ${++counter}`, staff.injectorId, clock());
  const slot = (date: string, time: string, extra: Record<string, unknown> = {}) => ({ injectorUserId: staff.injectorId, date, time, ...extra });
  const freeOn = async (date: string) => (await env.clinician.get(clinicUrl(`/slots?injectorUserId=${staff.injectorId}&from=${date}&to=${date}`))).json().injectors[0].days[0].slots as string[];

  it("books a visit inside the window: the chart shows it next, the slot is taken, the worklist knows", async () => {
    await setUp();
    const patientId = await newPatient();
    const before = (await env.clinician.get(visitsUrl(patientId))).json();
    expect(before).toMatchObject({ today: TODAY, timeZone: "Europe/London", slotMinutes: 15, next: null, visits: [] });
    expect(before.window).toEqual({ lastSessionDate: LAST_SESSION, ...WINDOW });
    expect(before.injectors).toEqual([{ userId: staff.injectorId, name: staff.injectorName }]);

    const booked = await staff.coordinator.post(visitsUrl(patientId), slot(IN_WINDOW_MONDAY, "10:30"));
    expect(booked.statusCode, booked.body).toBe(200);
    const visits = booked.json();
    expect(visits.next).toMatchObject({
      status: "active",
      startsAt: "2026-12-14T10:30:00.000Z",
      localDate: IN_WINDOW_MONDAY,
      localTime: "10:30",
      minutes: 15,
      injector: { userId: staff.injectorId, name: staff.injectorName },
      windowReason: null,
      timing: "in-window",
      upcoming: true,
    });
    expect(visits.next.revisions).toHaveLength(1);
    expect(await freeOn(IN_WINDOW_MONDAY)).not.toContain("10:30");
    const claims = await slotClaimsOf(env.t.db, env.world.a.clinicId, visits.next.id);
    expect(claims).toEqual([{ injectorUserId: staff.injectorId, startsAt: "2026-12-14T10:30:00.000Z", appointmentId: visits.next.id }]);

    // The worklist's row was refreshed in the same transaction.
    const row = (await env.clinician.get(clinicUrl("/worklist?pageSize=500"))).json().rows.find((r: { patientId: string }) => r.patientId === patientId);
    expect(row.nextAppointmentAt).toBe("2026-12-14T10:30:00.000Z");

    // One booking at a time: a second is refused; the agenda shows the first under its injector.
    const second = await staff.coordinator.post(visitsUrl(patientId), slot(IN_WINDOW_WEDNESDAY, "13:00"));
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: "conflict", details: { visitId: visits.next.id } });
    const agenda = (await env.clinician.get(clinicUrl(`/agenda?date=${IN_WINDOW_MONDAY}`))).json();
    const mine = agenda.injectors.find((i: { userId: string }) => i.userId === staff.injectorId);
    expect(mine.hours).toEqual([{ start: "09:00", end: "12:00" }]);
    expect(mine.visits).toEqual([{ id: visits.next.id, patientId, patientName: `Test Patient ${counter}`, recordNumber: null, startsAt: "2026-12-14T10:30:00.000Z", localTime: "10:30", minutes: 15, windowReason: null }]);

    const audit = await env.t.db.selectFrom("audit_events").select(["action", "entity", "entity_id"]).where("entity_id", "=", visits.next.id).execute();
    expect(audit).toEqual([{ action: "appointment.booked", entity: "clinical_record", entity_id: visits.next.id }]);
  });

  it("books outside the window only with a reason, naming windowReason otherwise", async () => {
    await setUp();
    const patientId = await newPatient();
    const early = await staff.coordinator.post(visitsUrl(patientId), slot(EARLY_MONDAY, "09:00"));
    expect(early.statusCode).toBe(400);
    expect(issuePaths(early)).toEqual(["windowReason"]);
    expect(early.json().error.message).toContain(WINDOW.earliest);
    const blank = await staff.coordinator.post(visitsUrl(patientId), slot(LATE_MONDAY, "09:00", { windowReason: "   " }));
    expect(issuePaths(blank)).toEqual(["windowReason"]);
    expect(blank.json().error.message).toContain(WINDOW.late);

    const withReason = await staff.coordinator.post(visitsUrl(patientId), slot(EARLY_MONDAY, "09:00", { windowReason: "Travelling abroad during the window" }));
    expect(withReason.statusCode, withReason.body).toBe(200);
    expect(withReason.json().next).toMatchObject({ timing: "early", windowReason: "Travelling abroad during the window" });
  });

  it("books a first session on any date without a reason, and keeps no reason inside the window", async () => {
    await setUp();
    const created = await env.clinician.post(clinicUrl("/patients"), { name: "New Starter", birthDate: "1990-01-01", timeZone: "Europe/London" });
    const patientId = created.json().id as string;
    const visits = await staff.injector.post(visitsUrl(patientId), slot(EARLY_MONDAY, "11:45", { windowReason: "not needed" }));
    expect(visits.statusCode, visits.body).toBe(200);
    expect(visits.json()).toMatchObject({ window: null, next: { timing: "first-session", windowReason: null } });
  });

  it("refuses a slot outside the injector's hours, off the 15-minute grid, in the past, or with someone who does not inject", async () => {
    await setUp();
    const patientId = await newPatient();
    const cases: [Record<string, unknown>, string][] = [
      [slot(IN_WINDOW_MONDAY, "12:00"), "time"],
      [slot(IN_WINDOW_MONDAY, "09:10"), "time"],
      [slot("2026-12-15", "09:00"), "time"],
      [slot("2026-12-21", "09:00", { windowReason: "x" }), "time"],
      [slot("2026-12-02", "09:00"), "date"],
      [slot(IN_WINDOW_MONDAY, "9:00"), "time"],
      [slot("2026-02-30", "09:00"), "date"],
      [{ ...slot(IN_WINDOW_MONDAY, "09:00"), injectorUserId: (await staff.coordinator.get("/api/me")).json().user.id }, "injectorUserId"],
    ];
    for (const [body, path] of cases) {
      const refused = await staff.coordinator.post(visitsUrl(patientId), body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      expect(issuePaths(refused)).toEqual([path]);
    }
    // A slot of today that has begun: Monday 14 December at 10:20.
    clock.set("2026-12-14T10:20:00.000Z");
    await staff.coordinator.signInAgain();
    const begun = await staff.coordinator.post(visitsUrl(patientId), slot(IN_WINDOW_MONDAY, "10:15"));
    expect(begun.statusCode).toBe(400);
    expect(issuePaths(begun)).toEqual(["time"]);
    expect((await env.t.db.selectFrom("clinical_records").select("id").where("patient_id", "=", patientId).where("kind", "=", "appointment").execute())).toEqual([]);
  });

  it("lets exactly one of two simultaneous bookings of one slot through: one 200, one 409 slot_taken, one claim", async () => {
    await setUp();
    const [first, second] = [await newPatient(), await newPatient()];
    const other = await signedIn(env.http, env.world.a.staff);
    const answers = await Promise.all([staff.coordinator.post(visitsUrl(first), slot(IN_WINDOW_MONDAY, "11:00")), other.post(visitsUrl(second), slot(IN_WINDOW_MONDAY, "11:00"))]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    const refused = answers.find((answer) => answer.statusCode === 409);
    expect(refused?.json().error).toMatchObject({ code: "slot_taken", details: { issues: [{ path: "time" }] } });
    const startsAt = "2026-12-14T11:00:00.000Z";
    const claims = await env.t.db.selectFrom("appointment_slots").selectAll().where("clinic_id", "=", env.world.a.clinicId).where("starts_at", "=", startsAt).execute();
    expect(claims).toHaveLength(1);
    // The loser's visit was never recorded.
    const appointments = await env.t.db.selectFrom("clinical_records").select("patient_id").where("kind", "=", "appointment").where("patient_id", "in", [first, second]).execute();
    expect(appointments).toHaveLength(1);
    // And a later try at the same slot is refused the same way.
    const late = await staff.coordinator.post(visitsUrl(appointments[0]?.patient_id === first ? second : first), slot(IN_WINDOW_MONDAY, "11:00"));
    expect(late.json().error.code).toBe("slot_taken");
  });

  it("moves a visit with a reason: the old slot is free again, the new one taken, the history keeps both", async () => {
    await setUp();
    const patientId = await newPatient();
    const visitId = (await staff.coordinator.post(visitsUrl(patientId), slot(IN_WINDOW_MONDAY, "09:30"))).json().next.id as string;
    const noReason = await put(staff.coordinator, visitsUrl(patientId, `/${visitId}`), slot(IN_WINDOW_WEDNESDAY, "14:00", { fromRevision: 1 }));
    expect(noReason.statusCode).toBe(400);
    expect(issuePaths(noReason)).toEqual(["reason"]);
    const blocked = await put(staff.coordinator, visitsUrl(patientId, `/${visitId}`), slot(IN_WINDOW_MONDAY, "10:30", { reason: "Patient asked", fromRevision: 1 }));
    expect(blocked.json().error.code).toBe("slot_taken");

    const moved = await put(staff.injector, visitsUrl(patientId, `/${visitId}`), slot(IN_WINDOW_WEDNESDAY, "14:00", { reason: "Patient asked for an afternoon", fromRevision: 1 }));
    expect(moved.statusCode, moved.body).toBe(200);
    const next = moved.json().next;
    expect(next).toMatchObject({ id: visitId, localDate: IN_WINDOW_WEDNESDAY, localTime: "14:00", startsAt: "2026-12-16T14:00:00.000Z" });
    expect(next.revisions.map((r: { revision: number; reason: string | null; content: { localTime: string } }) => [r.revision, r.reason, r.content.localTime])).toEqual([
      [1, null, "09:30"],
      [2, "Patient asked for an afternoon", "14:00"],
    ]);
    expect(await freeOn(IN_WINDOW_MONDAY)).toContain("09:30");
    expect(await freeOn(IN_WINDOW_WEDNESDAY)).not.toContain("14:00");
    expect(await slotClaimsOf(env.t.db, env.world.a.clinicId, visitId)).toEqual([{ injectorUserId: staff.injectorId, startsAt: "2026-12-16T14:00:00.000Z", appointmentId: visitId }]);

    // Moving outside the window needs its own reason too.
    const late = await put(staff.coordinator, visitsUrl(patientId, `/${visitId}`), slot(LATE_MONDAY, "09:00", { reason: "Clinic closed", fromRevision: 2 }));
    expect(issuePaths(late)).toEqual(["windowReason"]);
  });

  it("cancels a visit with a reason: the slot is free, the patient can be booked again, the history shows it", async () => {
    await setUp();
    const patientId = await newPatient();
    const visitId = (await staff.coordinator.post(visitsUrl(patientId), slot(IN_WINDOW_MONDAY, "09:45"))).json().next.id as string;
    const noReason = await staff.coordinator.post(visitsUrl(patientId, `/${visitId}/cancel`), { reason: "", fromRevision: 1 });
    expect(issuePaths(noReason)).toEqual(["reason"]);
    const cancelled = await staff.coordinator.post(visitsUrl(patientId, `/${visitId}/cancel`), { reason: "Patient unwell", fromRevision: 1 });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const visits = cancelled.json();
    expect(visits.next).toBeNull();
    expect(visits.visits[0]).toMatchObject({ id: visitId, status: "cancelled", upcoming: false });
    expect(visits.visits[0].revisions.map((r: { status: string; reason: string | null }) => [r.status, r.reason])).toEqual([
      ["active", null],
      ["cancelled", "Patient unwell"],
    ]);
    expect(await slotClaimsOf(env.t.db, env.world.a.clinicId, visitId)).toEqual([]);
    expect(await freeOn(IN_WINDOW_MONDAY)).toContain("09:45");
    const row = (await env.clinician.get(clinicUrl("/worklist?pageSize=500"))).json().rows.find((r: { patientId: string }) => r.patientId === patientId);
    expect(row.nextAppointmentAt).toBeNull();

    const again = await staff.coordinator.post(visitsUrl(patientId, `/${visitId}/cancel`), { reason: "twice", fromRevision: 2 });
    expect(again.statusCode).toBe(409);
    expect((await put(staff.coordinator, visitsUrl(patientId, `/${visitId}`), slot(IN_WINDOW_MONDAY, "09:45", { reason: "back", fromRevision: 2 }))).statusCode).toBe(409);
    const rebooked = await staff.coordinator.post(visitsUrl(patientId), slot(IN_WINDOW_MONDAY, "09:45"));
    expect(rebooked.statusCode).toBe(200);
    expect(rebooked.json().visits.map((v: { status: string }) => v.status).sort()).toEqual(["active", "cancelled"]);
  });

  it("refuses a move or a cancellation made from a revision no longer the newest (stale_version) or from none stated (400), writing nothing", async () => {
    await setUp();
    const patientId = await newPatient();
    const visitId = (await staff.coordinator.post(visitsUrl(patientId), slot(IN_WINDOW_MONDAY, "11:45"))).json().next.id as string;
    const move = (time: string, extra: Record<string, unknown>) => put(staff.coordinator, visitsUrl(patientId, `/${visitId}`), slot(IN_WINDOW_WEDNESDAY, time, { reason: "Patient asked", ...extra }));
    const cancel = (extra: Record<string, unknown>) => staff.coordinator.post(visitsUrl(patientId, `/${visitId}/cancel`), { reason: "Patient unwell", ...extra });
    expect((await move("13:15", { fromRevision: 1 })).statusCode).toBe(200);
    const before = (await staff.coordinator.get(visitsUrl(patientId))).json();
    const claims = await slotClaimsOf(env.t.db, env.world.a.clinicId, visitId);

    for (const refused of [await move("13:45", { fromRevision: 1 }), await cancel({ fromRevision: 1 }), await cancel({ fromRevision: 3 })]) {
      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json().error).toMatchObject({ code: "stale_version", details: { currentRevision: 2 } });
    }
    for (const blind of [await move("13:45", {}), await cancel({})]) {
      expect(blind.statusCode).toBe(400);
      expect(issuePaths(blind)).toEqual(["fromRevision"]);
    }
    expect((await staff.coordinator.get(visitsUrl(patientId))).json()).toEqual(before);
    expect(await slotClaimsOf(env.t.db, env.world.a.clinicId, visitId)).toEqual(claims);

    const cancelled = await cancel({ fromRevision: 2 });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().visits[0]).toMatchObject({ id: visitId, status: "cancelled" });
  });

  it("refuses to move or cancel a visit whose time has come", async () => {
    await setUp();
    const patientId = await newPatient();
    const visitId = (await staff.coordinator.post(visitsUrl(patientId), slot(IN_WINDOW_MONDAY, "10:00"))).json().next.id as string;
    clock.set("2026-12-14T10:05:00.000Z");
    await staff.coordinator.signInAgain();
    expect((await staff.coordinator.post(visitsUrl(patientId, `/${visitId}/cancel`), { reason: "late", fromRevision: 1 })).statusCode).toBe(409);
    const visits = (await staff.coordinator.get(visitsUrl(patientId))).json();
    expect(visits.next).toBeNull();
    expect(visits.visits[0]).toMatchObject({ id: visitId, status: "active", upcoming: false });
  });

  it("keeps other clinics, patients and strangers out, and another patient's visit out of reach", async () => {
    await setUp();
    const patientId = await newPatient();
    const otherPatient = await newPatient();
    const visitId = (await staff.coordinator.post(visitsUrl(patientId), slot(IN_WINDOW_MONDAY, "11:15"))).json().next.id as string;
    const other = await signedIn(env.http, env.world.b.staff);
    expect((await other.get(visitsUrl(patientId))).statusCode).toBe(404);
    expect((await other.post(visitsUrl(patientId), slot(IN_WINDOW_MONDAY, "11:30"))).statusCode).toBe(404);
    expect((await other.post(visitsUrl(patientId, `/${visitId}/cancel`), { reason: "x", fromRevision: 1 })).statusCode).toBe(404);
    expect((await other.get(clinicUrl(`/agenda?date=${IN_WINDOW_MONDAY}`))).statusCode).toBe(404);
    const patient = await signedIn(env.http, env.world.ann);
    expect((await patient.get(visitsUrl(patientId))).statusCode).toBe(403);
    expect((await patient.post(visitsUrl(env.world.ann.patientId), slot(IN_WINDOW_MONDAY, "11:30"))).statusCode).toBe(403);
    expect((await patient.get(clinicUrl("/agenda"))).statusCode).toBe(403);
    // A visit id under another patient of the same clinic does not exist there.
    expect((await staff.coordinator.post(visitsUrl(otherPatient, `/${visitId}/cancel`), { reason: "x", fromRevision: 1 })).statusCode).toBe(404);
    expect((await staff.coordinator.get(clinicUrl(`/patients/${env.world.bea.patientId}/visits`))).statusCode).toBe(404);
    const stranger = await env.http.app.inject({ method: "GET", url: visitsUrl(patientId) });
    expect(stranger.statusCode).toBe(401);
  });

  it("books in the clinic's summer time: 09:00 in London in June is 08:00 UTC", async () => {
    await setUp();
    const patientId = await newPatient();
    clock.set("2027-06-01T08:00:00.000Z");
    const admin = await signedIn(env.http, env.world.a.staff);
    const booked = await admin.post(visitsUrl(patientId), slot("2027-06-07", "09:00", { windowReason: "Overdue: first free slot" }));
    expect(booked.statusCode, booked.body).toBe(200);
    expect(booked.json().next).toMatchObject({ startsAt: "2027-06-07T08:00:00.000Z", localTime: "09:00", timing: "late" });
  });
});
