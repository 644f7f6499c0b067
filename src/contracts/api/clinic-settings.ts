/**
 * A clinic's own settings. `policy` is the eligibility policy (pathway-rules §5) the clinic's
 * assessments use unless a request names another (ADR 0010).
 */
import { z } from "zod";
import { POLICIES } from "#domain/shared/record.ts";
import { singleLineText } from "../text.ts";
import { clinicParamsSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

export const policySchema = z.enum(POLICIES, { error: `must be one of ${POLICIES.join(", ")}` });

/** An emergency number as dialled: 2 to 6 digits. */
export const emergencyNumberSchema = singleLineText().trim().regex(/^[0-9]{2,6}$/, "must be 2 to 6 digits, such as 911, 999 or 112");
/** A phone number as patients dial it: digits with spaces, dashes, dots or brackets, an optional leading +. */
export const clinicPhoneSchema = singleLineText()
  .trim()
  .regex(/^\+?[0-9 ().-]{3,39}$/, { message: "must be a phone number: digits, with spaces, dashes or brackets, and an optional leading +", abort: true })
  .refine((phone) => (phone.match(/[0-9]/g) ?? []).length >= 3, { message: "must hold at least 3 digits" });

export const clinicSettingsSchema = z.object({
  /** The eligibility policy: us-label, us-payer, nice-ta260 or ehf-2018. */
  policy: policySchema,
  /** Staff must sign in with a second factor: without it they are sent to set it up first. */
  twoFactorRequiredForStaff: z.boolean(),
  /** The number a red side-effect report tells patients to call: the clinic's own, else its time zone's default (issue 8). */
  emergencyNumber: z.string(),
  /** True while no administrator has set it: the number is the default of the clinic's time zone. */
  emergencyNumberIsDefault: z.boolean(),
  /** The clinic's phone number shown to its patients, if any. */
  clinicPhone: z.string().nullable(),
});
export type ClinicSettings = z.infer<typeof clinicSettingsSchema>;

/** What an administrator sends to change the settings (every setting, as read; older senders leave out two-factor, which then stays). */
export const updateClinicSettingsBodySchema = z.object({
  policy: policySchema,
  twoFactorRequiredForStaff: z.boolean().optional(),
  /** 2 to 6 digits (911, 999, 112, 000); null goes back to the time zone's default; left out, it stays. */
  emergencyNumber: emergencyNumberSchema.nullable().optional(),
  /** null: none shown; left out, it stays. */
  clinicPhone: clinicPhoneSchema.nullable().optional(),
});
export type UpdateClinicSettingsBody = z.input<typeof updateClinicSettingsBodySchema>;

export const clinicSettingsRoutes = {
  getClinicSettings: { method: "GET", path: "/api/clinics/:clinicId/settings", summary: "The clinic's settings: the eligibility policy its assessments use", access: "clinic.read", params: clinicParamsSchema, response: clinicSettingsSchema },
  updateClinicSettings: { method: "PUT", path: "/api/clinics/:clinicId/settings", summary: "Change the clinic's settings (administrators)", access: "clinic.manage", params: clinicParamsSchema, body: updateClinicSettingsBodySchema, response: clinicSettingsSchema },
} as const satisfies Record<string, RouteContract>;
