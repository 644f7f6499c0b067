/**
 * Each injector's calendar feed: an iCalendar (RFC 5545) document of their live visits, built
 * with the `ics` package, for a calendar app to subscribe to. The address carries an unguessable
 * token (32 random bytes) that is the only credential, shown once; only its sha256 is stored,
 * like invitation links. Creating a feed again replaces the old address; revoking stops it.
 *
 * What a feed shows is what an injector's calendar needs and no more (the address may end up in
 * a phone's calendar account): the visit's time, "Botox injection visit" and the patient's name,
 * and the clinic. Nothing clinical.
 */
import { createEvents, type EventAttributes } from "ics";
import type { CalendarFeedStatus } from "#contracts/api/scheduling.ts";
import { addDays } from "#domain/shared/plain-date.ts";
import { AppError } from "../../app-error.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { currentRecords } from "../../shared/records/repository.ts";
import { newToken, sha256Hex } from "../../shared/tokens.ts";
import { findRoles } from "../staff/repository.ts";
import { clinicCalendar } from "./clinic-calendar.ts";
import { findLiveFeed, insertFeed, liveFeedOf, revokeFeeds } from "./feeds-repository.ts";
import { clinicName, patientNames } from "./people-repository.ts";
import type { AppointmentContent } from "./visit-slot.ts";

/** How far back a feed reaches: the last month's visits stay in the calendar. */
export const FEED_PAST_DAYS = 30;

/** The feed's address: `<base>/api/calendar/<token>.ics`. */
export function calendarFeedUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/api/calendar/${token}.ics`;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const NO_FEED = () => new AppError("not_found", "No such calendar feed.");

interface Member {
  readonly clinicId: string;
  readonly userId: string;
}

async function isInjector(db: Executor, member: Member): Promise<boolean> {
  return (await findRoles(db, member.clinicId, member.userId)).includes("injector");
}

/** Whether the signed-in member can have a feed (injectors only) and has a live one. */
export async function calendarFeedStatus(deps: ServiceDeps, member: Member): Promise<CalendarFeedStatus> {
  return readSnapshot(deps.db, async (tx) => {
    const available = await isInjector(tx, member);
    const live = available ? await liveFeedOf(tx, member.clinicId, member.userId) : undefined;
    return { available, active: live !== undefined, createdAt: live?.createdAt ?? null };
  });
}

/** Creates the injector's feed, revoking any earlier address; the new address is answered once. */
export async function createCalendarFeed(deps: ServiceDeps, member: Member, baseUrl: string): Promise<{ url: string; createdAt: string }> {
  const now = deps.clock();
  const token = newToken();
  await deps.db.transaction().execute(async (tx) => {
    if (!(await isInjector(tx, member))) throw new AppError("forbidden", "Only injectors have a calendar feed of their visits.");
    await revokeFeeds(tx, member.clinicId, member.userId, now.toISOString());
    await insertFeed(tx, { clinicId: member.clinicId, userId: member.userId, tokenHash: sha256Hex(token), createdAt: now.toISOString() });
    await audit(tx, now, { clinicId: member.clinicId, actorUserId: member.userId, action: "calendar_feed.created", entity: "calendar_feed", entityId: member.userId });
  });
  return { url: calendarFeedUrl(baseUrl, token), createdAt: now.toISOString() };
}

/** Revokes the member's feed: its address answers 404 from now on. */
export async function revokeCalendarFeed(deps: ServiceDeps, member: Member): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    if ((await revokeFeeds(tx, member.clinicId, member.userId, now.toISOString())) === 0) return;
    await audit(tx, now, { clinicId: member.clinicId, actorUserId: member.userId, action: "calendar_feed.revoked", entity: "calendar_feed", entityId: member.userId });
  });
}

/**
 * The iCalendar document a feed token opens: the injector's live visits from a month ago on.
 * An unknown or revoked token, or one whose owner is no longer an injector there, is not_found.
 */
export async function calendarFeedDocument(deps: ServiceDeps, token: string): Promise<string> {
  if (!TOKEN.test(token)) throw NO_FEED();
  const now = deps.clock();
  return readSnapshot(deps.db, async (tx) => {
    const feed = await findLiveFeed(tx, sha256Hex(token));
    if (feed === undefined || !(await isInjector(tx, feed))) throw NO_FEED();
    const calendar = await clinicCalendar(tx, feed.clinicId, now);
    const rows = await currentRecords(tx, { clinicId: feed.clinicId, kinds: ["appointment"], from: addDays(calendar.today, -FEED_PAST_DAYS) });
    const visits = rows.filter((row) => (row.content as AppointmentContent).injectorUserId === feed.userId);
    const [clinic, patients] = await Promise.all([clinicName(tx, feed.clinicId), patientNames(tx, feed.clinicId, visits.map((row) => row.patient_id))]);
    const events = visits.map((row): EventAttributes => {
      const content = row.content as AppointmentContent;
      const patient = patients.get(row.patient_id)?.name ?? "";
      return {
        uid: `${row.record_id}@cephalog`,
        // Each move is a new revision: calendars update an event whose sequence grew.
        sequence: row.revision - 1,
        start: Date.parse(content.startsAt),
        startInputType: "utc",
        startOutputType: "utc",
        duration: { minutes: content.minutes },
        title: patient === "" ? "Botox injection visit" : `Botox injection visit: ${patient}`,
        location: clinic,
        status: "CONFIRMED",
        busyStatus: "BUSY",
      };
    });
    const { error, value } = createEvents(events, { productId: "cephalog", calName: `Cephalog visits · ${clinic}` });
    if (error !== null || value === null) throw new Error("the calendar feed could not be written");
    return value;
  });
}
