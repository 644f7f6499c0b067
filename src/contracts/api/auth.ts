/** Sign-in, sign-out and "who am I". Sessions live in the database; the cookie is HttpOnly, SameSite=Lax. */
import { z } from "zod";
import { PERMISSIONS } from "../permissions.ts";
import { emailSchema, idSchema, okSchema, passwordSchema, roleSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

export const loginBodySchema = z.object({ email: emailSchema, password: z.string().min(1, "is required").max(200) });
export type LoginBody = z.input<typeof loginBodySchema>;

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, "is required").max(200),
  newPassword: passwordSchema,
});
export type ChangePasswordBody = z.input<typeof changePasswordBodySchema>;

export const membershipSchema = z.object({
  clinicId: idSchema,
  clinicName: z.string(),
  /** The first role given (older clients read this); `roles` holds every one. */
  role: roleSchema,
  roles: z.array(roleSchema),
  /** What these roles may do in this clinic (src/contracts/permissions.ts): the web app shows only that. */
  permissions: z.array(z.enum(PERMISSIONS as [string, ...string[]])),
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
  /**
   * Failed sign-ins at this account since its holder last signed in, when there were several
   * (issue 7, finding 2): shown until the holder says they have seen it.
   */
  signInWarning: z.object({ failedAttempts: z.number().int(), lastAt: z.string() }).nullable(),
});
export type Me = z.infer<typeof meSchema>;

export const authRoutes = {
  login: { method: "POST", path: "/api/auth/login", summary: "Sign in with email and password", access: "public", body: loginBodySchema, response: meSchema },
  logout: { method: "POST", path: "/api/auth/logout", summary: "Sign out (ends this session)", access: "signed-in", response: okSchema },
  me: { method: "GET", path: "/api/me", summary: "The signed-in user, their clinic roles and patient link", access: "signed-in", response: meSchema },
  changePassword: { method: "POST", path: "/api/me/password", summary: "Change the password (the current one is asked); every other session of the account ends", access: "signed-in", body: changePasswordBodySchema, response: okSchema },
  signOutEverywhere: { method: "POST", path: "/api/me/sign-out-everywhere", summary: "End every session of this account, on every device, this one too", access: "signed-in", response: okSchema },
  dismissSignInWarning: { method: "POST", path: "/api/me/sign-in-warning/dismiss", summary: "Say the failed sign-ins shown were seen (forgets them)", access: "signed-in", response: meSchema },
} as const satisfies Record<string, RouteContract>;
