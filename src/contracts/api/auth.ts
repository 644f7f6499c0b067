/** Sign-in, sign-out and "who am I". Sessions live in the database; the cookie is HttpOnly, SameSite=Lax. */
import { z } from "zod";
import { PERMISSIONS } from "../permissions.ts";
import { emailSchema, idSchema, okSchema, passwordSchema, roleSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";
import { singleLineText } from "../text.ts";

export const loginBodySchema = z.object({ email: emailSchema, password: z.string().min(1, "is required").max(200) });
export type LoginBody = z.input<typeof loginBodySchema>;

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, "is required").max(200),
  newPassword: passwordSchema,
});
export type ChangePasswordBody = z.input<typeof changePasswordBodySchema>;

/** A code from the authenticator app (6 digits) or a recovery code; spaces and dashes are ignored. */
export const secondFactorCodeSchema = singleLineText().trim().min(6, "must be the 6-digit code from your app, or a recovery code").max(40);

/**
 * The answer of the password step when the account has two-factor sign-in: no session yet, a
 * short-lived token for the code step (POST /api/auth/login/code).
 */
export const twoFactorChallengeSchema = z.object({
  twoFactor: z.literal("code-needed"),
  pendingToken: z.string(),
  expiresAt: z.string(),
});
export type TwoFactorChallenge = z.infer<typeof twoFactorChallengeSchema>;

export const loginCodeBodySchema = z.object({ pendingToken: z.string().min(20).max(200), code: secondFactorCodeSchema });
export type LoginCodeBody = z.input<typeof loginCodeBodySchema>;

export const twoFactorEnrolmentSchema = z.object({
  /** Base32, shown for typing into the app by hand; never sent again once enrolment is confirmed. */
  secret: z.string(),
  otpauthUrl: z.string(),
  /** The otpauth URL as a QR code: an SVG data URL. */
  qrCode: z.string(),
});
export const confirmTwoFactorBodySchema = z.object({ code: z.string().trim().regex(/^\d{6}$/, "must be the 6-digit code from your app") });
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export const disableTwoFactorBodySchema = z.object({ password: z.string().min(1, "is required").max(200), code: secondFactorCodeSchema });
export const regenerateRecoveryCodesBodySchema = z.object({ password: z.string().min(1, "is required").max(200) });

export const passwordResetRequestBodySchema = z.object({ email: emailSchema });
export const passwordResetTokenParamsSchema = z.object({ token: singleLineText().min(20).max(200) });
export const passwordResetLinkSchema = z.object({ expiresAt: z.string() });
export const passwordResetBodySchema = z.object({ newPassword: passwordSchema });
export type PasswordResetBody = z.input<typeof passwordResetBodySchema>;

export const membershipSchema = z.object({
  clinicId: idSchema,
  clinicName: z.string(),
  /** The first role given (older clients read this); `roles` holds every one. */
  role: roleSchema,
  roles: z.array(roleSchema),
  /** What these roles may do in this clinic (src/contracts/permissions.ts): the web app shows only that. */
  permissions: z.array(z.enum(PERMISSIONS as [string, ...string[]])),
  demo: z.boolean(),
  /** The clinic asks its staff for two-factor sign-in: without it, its routes answer `two_factor_required`. */
  twoFactorRequired: z.boolean(),
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
  user: z.object({ id: idSchema, email: z.string(), name: z.string(), twoFactorEnabled: z.boolean() }),
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

/** Signed in, or (the account has two-factor sign-in) the code is asked next. */
export const signInAnswerSchema = z.union([meSchema, twoFactorChallengeSchema]);
export type SignInAnswer = z.infer<typeof signInAnswerSchema>;

export const authRoutes = {
  login: { method: "POST", path: "/api/auth/login", summary: "Sign in with email and password; with two-factor sign-in, answers that the code is needed (no session yet)", access: "public", body: loginBodySchema, response: signInAnswerSchema },
  loginCode: { method: "POST", path: "/api/auth/login/code", summary: "The second step of a sign-in: the app's code or a recovery code (counts toward the sign-in limit)", access: "public", body: loginCodeBodySchema, response: meSchema },
  logout: { method: "POST", path: "/api/auth/logout", summary: "Sign out (ends this session)", access: "signed-in", response: okSchema },
  me: { method: "GET", path: "/api/me", summary: "The signed-in user, their clinic roles and patient link", access: "signed-in", response: meSchema },
  changePassword: { method: "POST", path: "/api/me/password", summary: "Change the password (the current one is asked); every other session of the account ends", access: "signed-in", body: changePasswordBodySchema, response: okSchema },
  signOutEverywhere: { method: "POST", path: "/api/me/sign-out-everywhere", summary: "End every session of this account, on every device, this one too", access: "signed-in", response: okSchema },
  startTwoFactorEnrolment: { method: "POST", path: "/api/me/two-factor/enrolment", summary: "Start setting up two-factor sign-in: a new secret and its QR code (replaces an unconfirmed one)", access: "signed-in", response: twoFactorEnrolmentSchema },
  confirmTwoFactorEnrolment: { method: "POST", path: "/api/me/two-factor/enrolment/confirm", summary: "Turn two-factor sign-in on with a first code; answers the 10 recovery codes, shown once; other sessions end", access: "signed-in", body: confirmTwoFactorBodySchema, response: recoveryCodesSchema },
  disableTwoFactor: { method: "POST", path: "/api/me/two-factor/disable", summary: "Turn two-factor sign-in off (the password and a code are asked)", access: "signed-in", body: disableTwoFactorBodySchema, response: okSchema },
  regenerateRecoveryCodes: { method: "POST", path: "/api/me/two-factor/recovery-codes", summary: "New recovery codes (the password is asked); the old ones stop working", access: "signed-in", body: regenerateRecoveryCodesBodySchema, response: recoveryCodesSchema },
  requestPasswordReset: { method: "POST", path: "/api/auth/password-reset", summary: "Email a password reset link; answers the same whether or not the email has an account", access: "public", body: passwordResetRequestBodySchema, response: okSchema },
  getPasswordResetLink: { method: "GET", path: "/api/auth/password-reset/:token", summary: "Whether a password reset link can still be used", access: "public", params: passwordResetTokenParamsSchema, response: passwordResetLinkSchema },
  resetPassword: { method: "POST", path: "/api/auth/password-reset/:token", summary: "Set a new password with a reset link (once); every session of the account ends", access: "public", params: passwordResetTokenParamsSchema, body: passwordResetBodySchema, response: okSchema },
  dismissSignInWarning: { method: "POST", path: "/api/me/sign-in-warning/dismiss", summary: "Say the failed sign-ins shown were seen (forgets them)", access: "signed-in", response: meSchema },
} as const satisfies Record<string, RouteContract>;
