/**
 * The benches that drive the browser start from the demo clinic: this sets it up on a fresh
 * server and signs in as one of its demo people (the demo logins of setup/demo-logins.ts).
 */
import { DEMO_LOGINS } from "#server/features/setup/demo-logins.ts";
import { ApiSession } from "../test/e2e/support/api-session.ts";

/** Creates the demo clinic on the server at `baseUrl`, then signs in as its demo `role`; the session and the login's answer. */
export async function demoClinicSignedInAs<Me = unknown>(baseUrl: string, role: (typeof DEMO_LOGINS)[number]["role"]): Promise<{ session: ApiSession; me: Me }> {
  await new ApiSession(baseUrl).call("POST", "/api/setup/demo");
  const login = DEMO_LOGINS.find((candidate) => candidate.role === role);
  if (!login) throw new Error(`no demo ${role}`);
  const session = new ApiSession(baseUrl);
  const me = await session.call<Me>("POST", "/api/auth/login", { email: login.email, password: login.password });
  return { session, me };
}
