/**
 * Registers one endpoint of `apiRoutes` (its entry in src/contracts/api/<resource>.ts) with its schemas, so the
 * handler receives validated, typed input and its answer is checked against the contract.
 * Each handler: authenticated and authorized (request-auth.ts) -> validated -> one service call
 * -> presented. No SQL and no clinical rules here.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { errorBodySchema } from "#contracts/api/errors.ts";
import { AppError } from "../app-error.ts";
import type { RouteContract } from "#contracts/api/route-contract.ts";
import type { ServiceDeps } from "../shared/deps.ts";
import { authenticate, authorize, type AuthFor } from "./request-auth.ts";
import { auditedAccess, awaitAccessRow } from "../features/audit/access-audit.ts";
import type { ReadRowWriter } from "../features/audit/read-row-writer.ts";

/** What handlers need beyond the services: how to build links and set cookies. */
export interface HttpContext {
  readonly deps: ServiceDeps;
  readonly publicUrl: string | null;
  readonly secureCookies: boolean;
  /** Where reads' access rows are written, in batches; null only in bench/audit-overhead.ts (ADR 0016). */
  readonly readRows: ReadRowWriter | null;
  /** SMS_GATEWAY_TOKEN: the SMS gateway's credential for the SMS outbox; null when the server sends no text messages (ADR 0022). */
  readonly smsGatewayToken: string | null;
}

/** A route's own check of a credential other than the session (the SMS gateway's token), run before anything else of the route. */
export type RouteGuard = (request: FastifyRequest) => Promise<void>;

type PartOf<C, K extends string> = C extends { readonly [P in K]: infer S } ? (S extends z.ZodType ? z.output<S> : never) : undefined;

export interface ApiRequest<C extends RouteContract> {
  readonly params: PartOf<C, "params">;
  readonly query: PartOf<C, "query">;
  readonly body: PartOf<C, "body">;
  readonly auth: AuthFor<C["access"]>;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

export type ApiHandler<C extends RouteContract> = (input: ApiRequest<C>) => Promise<z.output<C["response"]>>;

export function registerApiRoute<C extends RouteContract>(app: FastifyInstance, ctx: HttpContext, contract: C, handler: ApiHandler<C>, guard?: RouteGuard): void {
  app.route({
    method: contract.method,
    url: contract.path,
    schema: {
      summary: contract.summary,
      tags: [contract.path.split("/")[2] ?? "api"],
      ...(contract.params ? { params: contract.params } : {}),
      ...(contract.query ? { querystring: contract.query } : {}),
      ...(contract.body ? { body: contract.body } : {}),
      response: { 200: contract.response, "4xx": errorBodySchema, "5xx": errorBodySchema },
    },
    ...(contract.bodyLimit === undefined ? {} : { bodyLimit: contract.bodyLimit }),
    // A guard refuses before validation too, so a caller without the credential learns nothing from it.
    onRequest: guard === undefined ? authenticate(ctx.deps, contract.access) : [guard, authenticate(ctx.deps, contract.access)],
    preValidation: authorize(ctx.deps, contract.access),
    // A read waits here for its audit row only while too many rows wait unwritten (read-row-writer.ts).
    onSend: async (request, _reply, payload) => {
      await awaitAccessRow(request);
      return payload;
    },
    // Every access to a patient's data is audited (features/audit/access-audit.ts, ADR 0016).
    handler: async (request, reply) =>
      auditedAccess(ctx.deps, { readRows: ctx.readRows }, contract, request, () =>
        handler({
          params: request.params as PartOf<C, "params">,
          query: request.query as PartOf<C, "query">,
          body: request.body as PartOf<C, "body">,
          auth: request.apiAuth as AuthFor<C["access"]>,
          request,
          reply,
        }),
      ),
  });
}

const LOOPBACK_HOST = /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(:\d{1,5})?$/i;

export const PUBLIC_URL_NEEDED_MESSAGE =
  "Links to this server need its public address. The administrator sets PUBLIC_URL (for example https://cephalog.example.org) and restarts Cephalog; until then links can be made only on the server's own machine.";

/**
 * The address links (invitations, calendar feeds) start with: PUBLIC_URL; without it, only for a
 * person on this machine using a loopback name, since a request's Host is whatever its sender
 * wrote (issue 7, finding 9: `Host: evil.example` would send invitees elsewhere).
 */
export function baseUrlOf(ctx: HttpContext, request: FastifyRequest): string {
  if (ctx.publicUrl !== null) return ctx.publicUrl;
  const host = request.headers.host ?? "";
  if (isLocalRequest(request) && LOOPBACK_HOST.test(host)) return `${request.protocol}://${host.toLowerCase()}`;
  throw new AppError("conflict", PUBLIC_URL_NEEDED_MESSAGE);
}

/**
 * Whether the request came from a person on this machine: its socket is loopback and it was not
 * forwarded. Never decided from a forwarded header (issue 7, finding 3): a proxy on this machine
 * makes every visitor's socket loopback, so a request carrying X-Forwarded-For or Forwarded is
 * someone else's, whatever address it claims.
 */
export function isLocalRequest(request: Pick<FastifyRequest, "headers"> & { readonly socket: { readonly remoteAddress?: string | undefined } }): boolean {
  if (request.headers["x-forwarded-for"] !== undefined || request.headers["forwarded"] !== undefined) return false;
  return isLoopback(request.socket.remoteAddress ?? "");
}

/** Whether an address is this machine's (127.0.0.0/8 or ::1). */
export function isLoopback(ip: string): boolean {
  const address = ip.startsWith("::ffff:") ? ip.slice("::ffff:".length) : ip;
  return address === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}
