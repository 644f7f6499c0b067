/**
 * The SMS gateway's token refused (ADR 0022, review finding 5), on both databases: each refusal is
 * logged as a warning with its count, never the token nor the address; after 10 from one address in
 * 15 minutes, that address's wrong tokens answer 429 without a log line each, until the window has
 * passed; the right token is never held back, and another address is not affected.
 */
import { describe, expect, it } from "vitest";
import { errorBodySchema } from "#contracts/api/errors.ts";
import { testDatabaseKinds } from "../../db/testing.ts";
import { httpWorld } from "../../http/assessment-test-support.ts";
import { testClock } from "../../shared/test-support.ts";
import { SMS_GATEWAY_REFUSALS } from "./sms-gateway-token.ts";

const NOW = "2026-07-20T19:05:00.000Z";
const TOKEN = "sms-gateway-token-for-tests-0123456789abcdef";
const WRONG = "wrong-token-for-the-sms-gateway-0123456789";
const ADDRESS = "203.0.113.77";

describe.each(testDatabaseKinds())("refused SMS gateway tokens on %s", (kind) => {
  const clock = testClock(NOW);
  const env = httpWorld(kind, clock, { smsGatewayToken: TOKEN });

  const claim = (token: string | null, remoteAddress = ADDRESS) =>
    env.http.app.inject({ method: "POST", url: "/api/sms-outbox/claim", payload: { limit: 1 }, remoteAddress, headers: token === null ? {} : { authorization: `Bearer ${token}` } });
  const warnings = () =>
    env.http.logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => typeof line["msg"] === "string" && (line["msg"] as string).startsWith("SMS gateway token refused"));
  const codeOf = (response: { json(): unknown }) => errorBodySchema.parse(response.json()).error.code;

  it("logs each refusal with its count, then answers 429 to that address's wrong tokens, unlogged, while the right token still passes", async () => {
    for (let attempt = 1; attempt <= SMS_GATEWAY_REFUSALS.perAddress; attempt += 1) {
      const response = await claim(attempt % 2 === 0 ? null : WRONG);
      expect(response.statusCode, `attempt ${attempt}`).toBe(401);
      expect(codeOf(response)).toBe("unauthenticated");
    }
    expect(warnings().map((line) => [line["level"], line["token"], line["refusedInWindow"]])).toEqual(
      Array.from({ length: SMS_GATEWAY_REFUSALS.perAddress }, (_, index) => [40, index % 2 === 0 ? "wrong" : "missing", index + 1]),
    );
    expect(warnings().at(-1)?.["msg"]).toContain("429 for 15 minutes");

    for (let attempt = 0; attempt < 5; attempt += 1) {
      const limited = await claim(WRONG);
      expect(limited.statusCode).toBe(429);
      expect(codeOf(limited)).toBe("rate_limited");
      expect(limited.body).toContain("SMS_GATEWAY_TOKEN");
    }
    expect(warnings()).toHaveLength(SMS_GATEWAY_REFUSALS.perAddress);
    // The gateway holding the right token is never held back; another address is counted apart.
    expect((await claim(TOKEN)).statusCode).toBe(200);
    expect((await claim(WRONG, "203.0.113.78")).statusCode).toBe(401);

    // Once the window has passed, the address is heard again.
    clock.advance(SMS_GATEWAY_REFUSALS.windowMs + 1000);
    expect((await claim(WRONG)).statusCode).toBe(401);

    const text = env.http.logs.join("\n");
    for (const secret of [TOKEN, WRONG, ADDRESS]) expect(text).not.toContain(secret);
  });
});
