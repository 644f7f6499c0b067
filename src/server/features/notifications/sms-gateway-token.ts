/**
 * The SMS gateway's credential (ADR 0022): `Authorization: Bearer <SMS_GATEWAY_TOKEN>`, no session.
 * Without a token configured the SMS outbox does not exist (404, as any unknown address); a missing
 * or wrong token is 401. Compared in constant time over both values' SHA-256, so neither the
 * token's characters nor its length leak through timing. The token is never logged: the request
 * log holds no headers, and a redaction covers `authorization` should anything log them (logging.ts).
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { AppError } from "../../app-error.ts";
import type { RouteGuard } from "../../http/api-route.ts";

const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();

/**
 * Whether the presented token is the configured one, in constant time.
 * @example sameToken("s3cret-token", "s3cret-token") // true
 */
export function sameToken(presented: string, configured: string): boolean {
  return timingSafeEqual(digest(presented), digest(configured));
}

/** The bearer token of an Authorization header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? "");
  return match?.[1] ?? null;
}

/** The guard of every /api/sms-outbox route. */
export function smsGatewayGuard(configured: string | null): RouteGuard {
  return async (request: FastifyRequest) => {
    if (configured === null) throw new AppError("not_found", "There is no such address in the API.");
    const presented = bearerToken(request.headers.authorization);
    if (presented === null || !sameToken(presented, configured)) throw new AppError("unauthenticated", "The SMS gateway's token is missing or wrong: send Authorization: Bearer and the server's SMS_GATEWAY_TOKEN.");
  };
}
