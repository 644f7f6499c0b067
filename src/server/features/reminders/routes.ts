/** The signed-in patient's reminder settings (issue 9 §6). */
import type { FastifyInstance } from "fastify";
import { reminderRoutes } from "#contracts/api/reminders.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { readMyReminders, saveMyReminders } from "./my-reminders.ts";

export function registerReminderRoutes(app: FastifyInstance, ctx: HttpContext): void {
  // Text messages are offered only where an SMS gateway drains them (SMS_GATEWAY_TOKEN, ADR 0022).
  const offer = { smsAvailable: ctx.smsGatewayToken !== null };
  registerApiRoute(app, ctx, reminderRoutes.myReminders, async ({ auth }) => readMyReminders(ctx.deps, auth.patient, offer));
  registerApiRoute(app, ctx, reminderRoutes.saveMyReminders, async ({ auth, body }) => saveMyReminders(ctx.deps, auth.patient, body, offer));
}
