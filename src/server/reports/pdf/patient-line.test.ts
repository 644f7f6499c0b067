import { describe, expect, it } from "vitest";
import { MAX_ID_CHARACTERS, patientLine, printableText } from "./patient-line.ts";

describe("printableText", () => {
  it("keeps what the font draws, Spanish letters and ≥ included", () => {
    expect(printableText("Núñez-Ibáñez ≥ 2", 40)).toBe("Núñez-Ibáñez ≥ 2");
  });

  it("marks each character the font cannot draw, so no identifier prints as empty boxes", () => {
    expect(printableText("患者-7", 40)).toBe("??-7");
    expect(printableText("id-한", 40)).toBe("id-?");
  });

  it("cuts a long text to the limit, ending in an ellipsis", () => {
    const cut = printableText("x".repeat(5000), MAX_ID_CHARACTERS);
    expect([...cut]).toHaveLength(MAX_ID_CHARACTERS);
    expect(cut.endsWith("…")).toBe(true);
    expect(printableText("x".repeat(MAX_ID_CHARACTERS), MAX_ID_CHARACTERS)).toBe("x".repeat(MAX_ID_CHARACTERS));
  });
});

describe("patientLine", () => {
  it("names the patient with the parts the record gives", () => {
    expect(patientLine({ patient: { id: "p1", birthDate: "1980-05-10" as never, sex: "female" } })).toBe("Patient p1 · born 1980-05-10 · female");
    expect(patientLine({ patient: { id: "p1" } })).toBe("Patient p1");
  });
});
