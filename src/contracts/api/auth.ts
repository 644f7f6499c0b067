/** Sign-in, sign-out and "who am I". Sessions live in the database; the cookie is HttpOnly, SameSite=Lax. */
import { z } from "zod";
import { emailSchema, idSchema, roleSchema } from "./common.ts";

export const loginBodySchema = z.object({ email: emailSchema, password: z.string().min(1, "is required").max(200) });
export type LoginBody = z.input<typeof loginBodySchema>;

export const membershipSchema = z.object({
  clinicId: idSchema,
  clinicName: z.string(),
  role: roleSchema,
  demo: z.boolean(),
});

export const patientLinkSchema = z.object({
  clinicId: idSchema,
  clinicName: z.string(),
  patientId: idSchema,
  name: z.string(),
  /** The patient's birth date: the phone's migraine mark uses ICHD-3's 2-hour criterion B under 18 (pathway-rules §2). */
  birthDate: z.string(),
  timeZone: z.string(),
  demo: z.boolean(),
});

export const meSchema = z.object({
  user: z.object({ id: idSchema, email: z.string(), name: z.string() }),
  memberships: z.array(membershipSchema),
  /** Set when this account signs in as a patient. */
  patient: patientLinkSchema.nullable(),
});
export type Me = z.infer<typeof meSchema>;
