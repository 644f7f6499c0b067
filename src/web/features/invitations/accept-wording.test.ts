import { describe, expect, it } from "vitest";
import type { InvitationInfo } from "#contracts/api/invitations.ts";
import { ApiError } from "#web/app/api-error.ts";
import { acceptWording } from "./accept-wording.ts";

const staff = (existingAccount: boolean): InvitationInfo => ({
  kind: "staff",
  clinicName: "Riverside",
  name: "Cal",
  email: "cal@riverside.example",
  existingAccount,
  expiresAt: "2026-07-27T10:00:00.000Z",
});
const patient: InvitationInfo = { kind: "patient", clinicName: "Riverside", name: "Pat", email: null, existingAccount: false, expiresAt: "2026-07-27T10:00:00.000Z" };
const wrongPassword = new ApiError("invalid_credentials", "That email and password do not go together.", 401);

describe("acceptWording", () => {
  it("asks a new staff member to choose a password", () => {
    expect(acceptWording(staff(false), null)).toMatchObject({ passwordPurpose: "new", passwordLabel: "Choose a password", existingAccountNote: null });
  });

  it("asks staff who already have an account for their current password instead", () => {
    const wording = acceptWording(staff(true), null);
    expect(wording).toMatchObject({ passwordPurpose: "current", passwordLabel: "Your current password", submitLabel: "Join Riverside" });
    expect(wording.intro).toContain("You already have a Cephalog account with cal@riverside.example");
  });

  it("asks a patient to choose an email and a password", () => {
    expect(acceptWording(patient, null)).toMatchObject({ passwordPurpose: "new", passwordLabel: "Choose a password", existingAccountNote: null });
  });

  it("tells a patient whose email and password did not go together what to do, without saying whether the email has an account", () => {
    const wording = acceptWording(patient, wrongPassword);
    expect(wording).toMatchObject({ passwordPurpose: "current", passwordLabel: "Password" });
    expect(wording.existingAccountNote).toContain("If you already have a Cephalog account with this email, enter the password you sign in with; if not, check the email");
    expect(wording.existingAccountNote).not.toMatch(/already has/);
  });

  it.each([
    new ApiError("validation_failed", "Check the fields", 400),
    new ApiError("network_unreachable", "offline", 0),
  ])("keeps asking a patient to choose a password after another failure (%s)", (error) => {
    expect(acceptWording(patient, error)).toMatchObject({ passwordPurpose: "new", existingAccountNote: null });
  });
});
