/** Notifications: one's own list in the app and web push devices; the clinic's outbox for administrators (ADR 0018). */
import type { FastifyInstance } from "fastify";
import { notificationRoutes } from "#contracts/api/notifications.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { listMyNotifications, markMyNotificationRead } from "./inbox.ts";
import { clinicOutboxState } from "./outbox-state.ts";
import { addMyPushDevice, myPush, removeMyPushDevice, testMyPush } from "./push-devices.ts";

export function registerNotificationRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, notificationRoutes.myNotifications, async ({ auth }) => listMyNotifications(ctx.deps, auth.user.id));
  registerApiRoute(app, ctx, notificationRoutes.readMyNotification, async ({ auth, params }) => {
    await markMyNotificationRead(ctx.deps, auth.user.id, params.notificationId);
    return { ok: true as const };
  });
  registerApiRoute(app, ctx, notificationRoutes.myPush, async ({ auth }) => myPush(ctx.deps, auth.user.id));
  registerApiRoute(app, ctx, notificationRoutes.addMyPushDevice, async ({ auth, body }) => addMyPushDevice(ctx.deps, auth.user.id, body));
  registerApiRoute(app, ctx, notificationRoutes.removeMyPushDevice, async ({ auth, params }) => {
    await removeMyPushDevice(ctx.deps, auth.user.id, params.deviceId);
    return { ok: true as const };
  });
  registerApiRoute(app, ctx, notificationRoutes.testMyPush, async ({ auth }) => testMyPush(ctx.deps, auth.user.id));
  registerApiRoute(app, ctx, notificationRoutes.notificationOutbox, async ({ auth }) => clinicOutboxState(ctx.deps, auth.clinicId));
}
