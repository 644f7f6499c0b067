/** Scheduling: working hours, slots, visits, the agenda, the patient's next visit, calendar feeds. */
import type { FastifyInstance } from "fastify";
import { schedulingRoutes } from "#contracts/api/scheduling.ts";
import { baseUrlOf, registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { readAgenda } from "./agenda.ts";
import { calendarFeedDocument, calendarFeedStatus, createCalendarFeed, revokeCalendarFeed } from "./calendar-feed.ts";
import { freeSlots } from "./free-slots.ts";
import { readHours, saveHours } from "./hours.ts";
import { myAppointments } from "./my-appointments.ts";
import { patientVisits } from "./visit-views.ts";
import { bookVisit, cancelVisit, rescheduleVisit } from "./visits.ts";

/** The feed a calendar app subscribes to: text/calendar, no cookie, the token in the path is the credential. */
export const CALENDAR_FEED_PATH = "/api/calendar/:token.ics";

export function registerSchedulingRoutes(app: FastifyInstance, ctx: HttpContext): void {
  const target = (auth: { clinicId: string }, params: { patientId: string }) => ({ clinicId: auth.clinicId, patientId: params.patientId });
  const member = (auth: { clinicId: string; user: { id: string } }) => ({ clinicId: auth.clinicId, userId: auth.user.id });

  registerApiRoute(app, ctx, schedulingRoutes.injectorHours, async ({ auth }) => readHours(ctx.deps, auth.clinicId));
  registerApiRoute(app, ctx, schedulingRoutes.saveInjectorHours, async ({ auth, params, body }) => saveHours(ctx.deps, auth.clinicId, params.userId, auth.user.id, body));
  registerApiRoute(app, ctx, schedulingRoutes.freeSlots, async ({ auth, query }) => freeSlots(ctx.deps, auth.clinicId, query));
  registerApiRoute(app, ctx, schedulingRoutes.agenda, async ({ auth, query }) => readAgenda(ctx.deps, auth.clinicId, query.date));
  registerApiRoute(app, ctx, schedulingRoutes.patientVisits, async ({ auth, params }) => patientVisits(ctx.deps, target(auth, params)));
  registerApiRoute(app, ctx, schedulingRoutes.bookVisit, async ({ auth, params, body }) => bookVisit(ctx.deps, target(auth, params), auth.user.id, body));
  registerApiRoute(app, ctx, schedulingRoutes.rescheduleVisit, async ({ auth, params, body }) => rescheduleVisit(ctx.deps, target(auth, params), params.visitId, auth.user.id, body));
  registerApiRoute(app, ctx, schedulingRoutes.cancelVisit, async ({ auth, params, body }) => cancelVisit(ctx.deps, target(auth, params), params.visitId, auth.user.id, body));
  registerApiRoute(app, ctx, schedulingRoutes.myAppointments, async ({ auth }) => myAppointments(ctx.deps, auth.patient));
  registerApiRoute(app, ctx, schedulingRoutes.calendarFeed, async ({ auth }) => calendarFeedStatus(ctx.deps, member(auth)));
  registerApiRoute(app, ctx, schedulingRoutes.createCalendarFeed, async ({ auth, request }) => createCalendarFeed(ctx.deps, member(auth), baseUrlOf(ctx, request)));
  registerApiRoute(app, ctx, schedulingRoutes.revokeCalendarFeed, async ({ auth }) => {
    await revokeCalendarFeed(ctx.deps, member(auth));
    return { ok: true as const };
  });

  // registerApiRoute answers JSON only; the feed is iCalendar. Errors still take the one JSON shape.
  app.get<{ Params: { token: string } }>(
    CALENDAR_FEED_PATH,
    { schema: { summary: "An injector's calendar feed (iCalendar): their visits from a month ago on; 404 once revoked", tags: ["calendar"], produces: ["text/calendar"] } },
    async (request, reply) => {
      const document = await calendarFeedDocument(ctx.deps, request.params.token);
      return reply.type("text/calendar; charset=utf-8").header("content-disposition", 'inline; filename="cephalog-visits.ics"').send(document);
    },
  );
}
