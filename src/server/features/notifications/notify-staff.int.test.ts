/**
 * Who an alert reaches, on both databases (issue 8, interface 2): one row per active member of
 * the clinic whose roles give the permission, per channel (in-app always, email, web push per
 * device); nobody else (other roles, a deactivated member, another clinic's staff); nothing when
 * the transaction rolls back; no email for the demo clinic; one account's own notice (notifyUser).
 */
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { insertClinic } from "../setup/repository.ts";
import { deactivateStaff } from "../staff/staff.ts";
import { addStaff, makeClinic, makePatientWithAccount, testClock, testDeps } from "../../shared/test-support.ts";
import { notifyClinicStaff, type StaffNotice } from "./notify-staff.ts";
import { notifyUser } from "./notify-user.ts";
import { upsertSubscription } from "./push-subscriptions-repository.ts";

const NOW = new Date("2026-07-20T10:00:00.000Z");

describe.each(testDatabaseKinds())("staff alerts fan out on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t.close());

  const deps = () => testDeps(t.db, testClock(NOW.toISOString()));
  const device = (userId: string, n: number) =>
    upsertSubscription(t.db, { id: uuidv7(), userId, endpoint: `https://fcm.googleapis.com/fcm/send/device-${userId}-${n}`, p256dh: "B".repeat(87), auth: "a".repeat(22), label: `Phone ${n}`, createdAt: NOW.toISOString() });
  const rowsOf = (clinicId: string) =>
    t.db
      .selectFrom("notifications")
      .select(["user_id", "channel", "recipient", "subject", "link", "subscription_id", "sent_at", "next_attempt_at"])
      .where("for_clinic_id", "=", clinicId)
      .orderBy("user_id")
      .orderBy("channel")
      .execute();

  it("queues in-app, email and each device's push for the active members whose roles give the permission, and nobody else", async () => {
    const d = deps();
    const clinic = await makeClinic(d, "admin", "Alert Clinic");
    const clinician = await addStaff(d, clinic.clinicId, "clinician");
    const injector = await addStaff(d, clinic.clinicId, "injector");
    const coordinator = await addStaff(d, clinic.clinicId, "coordinator");
    const leaver = await addStaff(d, clinic.clinicId, "clinician");
    await deactivateStaff(d, { clinicId: clinic.clinicId, userId: leaver.userId }, clinic.staff.userId);
    const other = await makeClinic(d, "clinician", "Other Clinic");
    const phone = await device(clinician.userId, 1);
    const tablet = await device(clinician.userId, 2);
    await device(injector.userId, 1);
    await device(leaver.userId, 1);

    const notice: StaffNotice = { clinicId: clinic.clinicId, permission: "clinical.write", kind: "side-effect.red", subject: "A red side-effect report needs review", body: "Open the report in Cephalog.", link: `/clinic/${clinic.clinicId}/side-effects/r1`, now: NOW };
    await t.db.transaction().execute((tx) => notifyClinicStaff(tx, notice));

    const rows = await rowsOf(clinic.clinicId);
    const byUser = (userId: string) => rows.filter((row) => row.user_id === userId).map((row) => row.channel);
    expect(byUser(clinic.staff.userId)).toEqual(["email", "in-app"]);
    expect(byUser(clinician.userId)).toEqual(["email", "in-app", "web-push", "web-push"]);
    for (const nobody of [injector, coordinator, leaver]) expect(byUser(nobody.userId)).toEqual([]);
    expect(await rowsOf(other.clinicId)).toEqual([]);
    expect(rows).toHaveLength(6);
    expect(rows.filter((row) => row.channel === "web-push").map((row) => row.subscription_id).sort()).toEqual([phone, tablet].sort());
    expect(rows.find((row) => row.channel === "email" && row.user_id === clinician.userId)?.recipient).toBe(clinician.email);
    // In-app is delivered as written; email and push wait for their jobs.
    expect(rows.every((row) => (row.channel === "in-app" ? row.sent_at === NOW.toISOString() && row.next_attempt_at === null : row.sent_at === null && row.next_attempt_at === NOW.toISOString()))).toBe(true);
    expect(rows.every((row) => row.link === notice.link && row.subject === notice.subject)).toBe(true);
    const jobs = await t.db.selectFrom("jobs").select("payload").where("queue", "=", "notification-delivery").execute();
    expect(jobs).toHaveLength(4);
  });

  it("queues nothing when the report's transaction rolls back", async () => {
    const d = deps();
    const clinic = await makeClinic(d, "clinician", "Rollback Clinic");
    await expect(
      t.db.transaction().execute(async (tx) => {
        await notifyClinicStaff(tx, { clinicId: clinic.clinicId, permission: "clinical.write", kind: "side-effect.red", subject: "s", body: "b", link: "/", now: NOW });
        throw new Error("the report was not stored");
      }),
    ).rejects.toThrow("the report was not stored");
    expect(await rowsOf(clinic.clinicId)).toEqual([]);
  });

  it("sends no email for the demo clinic (its addresses are made up), in-app and push still", async () => {
    const d = deps();
    const demo = await insertClinic(t.db, { id: uuidv7(), name: "Demo", time_zone: "Europe/London", is_demo: true, two_factor_required_for_staff: false });
    const member = await addStaff(d, demo.id, "clinician");
    await device(member.userId, 1);
    await t.db.transaction().execute((tx) => notifyClinicStaff(tx, { clinicId: demo.id, permission: "clinical.write", kind: "side-effect.amber", subject: "s", body: "b", link: "/", now: NOW }));
    expect((await rowsOf(demo.id)).map((row) => row.channel)).toEqual(["in-app", "web-push"]);
  });

  it("refuses a link that is not a path of the app", async () => {
    const d = deps();
    const clinic = await makeClinic(d, "clinician", "Link Clinic");
    for (const link of ["https://evil.example/x", "//evil.example/x", "clinic/x"]) {
      await expect(t.db.transaction().execute((tx) => notifyClinicStaff(tx, { clinicId: clinic.clinicId, permission: "clinical.write", kind: "k", subject: "s", body: "b", link, now: NOW }))).rejects.toThrow(/app path/);
    }
  });

  it("tells one account on its channels (a patient's reminder), and nothing for an unknown account", async () => {
    const d = deps();
    const clinic = await makeClinic(d, "clinician", "Reminder Clinic");
    const patient = await makePatientWithAccount(d, clinic.clinicId, clinic.staff.userId);
    expect(await t.db.transaction().execute((tx) => notifyUser(tx, { userId: patient.userId, clinicId: clinic.clinicId, kind: "visit-reminder", subject: "Your visit is tomorrow", body: "Open Cephalog for the time.", link: "/today", now: NOW }))).toBe(true);
    expect((await rowsOf(clinic.clinicId)).map((row) => [row.user_id, row.channel])).toEqual([
      [patient.userId, "email"],
      [patient.userId, "in-app"],
    ]);
    expect(await t.db.transaction().execute((tx) => notifyUser(tx, { userId: uuidv7(), clinicId: null, kind: "k", subject: "s", body: "b", link: "/", now: NOW }))).toBe(false);
  });
});
