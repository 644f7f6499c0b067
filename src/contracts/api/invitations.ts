/**
 * Single-use, expiring invitation links: an administrator invites a clinician, a clinician
 * invites a patient. The link is shown to copy (delivery by email or SMS comes later). Only a
 * hash of the token is stored.
 */
import { z } from "zod";
import { singleLineText } from "../text.ts";
import { signInAnswerSchema } from "./auth.ts";
import { clinicParamsSchema, emailSchema, idSchema, okSchema, passwordSchema, patientParamsSchema, personNameSchema, roleSchema, rolesSchema } from "./common.ts";
import type { RouteContract } from "./route-contract.ts";

export const invitationCreatedSchema = z.object({
  url: z.string(),
  expiresAt: z.string(),
});
export type InvitationCreated = z.infer<typeof invitationCreatedSchema>;

export const invitationTokenParamsSchema = z.object({ token: singleLineText().min(20).max(200) });

export const invitationInfoSchema = z.object({
  kind: z.enum(["patient", "staff"]),
  clinicName: z.string(),
  name: z.string(),
  /** Staff invitations carry the email the administrator entered. */
  email: z.string().nullable(),
  /**
   * Whether that email already has an account: the page then asks for the account's current
   * password instead of a new one. Always false for a patient invitation (the email is typed on
   * the page; accepting with an existing account's email and its password links that account).
   */
  existingAccount: z.boolean(),
  expiresAt: z.string(),
});
export type InvitationInfo = z.infer<typeof invitationInfoSchema>;

export const acceptInvitationBodySchema = z.object({
  /**
   * Patients choose the email they sign in with; staff invitations already carry one. For an
   * email that already has an account, `password` must be that account's current password.
   */
  email: emailSchema.optional(),
  password: passwordSchema,
});
export type AcceptInvitationBody = z.input<typeof acceptInvitationBodySchema>;

/** A staff invitation gives one or more roles: `roles`, or (older senders) one `role`. */
export const staffInviteBodySchema = z
  .object({
    name: personNameSchema,
    email: emailSchema,
    role: roleSchema.optional(),
    roles: rolesSchema.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.role === undefined && body.roles === undefined) ctx.addIssue({ code: "custom", path: ["roles"], message: "must name at least one role" });
  })
  .transform(({ role, roles, ...rest }) => ({ ...rest, roles: roles ?? (role === undefined ? [] : [role]) }));
export type StaffInviteBody = z.input<typeof staffInviteBodySchema>;
export { personNameSchema };

/** An invitation not yet accepted, still usable: who, for what, sent when and until when. */
export const pendingInvitationSchema = z.object({
  id: idSchema,
  kind: z.enum(["patient", "staff"]),
  name: z.string(),
  /** Staff invitations carry the email the administrator entered; a patient types theirs. */
  email: z.string().nullable(),
  /** The roles a staff invitation gives; empty for a patient's. */
  roles: z.array(roleSchema),
  sentAt: z.string(),
  expiresAt: z.string(),
});
export type PendingInvitation = z.infer<typeof pendingInvitationSchema>;
export const invitationParamsSchema = z.object({ clinicId: idSchema, invitationId: idSchema });

/** Making links (staff by an administrator, a patient's by a clinician), and opening and accepting one. */
export const invitationRoutes = {
  inviteStaff: { method: "POST", path: "/api/clinics/:clinicId/staff", summary: "Add a member of staff with one or more roles: returns an invitation link", access: "clinic.manage", params: clinicParamsSchema, body: staffInviteBodySchema, response: invitationCreatedSchema },
  invitePatient: { method: "POST", path: "/api/clinics/:clinicId/patients/:patientId/invitations", summary: "Create a single-use, expiring invitation link for the patient", access: "patients.manage", params: patientParamsSchema, response: invitationCreatedSchema },
  getInvitation: { method: "GET", path: "/api/invitations/:token", summary: "What an invitation is for (no sign-in needed)", access: "public", params: invitationTokenParamsSchema, response: invitationInfoSchema },
  acceptInvitation: { method: "POST", path: "/api/invitations/:token/accept", summary: "Set a password and sign in (an account with two-factor sign-in then gives its code); the link is then used up", access: "public", params: invitationTokenParamsSchema, body: acceptInvitationBodySchema, response: signInAnswerSchema },
  listInvitations: { method: "GET", path: "/api/clinics/:clinicId/invitations", summary: "The clinic's invitations not yet accepted and still usable (administrators)", access: "clinic.manage", params: clinicParamsSchema, response: z.array(pendingInvitationSchema) },
  revokeInvitation: { method: "POST", path: "/api/clinics/:clinicId/invitations/:invitationId/revoke", summary: "Revoke an invitation: its link stops working at once", access: "clinic.manage", params: invitationParamsSchema, response: okSchema },
  resendInvitation: { method: "POST", path: "/api/clinics/:clinicId/invitations/:invitationId/resend", summary: "A new link with a new expiry for an invitation; the old link stops working", access: "clinic.manage", params: invitationParamsSchema, response: invitationCreatedSchema },
} as const satisfies Record<string, RouteContract>;
