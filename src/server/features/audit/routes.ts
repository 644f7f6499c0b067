/** The audit log for administrators: a page of it, and all of it as CSV (ADR 0016). */
import type { FastifyInstance } from "fastify";
import { auditRoutes } from "#contracts/api/audit.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { localDateAt } from "../../shared/time-zone.ts";
import { exportAuditLog, searchAuditLog } from "./audit-log.ts";

export function registerAuditRoutes(app: FastifyInstance, ctx: HttpContext): void {
  // The log shows every read up to now: the reads' rows still queued are written first (read-row-writer.ts).
  registerApiRoute(app, ctx, auditRoutes.auditLog, async ({ auth, query }) => {
    await ctx.readRows?.flush();
    return searchAuditLog(ctx.deps, auth.clinicId, query);
  });

  registerApiRoute(app, ctx, auditRoutes.auditExport, async ({ auth, query, reply }) => {
    await ctx.readRows?.flush();
    const csv = await exportAuditLog(ctx.deps, auth.clinicId, query);
    const day = localDateAt(ctx.deps.clock(), "UTC");
    reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="cephalog-audit-${day}.csv"`);
    // Fastify pipes a stream as it is (it serialises JSON answers only); the contract's string
    // documents the CSV. The stream reads the database only once it is piped, after the access
    // hook recorded this read.
    return csv as unknown as string;
  });
}
