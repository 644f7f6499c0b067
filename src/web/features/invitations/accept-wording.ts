/**
 * What the invitation page asks for: a new password for a new account, or the current password
 * of an account that already has this email (ADR 0004: one person may belong to several
 * clinics). Staff invitations say so up front (`existingAccount`); a patient types the email, so
 * the page learns it only when accepting answers `invalid_credentials`. In `t`'s language: the
 * reader's for a patient, English for staff (ADR 0020).
 */
import type { TFunction } from "i18next";
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
 * @example acceptWording({ kind: "staff", existingAccount: true, … }, null, fixedT("en", "account")).passwordLabel // "Your current password"
 */
export function acceptWording(invitation: InvitationInfo, error: ApiError | null, t: TFunction<"account">): AcceptWording {
  const { name, clinicName: clinic } = invitation;
  if (invitation.kind === "staff") {
    const email = invitation.email ?? t("invitation.yourEmail");
    if (invitation.existingAccount) {
      return {
        intro: t("invitation.staffExistingIntro", { name, email, clinic }),
        passwordPurpose: "current",
        passwordLabel: t("invitation.currentPassword"),
        submitLabel: t("invitation.join", { clinic }),
        existingAccountNote: null,
      };
    }
    return {
      intro: t("invitation.staffNewIntro", { name, email, clinic }),
      passwordPurpose: "new",
      passwordLabel: t("invitation.choosePassword"),
      submitLabel: t("invitation.setPassword"),
      existingAccountNote: null,
    };
  }
  const intro = t("invitation.patientIntro", { name, clinic });
  if (error?.code === "invalid_credentials") {
    return {
      intro,
      passwordPurpose: "current",
      passwordLabel: t("invitation.password"),
      submitLabel: t("invitation.signInAndStart"),
      existingAccountNote: t("invitation.mismatch"),
    };
  }
  return { intro, passwordPurpose: "new", passwordLabel: t("invitation.choosePassword"), submitLabel: t("invitation.setPassword"), existingAccountNote: null };
}
