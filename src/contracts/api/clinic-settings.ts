/**
 * A clinic's own settings. `policy` is the eligibility policy (pathway-rules §5) the clinic's
 * assessments use unless a request names another (ADR 0010).
 */
import { z } from "zod";
import { POLICIES } from "#domain/shared/record.ts";
import { clinicParamsSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

export const policySchema = z.enum(POLICIES, { error: `must be one of ${POLICIES.join(", ")}` });

export const clinicSettingsSchema = z.object({
  /** The eligibility policy: us-label, us-payer, nice-ta260 or ehf-2018. */
  policy: policySchema,
  /** Staff must sign in with a second factor: without it they are sent to set it up first. */
  twoFactorRequiredForStaff: z.boolean(),
});
export type ClinicSettings = z.infer<typeof clinicSettingsSchema>;

/** What an administrator sends to change the settings (every setting, as read; older senders leave out two-factor, which then stays). */
export const updateClinicSettingsBodySchema = z.object({ policy: policySchema, twoFactorRequiredForStaff: z.boolean().optional() });
export type UpdateClinicSettingsBody = z.input<typeof updateClinicSettingsBodySchema>;

export const clinicSettingsRoutes = {
  getClinicSettings: { method: "GET", path: "/api/clinics/:clinicId/settings", summary: "The clinic's settings: the eligibility policy its assessments use", access: "clinic.read", params: clinicParamsSchema, response: clinicSettingsSchema },
  updateClinicSettings: { method: "PUT", path: "/api/clinics/:clinicId/settings", summary: "Change the clinic's settings (administrators)", access: "clinic.manage", params: clinicParamsSchema, body: updateClinicSettingsBodySchema, response: clinicSettingsSchema },
} as const satisfies Record<string, RouteContract>;
