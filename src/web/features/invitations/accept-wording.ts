/**
 * What the invitation page asks for: a new password for a new account, or the current password
 * of an account that already has this email (ADR 0004: one person may belong to several
 * clinics). Staff invitations say so up front (`existingAccount`); a patient types the email, so
 * the page learns it only when accepting answers `invalid_credentials`.
 */
import type { InvitationInfo } from "#contracts/api/invitations.ts";
import type { ApiError } from "#web/app/api-error.ts";

export interface AcceptWording {
  readonly intro: string;
  readonly passwordPurpose: "new" | "current";
  readonly passwordLabel: string;
  readonly submitLabel: string;
  /**
   * Shown when a patient's email and password did not go together: worded so as not to say
   * whether the email has an account (issue 7, finding 8).
   */
  readonly existingAccountNote: string | null;
}

/**
 * The wording for an invitation, given the last failed accept (if any).
 * @example acceptWording({ kind: "staff", existingAccount: true, … }, null).passwordLabel // "Your current password"
 */
export function acceptWording(invitation: InvitationInfo, error: ApiError | null): AcceptWording {
  const { name, clinicName } = invitation;
  if (invitation.kind === "staff") {
    const email = invitation.email ?? "your email";
    if (invitation.existingAccount) {
      return {
        intro: `Hello ${name}. You already have a Cephalog account with ${email}. Enter its current password to join ${clinicName}.`,
        passwordPurpose: "current",
        passwordLabel: "Your current password",
        submitLabel: `Join ${clinicName}`,
        existingAccountNote: null,
      };
    }
    return {
      intro: `Hello ${name}. Choose a password to sign in to ${clinicName} with ${email}.`,
      passwordPurpose: "new",
      passwordLabel: "Choose a password",
      submitLabel: "Set password and sign in",
      existingAccountNote: null,
    };
  }
  const intro = `Hello ${name}. ${clinicName} invites you to keep a daily headache diary. Choose the email and password you will sign in with.`;
  if (error?.code === "invalid_credentials") {
    return {
      intro,
      passwordPurpose: "current",
      passwordLabel: "Password",
      submitLabel: "Sign in and start the diary",
      existingAccountNote:
        "That email and password do not go together. If you already have a Cephalog account with this email, enter the password you sign in with; if not, check the email for a typo.",
    };
  }
  return { intro, passwordPurpose: "new", passwordLabel: "Choose a password", submitLabel: "Set password and sign in", existingAccountNote: null };
}
