/**
 * Injectors' working hours (`injector_hours`: weekly ranges; `injector_hours_exceptions`: a
 * date's ranges instead, none for a day off). Not clinical records: a save replaces them, and an
 * audit row says who saved whose hours.
 */
import type { HoursException, WeeklyHours } from "#domain/scheduling/slots.ts";
import { plainDate } from "#domain/shared/plain-date.ts";
import type { Executor } from "../../shared/executor.ts";

export interface StoredHours {
  readonly weekly: WeeklyHours[];
  readonly exceptions: (HoursException & { readonly note: string | null })[];
}

/** Locks the member's row until the transaction ends, so two saves of one injector's hours queue. */
export async function lockMember(db: Executor, clinicId: string, userId: string): Promise<boolean> {
  const row = await db.selectFrom("memberships").select("user_id").where("clinic_id", "=", clinicId).where("user_id", "=", userId).forUpdate().executeTakeFirst();
  return row !== undefined;
}

/**
 * Each of these members' weekly hours and their exceptions dated `from` or later, by user id
 * (a member without hours has an empty entry).
 */
export async function hoursOf(db: Executor, clinicId: string, userIds: readonly string[], from: string, to?: string): Promise<Map<string, StoredHours>> {
  const byUser = new Map<string, { weekly: WeeklyHours[]; exceptions: StoredHours["exceptions"] }>(userIds.map((id) => [id, { weekly: [], exceptions: [] }]));
  if (userIds.length === 0) return byUser;
  const weekly = await db
    .selectFrom("injector_hours")
    .selectAll()
    .where("clinic_id", "=", clinicId)
    .where("user_id", "in", [...userIds])
    .orderBy("weekday")
    .orderBy("start_time")
    .execute();
  let exceptionsQuery = db.selectFrom("injector_hours_exceptions").selectAll().where("clinic_id", "=", clinicId).where("user_id", "in", [...userIds]).where("date", ">=", from);
  if (to !== undefined) exceptionsQuery = exceptionsQuery.where("date", "<=", to);
  const exceptions = await exceptionsQuery.orderBy("date").execute();
  for (const row of weekly) {
    byUser.get(row.user_id)?.weekly.push({ weekday: row.weekday as WeeklyHours["weekday"], start: row.start_time, end: row.end_time });
  }
  for (const row of exceptions) {
    byUser.get(row.user_id)?.exceptions.push({ date: plainDate(row.date), ranges: row.ranges.map(({ start, end }) => ({ start, end })), note: row.note });
  }
  return byUser;
}

/** Replaces a member's weekly hours. */
export async function replaceWeeklyHours(db: Executor, clinicId: string, userId: string, weekly: readonly WeeklyHours[]): Promise<void> {
  await db.deleteFrom("injector_hours").where("clinic_id", "=", clinicId).where("user_id", "=", userId).execute();
  if (weekly.length === 0) return;
  await db
    .insertInto("injector_hours")
    .values(weekly.map((hours) => ({ clinic_id: clinicId, user_id: userId, weekday: hours.weekday, start_time: hours.start, end_time: hours.end })))
    .execute();
}

/** Replaces a member's exceptions dated `from` or later; earlier ones stay as they were. */
export async function replaceExceptionsFrom(db: Executor, clinicId: string, userId: string, from: string, exceptions: StoredHours["exceptions"]): Promise<void> {
  await db.deleteFrom("injector_hours_exceptions").where("clinic_id", "=", clinicId).where("user_id", "=", userId).where("date", ">=", from).execute();
  if (exceptions.length === 0) return;
  await db
    .insertInto("injector_hours_exceptions")
    .values(exceptions.map((exception) => ({ clinic_id: clinicId, user_id: userId, date: exception.date, ranges: JSON.stringify(exception.ranges), note: exception.note })))
    .execute();
}
