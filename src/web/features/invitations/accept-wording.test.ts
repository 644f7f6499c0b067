import { describe, expect, it } from "vitest";
import type { InvitationInfo } from "#contracts/api/invitations.ts";
import { ApiError } from "#web/app/api-error.ts";
import { fixedT } from "#web/i18n/fixed-t.ts";
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
const en = fixedT("en", "account");
const es = fixedT("es", "account");

describe("acceptWording", () => {
  it("asks a new staff member to choose a password", () => {
    expect(acceptWording(staff(false), null, en)).toMatchObject({ passwordPurpose: "new", passwordLabel: "Choose a password", existingAccountNote: null });
  });

  it("asks staff who already have an account for their current password instead", () => {
    const wording = acceptWording(staff(true), null, en);
    expect(wording).toMatchObject({ passwordPurpose: "current", passwordLabel: "Your current password", submitLabel: "Join Riverside" });
    expect(wording.intro).toContain("You already have a Cephalog account with cal@riverside.example");
  });

  it("asks a patient to choose an email and a password", () => {
    expect(acceptWording(patient, null, en)).toMatchObject({ passwordPurpose: "new", passwordLabel: "Choose a password", existingAccountNote: null });
  });

  it("tells a patient whose email and password did not go together what to do, without saying whether the email has an account", () => {
    const wording = acceptWording(patient, wrongPassword, en);
    expect(wording).toMatchObject({ passwordPurpose: "current", passwordLabel: "Password" });
    expect(wording.existingAccountNote).toContain("If you already have a Cephalog account with this email, enter the password you sign in with; if not, check the email");
    expect(wording.existingAccountNote).not.toMatch(/already has/);
  });

  it.each([
    new ApiError("validation_failed", "Check the fields", 400),
    new ApiError("network_unreachable", "offline", 0),
  ])("keeps asking a patient to choose a password after another failure (%s)", (error) => {
    expect(acceptWording(patient, error, en)).toMatchObject({ passwordPurpose: "new", existingAccountNote: null });
  });

  it("speaks to a patient in Spanish, and keeps staff invitations word for word in English", () => {
    expect(acceptWording(patient, null, es)).toMatchObject({
      intro: "Hola, Pat. Riverside le invita a llevar un diario de dolor de cabeza. Elija el correo electrónico y la contraseña con los que iniciará sesión.",
      passwordLabel: "Elija una contraseña",
      submitLabel: "Guardar la contraseña e iniciar sesión",
    });
    expect(acceptWording(patient, wrongPassword, es).existingAccountNote).toMatch(/^Ese correo electrónico y esa contraseña no van juntos\./);
    expect(acceptWording(patient, null, en).intro).toBe("Hello Pat. Riverside invites you to keep a daily headache diary. Choose the email and password you will sign in with.");
    expect(acceptWording(staff(true), null, en).intro).toBe("Hello Cal. You already have a Cephalog account with cal@riverside.example. Enter its current password to join Riverside.");
    expect(acceptWording(staff(false), null, en)).toMatchObject({
      intro: "Hello Cal. Choose a password to sign in to Riverside with cal@riverside.example.",
      submitLabel: "Set password and sign in",
    });
  });
});
