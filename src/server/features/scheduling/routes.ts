/** Scheduling: working hours, slots, visits, calendar feeds. */
import type { FastifyInstance } from "fastify";
import type { HttpContext } from "../../http/api-route.ts";

export function registerSchedulingRoutes(_app: FastifyInstance, _ctx: HttpContext): void {}
