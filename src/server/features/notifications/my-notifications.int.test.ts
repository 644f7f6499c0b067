/**
 * The person's own notifications over HTTP, on both databases (issue 8): the in-app list (newest
 * first, the unread count, marking one read, only one's own, a deactivated member no longer sees
 * the clinic's), the devices that allowed web push (the server's public key, adding, listing,
 * removing one's own only, only push services' addresses), a test push, and the administrators'
 * view of the clinic's outbox without any content.
 */
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld, NOW, signedIn } from "../../http/assessment-test-support.ts";
import { TestClient } from "../../http/test-app.ts";
import { addStaff, testClock } from "../../shared/test-support.ts";
import { deactivateStaff } from "../staff/staff.ts";
import { listMyNotifications } from "./inbox.ts";
import { notifyClinicStaff } from "./notify-staff.ts";
import { notifyUser } from "./notify-user.ts";

const subscription = (n: number) => ({
  endpoint: `https://fcm.googleapis.com/fcm/send/test-device-${n}`,
  keys: { p256dh: `B${"x".repeat(86)}`, auth: "authsecret-16bytes-x" },
  label: `Chrome on Android ${n}`,
});

describe.each(testDatabaseKinds())("one's own notifications over HTTP on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock);

  const alert = (clinicId: string, kindOf: string, at: string) =>
    env.t.db.transaction().execute((tx) => notifyClinicStaff(tx, { clinicId, permission: "clinical.write", kind: kindOf, subject: `Alert ${kindOf}`, body: "Open Cephalog.", link: `/clinic/${clinicId}/worklist`, now: new Date(at) }));

  it("lists one's newest notifications with the unread count, marks one read, and never shows or marks another's", async () => {
    const { a, b } = env.world;
    await alert(a.clinicId, "first", "2026-07-20T08:00:00Z");
    await alert(a.clinicId, "second", "2026-07-20T09:00:00Z");
    await alert(b.clinicId, "other-clinic", "2026-07-20T09:30:00Z");
    const mine = await env.clinician.get("/api/me/notifications");
    expect(mine.statusCode).toBe(200);
    const list = mine.json() as { unread: number; notifications: { id: string; kind: string; subject: string; link: string; clinicId: string; readAt: string | null }[] };
    expect(list.unread).toBe(2);
    expect(list.notifications.map((n) => n.kind)).toEqual(["second", "first"]);
    expect(list.notifications[0]).toMatchObject({ subject: "Alert second", link: `/clinic/${a.clinicId}/worklist`, clinicId: a.clinicId, readAt: null });

    const first = list.notifications[1]?.id ?? "";
    expect((await env.clinician.post(`/api/me/notifications/${first}/read`)).statusCode).toBe(200);
    expect((await env.clinician.post(`/api/me/notifications/${first}/read`)).statusCode).toBe(200);
    const after = (await env.clinician.get("/api/me/notifications")).json() as typeof list;
    expect(after.unread).toBe(1);
    expect(after.notifications.find((n) => n.id === first)?.readAt).toBe(NOW);

    // Clinic B's administrator has their own; clinic A's clinician's is not theirs to see nor mark.
    const bAdmin = await signedIn(env.http, b.staff);
    const theirs = (await bAdmin.get("/api/me/notifications")).json() as typeof list;
    expect(theirs.notifications.map((n) => n.kind)).toEqual(["other-clinic"]);
    const refused = await bAdmin.post(`/api/me/notifications/${list.notifications[0]?.id ?? ""}/read`);
    expect(refused.statusCode).toBe(404);
    expect((await env.clinician.get("/api/me/notifications")).json()).toMatchObject({ unread: 1 });
    expect((await env.clinician.post("/api/me/notifications/not-an-id/read")).statusCode).toBe(400);
    expect((await new TestClient(env.http.app).get("/api/me/notifications")).statusCode).toBe(401);
  });

  it("shows a patient their own, and drops a clinic's alerts from a member it deactivated", async () => {
    const { a, ann } = env.world;
    await env.t.db.transaction().execute((tx) => notifyUser(tx, { userId: ann.userId, clinicId: a.clinicId, kind: "visit-reminder", subject: "Your visit is tomorrow", body: "Open Cephalog.", link: "/today", now: new Date(NOW) }));
    const patient = await signedIn(env.http, ann);
    expect(((await patient.get("/api/me/notifications")).json() as { notifications: { kind: string }[] }).notifications.map((n) => n.kind)).toEqual(["visit-reminder"]);

    const leaver = await addStaff(env.world.deps, a.clinicId, "clinician");
    await alert(a.clinicId, "before-leaving", "2026-07-20T09:45:00Z");
    const client = await signedIn(env.http, leaver);
    expect(((await client.get("/api/me/notifications")).json() as { unread: number }).unread).toBe(1);
    await deactivateStaff(env.world.deps, { clinicId: a.clinicId, userId: leaver.userId }, a.staff.userId);
    // Its sessions ended with the deactivation; whatever signs in as it later sees none of the clinic's alerts.
    expect(await listMyNotifications(env.world.deps, leaver.userId)).toEqual({ unread: 0, notifications: [] });
  });

  it("serves the server's one public key, adds, lists and removes one's own devices, and refuses an address that is not a push service", async () => {
    const first = (await env.clinician.get("/api/me/push")).json() as { publicKey: string; devices: unknown[] };
    expect(Buffer.from(first.publicKey, "base64url")).toHaveLength(65);
    expect(first.devices).toEqual([]);
    const added = await env.clinician.post("/api/me/push/devices", subscription(1));
    expect(added.statusCode).toBe(200);
    const device = added.json() as { id: string; label: string; lastSuccessAt: string | null };
    expect(device).toMatchObject({ label: "Chrome on Android 1", lastSuccessAt: null, lastError: null });
    // The same device again (the browser renewed its keys) replaces it: still one.
    expect((await env.clinician.post("/api/me/push/devices", { ...subscription(1), label: "Chrome on Android" })).json()).toMatchObject({ id: device.id, label: "Chrome on Android" });
    const listed = (await env.clinician.get("/api/me/push")).json() as typeof first;
    expect(listed.publicKey).toBe(first.publicKey);
    expect(listed.devices).toHaveLength(1);

    for (const endpoint of ["http://fcm.googleapis.com/fcm/send/x", "https://127.0.0.1:8443/push", "https://internal.example.org/hook", "https://fcm.googleapis.com.evil.example/x"]) {
      const refused = await env.clinician.post("/api/me/push/devices", { ...subscription(2), endpoint });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ error: { code: "validation_failed", details: { issues: [{ path: "endpoint" }] } } });
    }

    const test = await env.clinician.post("/api/me/push/test");
    expect(test.json()).toEqual({ queued: 1 });
    expect(await env.t.db.selectFrom("notifications").select(["channel", "kind", "link"]).where("kind", "=", "push-test").execute()).toEqual([{ channel: "web-push", kind: "push-test", link: "/account" }]);

    const other = await signedIn(env.http, env.world.a.staff);
    expect((await other.request({ method: "DELETE", url: `/api/me/push/devices/${device.id}` })).statusCode).toBe(404);
    expect((await env.clinician.request({ method: "DELETE", url: `/api/me/push/devices/${device.id}` })).statusCode).toBe(200);
    expect(((await env.clinician.get("/api/me/push")).json() as typeof first).devices).toEqual([]);
  });

  it("keeps an account's 10 newest devices", async () => {
    const member = await addStaff(env.world.deps, env.world.a.clinicId, "injector");
    const client = await signedIn(env.http, member);
    for (let n = 10; n < 22; n += 1) {
      clock.advance(1000);
      expect((await client.post("/api/me/push/devices", subscription(n))).statusCode).toBe(200);
    }
    const devices = ((await client.get("/api/me/push")).json() as { devices: { label: string }[] }).devices;
    expect(devices.map((d) => d.label)).toEqual(Array.from({ length: 10 }, (_, i) => `Chrome on Android ${i + 12}`));
  });

  it("shows administrators the clinic's outbox by channel and state, with no recipient nor content", async () => {
    const { a } = env.world;
    const admin = await signedIn(env.http, a.staff);
    const answer = await admin.get(`/api/clinics/${a.clinicId}/notifications/outbox`);
    expect(answer.statusCode).toBe(200);
    const state = answer.json() as { counts: { channel: string; state: string; count: number }[]; recent: Record<string, unknown>[] };
    expect(state.counts).toContainEqual({ channel: "in-app", state: "sent", count: expect.any(Number) as number });
    expect(state.counts).toContainEqual({ channel: "email", state: "queued", count: expect.any(Number) as number });
    expect(state.recent.length).toBeGreaterThan(0);
    expect(state.recent.every((row) => row["channel"] !== "in-app")).toBe(true);
    const text = answer.body;
    for (const secret of ["Alert first", "Open Cephalog.", env.world.aClinician.email, "/worklist"]) expect(text).not.toContain(secret);
    // Only administrators: a clinician is refused, another clinic is not found.
    expect((await env.clinician.get(`/api/clinics/${a.clinicId}/notifications/outbox`)).statusCode).toBe(403);
    expect((await admin.get(`/api/clinics/${env.world.b.clinicId}/notifications/outbox`)).statusCode).toBe(404);
  });
});
