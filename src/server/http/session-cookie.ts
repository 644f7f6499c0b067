/** The session cookie: HttpOnly, SameSite=Lax, Path=/, Secure when the public address is https. */
import type { FastifyReply } from "fastify";

export const SESSION_COOKIE = "cephalog_session";

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", path: "/", secure, expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: "lax", path: "/", secure });
}
