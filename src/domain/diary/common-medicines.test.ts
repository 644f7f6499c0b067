import { describe, expect, it } from "vitest";
import { ACUTE_MEDICATION_CLASSES } from "../shared/record.ts";
import { classOfCommonMedicine, COMMON_ACUTE_MEDICINES, searchCommonMedicines } from "./common-medicines.ts";

describe("common acute medicines", () => {
  it("gives every medicine one of the rules' classes, and names each once", () => {
    for (const medicine of COMMON_ACUTE_MEDICINES) expect(ACUTE_MEDICATION_CLASSES).toContain(medicine.class);
    expect(new Set(COMMON_ACUTE_MEDICINES.map((m) => m.name.toLowerCase())).size).toBe(COMMON_ACUTE_MEDICINES.length);
  });

  it("classes as clinical-facts §8.2 says: NSAIDs and paracetamol simple, codeine or caffeine added combination", () => {
    expect(classOfCommonMedicine("Ibuprofen")).toBe("simple-analgesic");
    expect(classOfCommonMedicine("naproxen")).toBe("simple-analgesic");
    expect(classOfCommonMedicine("Aspirin with paracetamol")).toBe("simple-analgesic");
    expect(classOfCommonMedicine("Paracetamol with codeine")).toBe("combination-analgesic");
    expect(classOfCommonMedicine("Aspirin, paracetamol and caffeine")).toBe("combination-analgesic");
    expect(classOfCommonMedicine("SUMATRIPTAN")).toBe("triptan");
    expect(classOfCommonMedicine("Brandex")).toBeUndefined();
  });

  it("finds by any part of the name, names starting with it first, case and accents ignored", () => {
    expect(searchCommonMedicines("suma").map((m) => m.name)).toEqual(["Sumatriptan"]);
    expect(searchCommonMedicines("PARACÉTAMOL").map((m) => m.name)[0]).toBe("Paracetamol (acetaminophen)");
    expect(searchCommonMedicines("paracetamol codeine").map((m) => m.name)).toEqual(["Paracetamol with codeine"]);
    expect(searchCommonMedicines("triptan").length).toBe(7);
    expect(searchCommonMedicines("  ")).toHaveLength(COMMON_ACUTE_MEDICINES.length);
    expect(searchCommonMedicines("zzz")).toEqual([]);
  });
});
