/**
 * The SMS gateway's credential (ADR 0022): `Authorization: Bearer <SMS_GATEWAY_TOKEN>`, no session.
 * Without a token configured the SMS outbox does not exist (404, as any unknown address); a missing
 * or wrong token is 401. Compared in constant time over both values' SHA-256, so neither the
 * token's characters nor its length leak through timing. The token is never logged: the request
 * log holds no headers, and a redaction covers `authorization` should anything log them (logging.ts).
 *
 * A refused token is logged (a warning with the count, never the token nor the address) and
 * counted per client address in the sign-in limit's table (hashed key, cleared by housekeeping):
 * after 10 in 15 minutes that address's wrong tokens answer 429 without a row or a log line each,
 * so a misconfigured or hostile client cannot fill the log and the table. The right token always
 * passes: it has 128 bits or more (config.ts), so guessing is hopeless anyway, and a gateway left
 * with an old token on the same address must not lock out the one with the new.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { v7 as uuidv7 } from "uuid";
import { AppError } from "../../app-error.ts";
import type { RouteGuard } from "../../http/api-route.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { sha256Hex } from "../../shared/tokens.ts";
import { countLoginFailuresSince, recordAttempt } from "../auth/login-failures-repository.ts";
import { SIGN_IN_LIMIT } from "../auth/sign-in-limit.ts";

/** Refused tokens from one address before its further ones answer 429, within the sign-in limit's window. */
export const SMS_GATEWAY_REFUSALS = { perAddress: 10, windowMs: SIGN_IN_LIMIT.windowMs } as const;

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

/** Counts and logs a refused token from `ip`, then refuses: 401, or 429 once the address is over the limit. */
async function refuseToken(deps: Pick<ServiceDeps, "db" | "clock" | "log">, ip: string, token: "missing" | "wrong"): Promise<never> {
  const now = deps.clock();
  const key = sha256Hex(`sms-gateway-address:${ip}`);
  const before = await countLoginFailuresSince(deps.db, key, new Date(now.getTime() - SMS_GATEWAY_REFUSALS.windowMs).toISOString());
  if (before >= SMS_GATEWAY_REFUSALS.perAddress) throw new AppError("rate_limited", "Too many requests with a missing or wrong SMS gateway token from this address. Wait 15 minutes, then send the server's SMS_GATEWAY_TOKEN.");
  await recordAttempt(deps.db, uuidv7(), [key], now.toISOString());
  const refused = before + 1;
  const last = refused >= SMS_GATEWAY_REFUSALS.perAddress;
  deps.log.warn({ route: "/api/sms-outbox", token, refusedInWindow: refused }, last ? "SMS gateway token refused; this address's next wrong tokens answer 429 for 15 minutes, unlogged" : "SMS gateway token refused");
  throw new AppError("unauthenticated", "The SMS gateway's token is missing or wrong: send Authorization: Bearer and the server's SMS_GATEWAY_TOKEN.");
}

/** The guard of every /api/sms-outbox route. */
export function smsGatewayGuard(configured: string | null, deps: Pick<ServiceDeps, "db" | "clock" | "log">): RouteGuard {
  return async (request: FastifyRequest) => {
    if (configured === null) throw new AppError("not_found", "There is no such address in the API.");
    const presented = bearerToken(request.headers.authorization);
    if (presented !== null && sameToken(presented, configured)) return;
    await refuseToken(deps, request.ip, presented === null ? "missing" : "wrong");
  };
}
