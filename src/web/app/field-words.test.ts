import { describe, expect, it } from "vitest";
import { fixedT } from "#web/i18n/fixed-t.ts";
import { fieldNameOfPath, fieldSentence, issueLine } from "./field-words.ts";
import { fieldMessage } from "./validate.ts";

const es = fixedT("es", "common");
const en = fixedT("en", "common");

/** Every fragment fieldSentence knows, as the contract and the server write it. */
const FRAGMENTS = [
  "is required",
  "must be an email address",
  "must be the 6-digit code from your app, or a recovery code",
  "must be at least 10 characters",
  "must not contain your email address",
  "does not go with this email",
  "must be 0-24 hours",
  "must be 0-3",
  "must lie in the duration band",
  "must be at most 500 characters",
  "is already in the list",
  "is too easy to guess: add another word or two. Uncommon words are better",
  "must differ from the current password",
];

describe("fieldSentence", () => {
  it("reads in English exactly as fieldMessage for every fragment it knows", () => {
    for (const fragment of FRAGMENTS) expect(fieldSentence("New password", fragment, en), fragment).toBe(fieldMessage("New password", fragment));
  });

  it("says the password and diary fragments in Spanish, never the contract's English", () => {
    expect(fieldSentence("Contraseña nueva", "must be at least 10 characters", es)).toBe("Contraseña nueva: debe tener al menos 10 caracteres.");
    expect(fieldSentence("Contraseña", "does not go with this email", es)).toBe("No corresponde a este correo electrónico.");
    expect(fieldSentence("Nota", "must be at most 500 characters", es)).toBe("Nota: puede tener como mucho 500 caracteres.");
    for (const fragment of FRAGMENTS) expect(fieldSentence("Campo", fragment, es), fragment).not.toContain(fragment);
    // The server gives a Spanish reader the password advice in Spanish (password-strength.ts); the sentence around it follows.
    expect(fieldSentence("Contraseña nueva", "is too easy to guess: añade más palabras que sean menos comunes", es)).toBe("Contraseña nueva: es demasiado fácil de adivinar; añade más palabras que sean menos comunes.");
  });
});

describe("fieldNameOfPath", () => {
  it("takes the last word of a dotted or indexed path, when it is a field the patient's forms have", () => {
    expect(fieldNameOfPath("severity")).toBe("severity");
    expect(fieldNameOfPath("medications.0.name")).toBe("name");
    expect(fieldNameOfPath("days[3].hours")).toBe("hours");
    expect(fieldNameOfPath("medicines.2")).toBe("medicines");
    expect(fieldNameOfPath("admin.email")).toBeUndefined();
  });
});

describe("issueLine", () => {
  it("keeps the server's words in English, as the diary always showed them", () => {
    expect(issueLine({ path: "severity", message: "is required when headache is true" }, "en", en)).toBe("severity: is required when headache is true");
  });

  it("names the field and says the problem in Spanish", () => {
    expect(issueLine({ path: "severity", message: "is required when headache is true" }, "es", es)).toBe("Intensidad: este campo es obligatorio.");
    expect(issueLine({ path: "hours", message: "must lie in the duration band" }, "es", es)).toBe("Horas: no corresponde a la duración elegida.");
    expect(issueLine({ path: "severity", message: "must be a whole number 0-3" }, "es", es)).toBe("Intensidad: debe estar entre 0 y 3.");
    expect(issueLine({ path: "medicines.1.name", message: "is already in the list" }, "es", es)).toBe("Nombre del medicamento: ya está en la lista.");
  });

  it("says a problem it does not know in Spanish too, with the path when the field is not one it names", () => {
    expect(issueLine({ path: "duration", message: "must be one of up-to-4h, 4-12h" }, "es", es)).toBe("Duración: no se ha aceptado.");
    expect(issueLine({ path: "features.aura", message: "Invalid input" }, "es", es)).toBe("features.aura: no se ha aceptado.");
  });
});
