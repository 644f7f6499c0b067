/**
 * Scheduling (pathway-rules §7): injectors' working hours, 15-minute slots, visits booked inside
 * the treatment window (outside it only with a reason), rescheduled and cancelled with a reason,
 * the patient's next visit in their app, and per-injector calendar feeds.
 *
 * Times are the clinic's wall-clock times ("HH:MM" in its time zone) and dates its calendar
 * dates; each visit also carries its instant (`startsAt`). The iCalendar feed itself
 * (`GET /api/calendar/<token>.ics`) answers text/calendar, not JSON, so it is registered by the
 * scheduling routes beside these and is not in this list.
 */
import { z } from "zod";
import { BOOKING_TIMINGS } from "#domain/scheduling/booking-window.ts";
import { isTimeRange, minutesOf, overlappingRanges, type TimeRange, type WeeklyHours } from "#domain/scheduling/slots.ts";
import { daysBetween } from "#domain/shared/plain-date.ts";
import { appointmentAnswerSchema } from "../records/kind-contents.ts";
import { plainDateSchema } from "../plain-date.ts";
import { freeText, singleLineText } from "../text.ts";
import { clinicParamsSchema, fromRevisionSchema, idSchema, okSchema, patientParamsSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

/** The most days one request for free slots may span. */
export const MAX_SLOT_RANGE_DAYS = 31;

export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM (24-hour)");

const rangeFields = { start: timeSchema, end: timeSchema };
const endsAfterStart = { message: "must be after the start", path: ["end"] };
/** A range whose times are well formed must end after it starts (a malformed time is named by its own field). */
const wellOrdered = (range: TimeRange) => minutesOf(range.start) === null || minutesOf(range.end) === null || isTimeRange(range);

export const timeRangeSchema = z.object(rangeFields).refine(wellOrdered, endsAfterStart);

export const weeklyHoursSchema = z
  .object({
    weekday: z
      .number()
      .int()
      .min(1, "must be 1 (Monday) to 7 (Sunday)")
      .max(7, "must be 1 (Monday) to 7 (Sunday)")
      .transform((weekday) => weekday as WeeklyHours["weekday"]),
    ...rangeFields,
  })
  .refine(wellOrdered, endsAfterStart);

export const hoursExceptionSchema = z.object({
  date: plainDateSchema,
  /** The hours that day instead of the week's; none is a day off. */
  ranges: z.array(timeRangeSchema).max(12),
  note: singleLineText().trim().max(200).nullable().default(null),
});

/** Each range that overlaps an earlier one of the same day, named by its place in the list. */
function refuseOverlaps(ctx: z.RefinementCtx, ranges: readonly TimeRange[], path: (index: number) => (string | number)[]): void {
  for (const index of overlappingRanges(ranges)) ctx.addIssue({ code: "custom", message: "overlaps another range of the same day", path: path(index) });
}

export const saveHoursBodySchema = z
  .object({
    /** The injector's regular week: several ranges a day allowed, none overlapping. */
    weekly: z.array(weeklyHoursSchema).max(70),
    /** Dated changes from today on (a day off, or other hours); each date once. Earlier ones are kept as they were. */
    exceptions: z.array(hoursExceptionSchema).max(400),
  })
  .superRefine((body, ctx) => {
    for (let weekday = 1; weekday <= 7; weekday += 1) {
      const indices = body.weekly.flatMap((hours, index) => (hours.weekday === weekday ? [index] : []));
      refuseOverlaps(ctx, indices.map((index) => body.weekly[index] as TimeRange), (position) => ["weekly", indices[position] ?? 0, "start"]);
    }
    const seen = new Set<string>();
    body.exceptions.forEach((exception, index) => {
      if (seen.has(exception.date)) ctx.addIssue({ code: "custom", message: "is given twice: one entry a date", path: ["exceptions", index, "date"] });
      seen.add(exception.date);
      refuseOverlaps(ctx, exception.ranges, (position) => ["exceptions", index, "ranges", position, "start"]);
    });
  });
export type SaveHoursBody = z.input<typeof saveHoursBodySchema>;

const person = z.object({ userId: z.string(), name: z.string() });
const rangeAnswer = z.object({ start: z.string(), end: z.string() });

export const injectorHoursSchema = z.object({
  userId: z.string(),
  name: z.string(),
  weekly: z.array(z.object({ weekday: z.number().int(), start: z.string(), end: z.string() })),
  /** From today on. */
  exceptions: z.array(z.object({ date: z.string(), ranges: z.array(rangeAnswer), note: z.string().nullable() })),
});
export type InjectorHours = z.infer<typeof injectorHoursSchema>;

export const hoursViewSchema = z.object({
  today: z.string(),
  timeZone: z.string(),
  slotMinutes: z.number().int(),
  injectors: z.array(injectorHoursSchema),
});
export type HoursView = z.infer<typeof hoursViewSchema>;

export const injectorParamsSchema = clinicParamsSchema.extend({ userId: idSchema });

export const slotsQuerySchema = z
  .object({
    /** One injector; omitted: every injector of the clinic. */
    injectorUserId: idSchema.optional(),
    from: plainDateSchema,
    to: plainDateSchema,
  })
  .superRefine((query, ctx) => {
    const days = daysBetween(query.from, query.to);
    if (days < 0) ctx.addIssue({ code: "custom", message: "must not be before from", path: ["to"] });
    else if (days >= MAX_SLOT_RANGE_DAYS) ctx.addIssue({ code: "custom", message: `must be within ${MAX_SLOT_RANGE_DAYS} days of from`, path: ["to"] });
  });
export type SlotsQuery = z.input<typeof slotsQuerySchema>;

export const freeSlotsSchema = z.object({
  today: z.string(),
  timeZone: z.string(),
  slotMinutes: z.number().int(),
  injectors: z.array(person.extend({ days: z.array(z.object({ date: z.string(), slots: z.array(z.string()) })) })),
});
export type FreeSlots = z.infer<typeof freeSlotsSchema>;

const windowReasonSchema = freeText().trim().max(2000).nullable().optional();

export const bookVisitBodySchema = z.object({
  injectorUserId: idSchema,
  /** The clinic's calendar date of the visit. */
  date: plainDateSchema,
  /** The slot's start, the clinic's wall-clock time. */
  time: timeSchema,
  /** Required when the date is outside the treatment window (before the earliest or after the late date). */
  windowReason: windowReasonSchema,
});
export type BookVisitBody = z.input<typeof bookVisitBodySchema>;

export const rescheduleVisitBodySchema = bookVisitBodySchema.extend({
  /** Why the visit moves; the earlier time stays in its history. */
  reason: freeText().trim().min(1, "is required: say why the visit is moved").max(2000),
  fromRevision: fromRevisionSchema,
});
export type RescheduleVisitBody = z.input<typeof rescheduleVisitBodySchema>;

export const cancelVisitBodySchema = z.object({
  reason: freeText().trim().min(1, "is required: say why the visit is cancelled").max(2000),
  fromRevision: fromRevisionSchema,
});

export const visitParamsSchema = patientParamsSchema.extend({ visitId: idSchema });

export const visitRevisionSchema = z.object({
  revision: z.number().int(),
  status: z.enum(["active", "cancelled", "entered-in-error"]),
  recordedAt: z.string(),
  recordedBy: person,
  reason: z.string().nullable(),
  content: appointmentAnswerSchema,
  injectorName: z.string(),
});

export const bookingTimingSchema = z.enum(BOOKING_TIMINGS);

export const visitViewSchema = z.object({
  id: z.string(),
  status: z.enum(["active", "cancelled", "entered-in-error"]),
  startsAt: z.string(),
  localDate: z.string(),
  localTime: z.string(),
  minutes: z.number().int(),
  injector: person,
  windowReason: z.string().nullable(),
  /** Still ahead and not cancelled. */
  upcoming: z.boolean(),
  /** Every revision, oldest first: the booking, each move and a cancellation. */
  revisions: z.array(visitRevisionSchema),
});
export type VisitView = z.infer<typeof visitViewSchema>;

/** The treatment window after the last signed session (pathway-rules §7: S+77, S+84, S+91). */
export const treatmentWindowSchema = z.object({ lastSessionDate: z.string(), earliest: z.string(), due: z.string(), late: z.string() });

export const patientVisitsSchema = z.object({
  /** The clinic's today and zone: dates and times here are its own. */
  today: z.string(),
  timeZone: z.string(),
  slotMinutes: z.number().int(),
  /** Null before the first session: any date is fine. */
  window: treatmentWindowSchema.nullable(),
  /** The next live visit and how its date falls against the window. */
  next: visitViewSchema.extend({ timing: bookingTimingSchema }).nullable(),
  /** Every visit, the latest first, cancelled ones included. */
  visits: z.array(visitViewSchema),
  injectors: z.array(person),
});
export type PatientVisits = z.infer<typeof patientVisitsSchema>;

export const agendaQuerySchema = z.object({ date: plainDateSchema.optional() });

export const agendaVisitSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  recordNumber: z.string().nullable(),
  startsAt: z.string(),
  localTime: z.string(),
  minutes: z.number().int(),
  windowReason: z.string().nullable(),
});
export type AgendaVisit = z.infer<typeof agendaVisitSchema>;

