/** First run: create a clinic with its first administrator, or explore the demo clinic. */
import { z } from "zod";
import { singleLineText } from "../text.ts";
import { meSchema } from "./auth.ts";
import { emailSchema, passwordSchema, personNameSchema, timeZoneSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

export const setupStatusSchema = z.object({
  /** True once a real (non-demo) clinic exists: the first-run page is no longer offered (the demo alone does not count, so exploring it first never blocks setting up the real clinic). */
  initialized: z.boolean(),
  /** True when the demo clinic exists. */
  demoPresent: z.boolean(),
  /** Demo sign-ins, only when the page is served on a loopback address and the demo exists. */
  demoLogins: z.array(z.object({ role: z.string(), email: z.string(), password: z.string() })).nullable(),
});
export type SetupStatus = z.infer<typeof setupStatusSchema>;

export const createClinicBodySchema = z.object({
  clinicName: singleLineText().trim().min(1, "is required").max(200),
  timeZone: timeZoneSchema,
  admin: z.object({ name: personNameSchema, email: emailSchema, password: passwordSchema }),
  /**
   * Staff must sign in with a second factor (issue 7). The first-run page asks, ticked; a sender
   * that leaves it out (older clients, scripts) gets the clinic it got before: not required.
   */
  twoFactorRequiredForStaff: z.boolean().optional(),
});
export type CreateClinicBody = z.input<typeof createClinicBodySchema>;

export const setupRoutes = {
  setupStatus: { method: "GET", path: "/api/setup", summary: "Whether the first-run page applies", access: "public", response: setupStatusSchema },
  createClinic: { method: "POST", path: "/api/setup/clinic", summary: "Create the clinic and its first administrator (first run only); signs in", access: "public", body: createClinicBodySchema, response: meSchema },
  createDemo: { method: "POST", path: "/api/setup/demo", summary: "Seed the synthetic demo clinic (idempotent)", access: "public", response: setupStatusSchema },
} as const satisfies Record<string, RouteContract>;
