/** The clinic's product catalogue and lots in stock. */
import type { FastifyInstance } from "fastify";
import { stockRoutes } from "#contracts/api/stock.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { correctLot, readStock, receiveLot, updateProduct } from "./stock.ts";

export function registerStockRoutes(app: FastifyInstance, ctx: HttpContext): void {
  registerApiRoute(app, ctx, stockRoutes.stock, async ({ auth }) => readStock(ctx.deps, auth.clinicId));
  registerApiRoute(app, ctx, stockRoutes.receiveLot, async ({ auth, body }) => receiveLot(ctx.deps, auth.clinicId, auth.user.id, body));
  registerApiRoute(app, ctx, stockRoutes.correctLot, async ({ auth, params, body }) => correctLot(ctx.deps, auth.clinicId, params.lotId, auth.user.id, body));
  registerApiRoute(app, ctx, stockRoutes.updateProduct, async ({ auth, params, body }) => updateProduct(ctx.deps, auth.clinicId, params.productId, auth.user.id, body));
}