export const agendaSchema = z.object({
  date: z.string(),
  today: z.string(),
  timeZone: z.string(),
  slotMinutes: z.number().int(),
  /** Each injector with their hours that day and their live visits, in time order. */
  injectors: z.array(person.extend({ hours: z.array(rangeAnswer), visits: z.array(agendaVisitSchema) })),
});
export type Agenda = z.infer<typeof agendaSchema>;

/** What the patient's app shows: when, where and with whom; nothing clinical. */
export const myAppointmentsSchema = z.object({
  appointments: z.array(
    z.object({ startsAt: z.string(), localDate: z.string(), localTime: z.string(), minutes: z.number().int(), clinicName: z.string(), injectorName: z.string() }),
  ),
});
export type MyAppointments = z.infer<typeof myAppointmentsSchema>;

export const calendarFeedStatusSchema = z.object({
  /** Only injectors have a feed of their visits. */
  available: z.boolean(),
  active: z.boolean(),
  createdAt: z.string().nullable(),
});
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusSchema>;

/** The feed's address, shown once: only the token's sha256 is kept. */
export const calendarFeedCreatedSchema = z.object({ url: z.string(), createdAt: z.string() });

const visits = "/api/clinics/:clinicId/patients/:patientId/visits";

export const schedulingRoutes = {
  injectorHours: { method: "GET", path: "/api/clinics/:clinicId/injector-hours", summary: "Every injector's weekly hours and dated exceptions from today on", access: "hours.manage", params: clinicParamsSchema, response: hoursViewSchema },
  saveInjectorHours: { method: "PUT", path: "/api/clinics/:clinicId/injector-hours/:userId", summary: "Replace an injector's weekly hours and their exceptions from today on (ranges HH:MM, none overlapping)", access: "hours.manage", params: injectorParamsSchema, body: saveHoursBodySchema, response: hoursViewSchema },
  freeSlots: { method: "GET", path: "/api/clinics/:clinicId/slots", summary: "Free slots in injectors' hours over a date range (at most 31 days), never in the past", access: "clinic.read", params: clinicParamsSchema, query: slotsQuerySchema, response: freeSlotsSchema },
  agenda: { method: "GET", path: "/api/clinics/:clinicId/agenda", summary: "A day's live visits by injector, with their hours (default: the clinic's today)", access: "clinic.read", params: clinicParamsSchema, query: agendaQuerySchema, response: agendaSchema },
  patientVisits: { method: "GET", path: visits, summary: "The patient's treatment window, next visit and every visit with its history", access: "clinic.read", params: patientParamsSchema, response: patientVisitsSchema },
  bookVisit: { method: "POST", path: visits, summary: "Book the next visit in a free slot; outside the treatment window only with windowReason; a taken slot is slot_taken", access: "schedule.manage", params: patientParamsSchema, body: bookVisitBodySchema, response: patientVisitsSchema },
  rescheduleVisit: { method: "PUT", path: `${visits}/:visitId`, summary: "Move a visit to another free slot, with a reason (a new revision; the old slot is freed)", access: "schedule.manage", params: visitParamsSchema, body: rescheduleVisitBodySchema, response: patientVisitsSchema },
  cancelVisit: { method: "POST", path: `${visits}/:visitId/cancel`, summary: "Cancel a visit, with a reason (a revision with status cancelled; the slot is freed)", access: "schedule.manage", params: visitParamsSchema, body: cancelVisitBodySchema, response: patientVisitsSchema },
  myAppointments: { method: "GET", path: "/api/me/appointments", summary: "The signed-in patient's next visits: date, time, clinic and injector", access: "patient", response: myAppointmentsSchema },
  calendarFeed: { method: "GET", path: "/api/clinics/:clinicId/calendar-feed", summary: "Whether the signed-in injector has a live calendar feed", access: "clinic.read", params: clinicParamsSchema, response: calendarFeedStatusSchema },
  createCalendarFeed: { method: "POST", path: "/api/clinics/:clinicId/calendar-feed", summary: "Create (or replace) the signed-in injector's calendar feed; the address is shown once", access: "clinic.read", params: clinicParamsSchema, response: calendarFeedCreatedSchema },
  revokeCalendarFeed: { method: "DELETE", path: "/api/clinics/:clinicId/calendar-feed", summary: "Revoke the signed-in injector's calendar feed: its address stops working", access: "clinic.read", params: clinicParamsSchema, response: okSchema },
} as const satisfies Record<string, RouteContract>;
