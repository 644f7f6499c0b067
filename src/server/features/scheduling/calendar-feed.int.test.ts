/**
 * Calendar feeds and the patient's next visit on both databases: an injector's feed is an
 * iCalendar document of their own live visits (patient name and "Botox injection visit", nothing
 * clinical) behind a token kept only as its sha256; a new feed replaces the old address and a
 * revoked one answers 404; only injectors have one. The patient's app sees their own next visit
 * (clinic, date, time, injector) and nothing else. And the database itself refuses a slot twice.
 */
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../db/testing.ts";
import { isUniqueViolation } from "../../shared/executor.ts";
import { httpWorld, signedIn } from "../../http/assessment-test-support.ts";
import { sha256Hex } from "../../shared/tokens.ts";
import { testClock } from "../../shared/test-support.ts";
import { IN_WINDOW_MONDAY, IN_WINDOW_WEDNESDAY, NOW, schedulingStaff, treatedPatient, treatedPatientWithAccount, type SchedulingWorld } from "./scheduling-test-support.ts";

describe.each(testDatabaseKinds())("calendar feeds and the patient's next visit on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock);
  const clinicUrl = (suffix: string) => `/api/clinics/${env.world.a.clinicId}${suffix}`;
  const feedUrl = () => clinicUrl("/calendar-feed");
  let staff: SchedulingWorld;
  const visitIds: string[] = [];

  async function setUp() {
    if (staff !== undefined) return;
    staff = await schedulingStaff(env);
    const booked = await staff.coordinator.post(clinicUrl(`/patients/${await treatedPatient(env, "Robin Feedwell", staff.injectorId, clock())}/visits`), {
      injectorUserId: staff.injectorId,
      date: IN_WINDOW_MONDAY,
      time: "10:00",
      windowReason: null,
    });
    expect(booked.statusCode, booked.body).toBe(200);
    visitIds.push(booked.json().next.id);
    const early = await staff.coordinator.post(clinicUrl(`/patients/${await treatedPatient(env, "Sam Earlybird", staff.injectorId, clock())}/visits`), {
      injectorUserId: staff.injectorId,
      date: "2026-12-07",
      time: "09:00",
      windowReason: "Confidential reason XYZZY",
    });
    expect(early.statusCode, early.body).toBe(200);
    visitIds.push(early.json().next.id);
  }

  /** The feed over plain HTTP, as a calendar app fetches it: no cookie. */
  const fetchFeed = (url: string) => env.http.app.inject({ method: "GET", url: new URL(url).pathname });

  it("gives an injector a feed of their visits: valid iCalendar, the patient's name and nothing clinical", async () => {
    await setUp();
    expect((await staff.injector.get(feedUrl())).json()).toEqual({ available: true, active: false, createdAt: null });
    const created = await staff.injector.post(feedUrl());
    expect(created.statusCode, created.body).toBe(200);
    const { url, createdAt } = created.json();
    expect(url).toMatch(/^http:\/\/localhost(:\d+)?\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(createdAt).toBe(NOW);
    expect((await staff.injector.get(feedUrl())).json()).toEqual({ available: true, active: true, createdAt: NOW });

    const feed = await fetchFeed(url);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    const text = feed.body;
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain(`UID:${visitIds[0]}@cephalog`);
    expect(text).toContain("SUMMARY:Botox injection visit: Robin Feedwell");
    expect(text).toContain("DTSTART:20261214T100000Z");
    expect(text).toContain("DURATION:PT15M");
    expect(text).toContain("LOCATION:Clinic A");
    // Nothing clinical: no reason, no window, no dose.
    expect(text).not.toContain("XYZZY");
    expect(text).not.toMatch(/DESCRIPTION|units|window/i);

    // Only the token's sha256 is stored.
    const token = new URL(url).pathname.split("/").pop()?.replace(/\.ics$/, "") ?? "";
    const rows = await env.t.db.selectFrom("calendar_feeds").select(["token_hash", "user_id"]).where("clinic_id", "=", env.world.a.clinicId).execute();
    expect(rows).toEqual([{ token_hash: sha256Hex(token), user_id: staff.injectorId }]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("follows moves and cancellations: a moved visit's sequence grows, a cancelled one leaves the feed", async () => {
    await setUp();
    const { url } = (await staff.injector.post(feedUrl())).json();
    const [robin, sam] = visitIds;
    const robinPatient = (await env.t.db.selectFrom("clinical_records").select("patient_id").where("id", "=", robin ?? "").executeTakeFirstOrThrow()).patient_id;
    const samPatient = (await env.t.db.selectFrom("clinical_records").select("patient_id").where("id", "=", sam ?? "").executeTakeFirstOrThrow()).patient_id;
    const moved = await env.http.app.inject({
      method: "PUT",
      url: clinicUrl(`/patients/${robinPatient}/visits/${robin}`),
      headers: { cookie: staff.coordinator.cookie ?? "" },
      payload: { injectorUserId: staff.injectorId, date: IN_WINDOW_WEDNESDAY, time: "13:30", reason: "Moved", fromRevision: 1 },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await staff.coordinator.post(clinicUrl(`/patients/${samPatient}/visits/${sam}/cancel`), { reason: "Cancelled", fromRevision: 1 })).statusCode).toBe(200);
    const text = (await fetchFeed(url)).body;
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain("DTSTART:20261216T133000Z");
    expect(text).toContain("SEQUENCE:1");
    expect(text).not.toContain("Sam Earlybird");
  });

  it("replaces the old address with a new one, and answers 404 once revoked or for an unknown token", async () => {
    await setUp();
    const first = (await staff.injector.post(feedUrl())).json().url as string;
    const second = (await staff.injector.post(feedUrl())).json().url as string;
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).statusCode).toBe(404);
    expect((await fetchFeed(second)).statusCode).toBe(200);
    const revoked = await env.http.app.inject({ method: "DELETE", url: feedUrl(), headers: { cookie: staff.injector.cookie ?? "" } });
    expect(revoked.json()).toEqual({ ok: true });
    const gone = await fetchFeed(second);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe("not_found");
    expect((await staff.injector.get(feedUrl())).json()).toMatchObject({ active: false });
    expect((await fetchFeed(`http://localhost/api/calendar/${"A".repeat(43)}.ics`)).statusCode).toBe(404);
    expect((await fetchFeed("http://localhost/api/calendar/short.ics")).statusCode).toBe(404);
    const audit = await env.t.db.selectFrom("audit_events").select("action").where("entity", "=", "calendar_feed").orderBy("at").execute();
    expect(audit.map((row) => row.action)).toContain("calendar_feed.revoked");
  });

  it("has feeds for injectors only, in their own clinic", async () => {
    await setUp();
    expect((await staff.coordinator.get(feedUrl())).json()).toEqual({ available: false, active: false, createdAt: null });
    expect((await staff.coordinator.post(feedUrl())).statusCode).toBe(403);
    const other = await signedIn(env.http, env.world.b.staff);
    expect((await other.post(feedUrl())).statusCode).toBe(404);
    const patient = await signedIn(env.http, env.world.ann);
    expect((await patient.post(feedUrl())).statusCode).toBe(403);
  });

  it("shows the patient their own next visit: when, where and with whom, nothing else", async () => {
    await setUp();
    const { patientId, client } = await treatedPatientWithAccount(env, "Pat Appwell", staff.injectorId, clock());
    expect((await client.get("/api/me/appointments")).json()).toEqual({ appointments: [] });
    const booked = await staff.coordinator.post(clinicUrl(`/patients/${patientId}/visits`), { injectorUserId: staff.injectorId, date: IN_WINDOW_MONDAY, time: "11:30" });
    expect(booked.statusCode, booked.body).toBe(200);
    const mine = await client.get("/api/me/appointments");
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toEqual({
      appointments: [{ startsAt: "2026-12-14T11:30:00.000Z", localDate: IN_WINDOW_MONDAY, localTime: "11:30", minutes: 15, clinicName: "Clinic A", injectorName: staff.injectorName }],
    });
    // Another patient sees none of it; staff have no /api/me/appointments.
    const ann = await signedIn(env.http, env.world.ann);
    expect((await ann.get("/api/me/appointments")).json()).toEqual({ appointments: [] });
    expect((await staff.coordinator.get("/api/me/appointments")).statusCode).toBe(403);
    // A visit shows until it is over, then no more.
    clock.set("2026-12-14T11:40:00.000Z");
    expect((await client.get("/api/me/appointments")).json().appointments).toHaveLength(1);
    clock.set("2026-12-14T11:45:00.000Z");
    expect((await client.get("/api/me/appointments")).json().appointments).toEqual([]);
    clock.set(NOW);
  });

  it("refuses a second claim of one slot in the database itself, whatever the application checks", async () => {
    await setUp();
    const claim = await env.t.db.selectFrom("appointment_slots").selectAll().where("appointment_id", "=", visitIds[0] ?? "").executeTakeFirstOrThrow();
    const otherVisit = visitIds[1] ?? "";
    await env.t.db.deleteFrom("appointment_slots").where("appointment_id", "=", otherVisit).execute();
    const error = await env.t.db
      .insertInto("appointment_slots")
      .values({ ...claim, appointment_id: otherVisit })
      .execute()
      .then(() => null, (caught: unknown) => caught);
    expect(isUniqueViolation(error)).toBe(true);
  });
});
