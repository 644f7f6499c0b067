/** Test support for two-factor sign-in: the code an authenticator app would show, and enrolling over HTTP. */
import { generate } from "otplib";
import { expect } from "vitest";
import type { TestClient } from "../../http/test-app.ts";

/** The 6-digit code of `secret` at `at` (the app's, on a clock that agrees with the server's). */
export async function totpCode(secret: string, at: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/** Turns two-factor sign-in on for the client's account; the secret and the recovery codes shown. */
export async function enrolOverHttp(client: TestClient, clock: () => Date): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await client.post("/api/me/two-factor/enrolment");
  expect(started.statusCode, started.body).toBe(200);
  const { secret } = started.json() as { secret: string };
  const confirmed = await client.post("/api/me/two-factor/enrolment/confirm", { code: await totpCode(secret, clock()) });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  return { secret, recoveryCodes: (confirmed.json() as { recoveryCodes: string[] }).recoveryCodes };
}
