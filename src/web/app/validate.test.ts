import { describe, expect, it } from "vitest";
import { createClinicBodySchema } from "#contracts/api/setup.ts";
import { fieldMessage, validate } from "./validate.ts";

describe("validate", () => {
  it("names each wrong field by its dotted path, as the server does", () => {
    const result = validate(createClinicBodySchema, { clinicName: "", timeZone: "Europe/London", admin: { name: "Ann", email: "not-an-email", password: "short" } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("validation_failed");
    expect(result.error.issueFor("clinicName")).toBe("is required");
    expect(result.error.issueFor("admin.email")).toBe("must be an email address");
    expect(result.error.issueFor("admin.password")).toBe("must be at least 10 characters");
  });

  it("returns the parsed value when every field is right", () => {
    const result = validate(createClinicBodySchema, {
      clinicName: " Headache Clinic ",
      timeZone: "Europe/London",
      admin: { name: "Ann", email: "Ann@Example.org", password: "correct horse" },
    });
    expect(result.ok && result.value.admin.email).toBe("ann@example.org");
    expect(result.ok && result.value.clinicName).toBe("Headache Clinic");
  });
});

describe("fieldMessage", () => {
  it.each([
    ["Email", "must be an email address", "Email must be an email address."],
    ["Clinic name", "is required", "Clinic name is required."],
    ["Time zone", "Unknown zone.", "Unknown zone."],
  ])("turns %s + %s into a sentence", (label, message, expected) => {
    expect(fieldMessage(label, message)).toBe(expected);
  });

  it("is undefined without a message", () => {
    expect(fieldMessage("Email", undefined)).toBeUndefined();
  });
});
