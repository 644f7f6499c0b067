/**
 * The SMS outbox's drain for the clinic's SMS gateway (ADR 0022): claim, sent, failed. Each route
 * is guarded by the gateway's token (sms-gateway-token.ts) before anything else; no session.
 * The log gets counts and outcomes only, never a number, a text or the token.
 */
import type { FastifyInstance } from "fastify";
import { smsOutboxRoutes } from "#contracts/api/sms-outbox.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { smsGatewayGuard } from "./sms-gateway-token.ts";
import { claimSmsMessages, smsMessageFailed, smsMessageSent } from "./sms-outbox.ts";

export function registerSmsOutboxRoutes(app: FastifyInstance, ctx: HttpContext): void {
  const guard = smsGatewayGuard(ctx.smsGatewayToken, ctx.deps);
  registerApiRoute(app, ctx, smsOutboxRoutes.claimSmsMessages, async ({ body }) => claimSmsMessages(ctx.deps, body.limit), guard);
  registerApiRoute(
    app,
    ctx,
    smsOutboxRoutes.smsMessageSent,
    async ({ params, body }) => {
      await smsMessageSent(ctx.deps, params.id, body.claim);
      return { ok: true as const };
    },
    guard,
  );
  registerApiRoute(
    app,
    ctx,
    smsOutboxRoutes.smsMessageFailed,
    async ({ params, body }) => {
      const outcome = await smsMessageFailed(ctx.deps, params.id, body);
      if (outcome === "failed") ctx.deps.log.warn({ channel: "sms", outcome }, "a text message was given up");
      return { ok: true as const };
    },
    guard,
  );
}
