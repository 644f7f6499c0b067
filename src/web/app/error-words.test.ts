import { describe, expect, it } from "vitest";
import { fixedT } from "#web/i18n/fixed-t.ts";
import { ApiError } from "./api-error.ts";
import { errorSentence } from "./error-words.ts";
import { fieldSentence } from "./field-words.ts";

const es = fixedT("es", "common");
const en = fixedT("en", "common");
const tooFarBack = new ApiError("validation_failed", "date is too far back: …", 400, [
  { path: "date", message: "is too far back: a missed day can be filled in up to 7 days afterwards. Ask your clinic to add older days." },
]);

describe("a server's error in the reader's language", () => {
  it("maps each code a patient meets to a sentence in Spanish", () => {
    expect(errorSentence(new ApiError("network_unreachable", "Cannot reach the server.", 0), es)).toBe("No se puede conectar con el servidor de Cephalog. Compruebe la conexión e inténtelo de nuevo.");
    expect(errorSentence(new ApiError("rate_limited", "Too many failed sign-ins for this email. Wait 15 minutes and try again.", 429), es)).toBe("Demasiados intentos en poco tiempo. Espere unos minutos e inténtelo de nuevo.");
    expect(errorSentence(new ApiError("unauthenticated", "Please sign in.", 401), es)).toBe("Su sesión ha terminado. Vuelva a iniciar sesión.");
    expect(errorSentence(new ApiError("unexpected_response", "The server answered 418 in an unexpected form.", 418), es)).toBe("No se pudo leer la respuesta del servidor. Inténtelo de nuevo dentro de un momento.");
    expect(errorSentence(new ApiError("validation_failed", "Some answers need changing.", 400, [{ path: "hours", message: "must be at most 24" }]), es)).toBe("Parte de lo que ha escrito no se ha aceptado. Revíselo e inténtelo de nuevo.");
  });

  it("says a diary day is too far back with the clinic's number of days", () => {
    expect(errorSentence(tooFarBack, es)).toBe("Este día queda demasiado atrás: un día sin rellenar se puede completar hasta 7 días después. Pida a su clínica que añada los días anteriores.");
    expect(errorSentence(tooFarBack, en)).toBe("This day is too far back: a missed day can be filled in up to 7 days afterwards. Ask your clinic to add older days.");
  });

  it("reads the same in English for a lost connection as the app always said", () => {
    expect(errorSentence(new ApiError("network_unreachable", "Cannot reach the server.", 0), en)).toBe("Cannot reach the Cephalog server. Check the connection and try again.");
  });

  it("keeps the server's own message for a code a patient's screens do not meet", () => {
    expect(errorSentence(new ApiError("slot_taken", "The injector's slot is booked.", 409), es)).toBe("The injector's slot is booked.");
    expect(errorSentence(new ApiError("link_invalid", "This link has expired.", 410), es)).toBe("This link has expired.");
  });
});

describe("a field's problem in the reader's language", () => {
  it("translates the sign-in forms' fragments, and reads in English exactly as fieldMessage", () => {
    expect(fieldSentence("Correo electrónico", "must be an email address", es)).toBe("Correo electrónico: escriba una dirección de correo electrónico válida.");
    expect(fieldSentence("Contraseña", "is required", es)).toBe("Contraseña: este campo es obligatorio.");
    expect(fieldSentence("Código", "must be the 6-digit code from your app, or a recovery code", es)).toBe("Código: escriba el código de 6 cifras de su aplicación o un código de recuperación.");
    expect(fieldSentence("Email", "must be an email address", en)).toBe("Email must be an email address.");
    expect(fieldSentence("Password", "is required", en)).toBe("Password is required.");
    expect(fieldSentence("Code", "must be the 6-digit code from your app, or a recovery code", en)).toBe("Code must be the 6-digit code from your app, or a recovery code.");
  });

  it("keeps fieldMessage's English for a fragment it does not know, and nothing for no problem", () => {
    expect(fieldSentence("Clínica", "must be a clinic you belong to", es)).toBe("Clínica must be a clinic you belong to.");
    expect(fieldSentence("Email", undefined, es)).toBeUndefined();
  });
});
