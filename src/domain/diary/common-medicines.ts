/**
 * Common acute medicines and the rules' class of each (pathway-rules §2; clinical-facts.md §8.2:
 * paracetamol, aspirin and every NSAID are one class, "simple analgesic"; a product combining
 * two or more classes, e.g. with codeine, caffeine or butalbital, is a "combination analgesic";
 * aspirin with paracetamol alone is not). The patient picks their own medicines from this list
 * (or types one and picks its class), so each day's medicine is counted in the right class.
 */
import type { AcuteMedicationClass } from "../shared/record.ts";

export interface CommonMedicine {
  readonly name: string;
  readonly class: AcuteMedicationClass;
}

/** Generic names, one per line; brand names vary by country and are typed instead. */
export const COMMON_ACUTE_MEDICINES: readonly CommonMedicine[] = Object.freeze([
  { name: "Sumatriptan", class: "triptan" },
  { name: "Rizatriptan", class: "triptan" },
  { name: "Zolmitriptan", class: "triptan" },
  { name: "Eletriptan", class: "triptan" },
  { name: "Naratriptan", class: "triptan" },
  { name: "Almotriptan", class: "triptan" },
  { name: "Frovatriptan", class: "triptan" },
  { name: "Paracetamol (acetaminophen)", class: "simple-analgesic" },
  { name: "Ibuprofen", class: "simple-analgesic" },
  { name: "Aspirin", class: "simple-analgesic" },
  { name: "Naproxen", class: "simple-analgesic" },
  { name: "Diclofenac", class: "simple-analgesic" },
  { name: "Aspirin with paracetamol", class: "simple-analgesic" },
  { name: "Paracetamol with codeine", class: "combination-analgesic" },
  { name: "Aspirin, paracetamol and caffeine", class: "combination-analgesic" },
  { name: "Butalbital combination", class: "combination-analgesic" },
  { name: "Codeine", class: "opioid" },
  { name: "Tramadol", class: "opioid" },
  { name: "Rimegepant", class: "gepant" },
  { name: "Ubrogepant", class: "gepant" },
  { name: "Zavegepant", class: "gepant" },
  { name: "Lasmiditan", class: "ditan" },
  { name: "Ergotamine", class: "ergot" },
  { name: "Dihydroergotamine", class: "ergot" },
  { name: "Metoclopramide", class: "other" },
] satisfies CommonMedicine[]);

/** Lower case without accents, so "paracetamol" finds "Paracetamol" and "ibuprofeno" nothing odd. */
function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

/**
 * The common medicines whose name contains every word typed, names starting with it first.
 * @example searchCommonMedicines("suma").map((m) => m.name) // ["Sumatriptan"]
 * @example searchCommonMedicines("").length // 25 (all of them)
 */
export function searchCommonMedicines(query: string, list: readonly CommonMedicine[] = COMMON_ACUTE_MEDICINES): CommonMedicine[] {
  const words = folded(query).split(/\s+/).filter((word) => word.length > 0);
  const matches = list.filter((medicine) => words.every((word) => folded(medicine.name).includes(word)));
  const first = words[0];
  if (first === undefined) return [...matches];
  return [...matches.filter((m) => folded(m.name).startsWith(first)), ...matches.filter((m) => !folded(m.name).startsWith(first))];
}

/**
 * The class of a medicine by name, if it is a common one (case and accents ignored).
 * @example classOfCommonMedicine("ibuprofen") // "simple-analgesic"
 * @example classOfCommonMedicine("Brandex") // undefined
 */
export function classOfCommonMedicine(name: string): AcuteMedicationClass | undefined {
  return COMMON_ACUTE_MEDICINES.find((medicine) => folded(medicine.name) === folded(name))?.class;
}
