/**
 * A diary day's answers as CSV cells and back (issue 10 §5; ADR 0027): the export writes each
 * field in the words the import reads, so a diary exported and imported again is the same diary
 * (nothing stored the second time). Readers never see a cell's value in a reason (contracts/issues.ts).
 *
 * - headache: yes / no (the import also takes y, true, 1, x and n, false, 0, or the clinic's own words);
 * - severity: 0-3 or none, mild, moderate, severe (PREEMPT's 4-point scale, pathway-rules §2);
 * - medicines: `Name (class)` items split by `;`, a bare class (`triptan`, `nsaid`), a common
 *   medicine's name (src/domain/diary/common-medicines.ts) or one of the patient's own list;
 *   `, relief` or `, no relief` inside the brackets keeps the relief answer;
 * - features: the feature names of pathway-rules §2 split by `;`.
 */
import { classOfCommonMedicine } from "#domain/diary/common-medicines.ts";
import { ACUTE_MEDICATION_CLASSES, HEADACHE_FEATURES, type AcuteMedicationClass, type AcuteMedicationTaken, type HeadacheFeature, type HeadacheFeatures } from "#domain/shared/record.ts";

/** A cell read into a value, or the reason it cannot be (naming the rule, never the value). */
export type CellResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const refused = (reason: string): CellResult<never> => ({ ok: false, reason });

export const DEFAULT_HEADACHE_WORDS = { yes: ["yes", "y", "true", "1", "x"], no: ["no", "n", "false", "0"] } as const;
export const SEVERITY_WORDS = ["none", "mild", "moderate", "severe"] as const;
const ITEM_SEPARATOR = /[;|]/;

const folded = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();

/**
 * The headache cell as yes or no.
 * @example readHeadache("Yes") // { ok: true, value: true }
 * @example readHeadache("maybe").ok // false
 */
export function readHeadache(cell: string, words: { readonly yes: readonly string[]; readonly no: readonly string[] } = DEFAULT_HEADACHE_WORDS): CellResult<boolean> {
  const text = folded(cell);
  if (text === "") return refused("is empty: every day needs a headache answer");
  if (words.yes.some((word) => folded(word) === text)) return ok(true);
  if (words.no.some((word) => folded(word) === text)) return ok(false);
  return refused(`must be one of ${[...words.yes, ...words.no].join(", ")}`);
}

/**
 * Hours as a number (a decimal comma taken as a point); empty is no answer. Ranges are the contract's.
 * @example readHours("4,5") // { ok: true, value: 4.5 }
 * @example readHours("") // { ok: true, value: undefined }
 */
export function readHours(cell: string): CellResult<number | undefined> {
  const text = cell.trim().replace(",", ".");
  if (text === "") return ok(undefined);
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return refused("must be a number of hours 0-24");
  return ok(Number(text));
}

/**
 * Severity 0-3 or its word; empty is no answer. Out-of-range numbers are left to the contract.
 * @example readSeverity("moderate") // { ok: true, value: 2 }
 * @example readSeverity("3") // { ok: true, value: 3 }
 */
export function readSeverity(cell: string): CellResult<number | undefined> {
  const text = folded(cell);
  if (text === "") return ok(undefined);
  const word = SEVERITY_WORDS.indexOf(text as (typeof SEVERITY_WORDS)[number]);
  if (word >= 0) return ok(word);
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return ok(Number(text));
  return refused(`must be 0-3 or one of ${SEVERITY_WORDS.join(", ")}`);
}

const CLASS_NAMES: readonly string[] = [...ACUTE_MEDICATION_CLASSES, "nsaid"];
const asClass = (text: string): AcuteMedicationClass | undefined => {
  const name = folded(text);
  if (name === "nsaid") return "simple-analgesic";
  return CLASS_NAMES.includes(name) ? (name as AcuteMedicationClass) : undefined;
};

/** One item `Name (class[, relief | , no relief])`, a class, or a known name. */
function readMedicine(item: string, own: readonly { readonly name: string; readonly class: string }[], position: number): CellResult<AcuteMedicationTaken> {
  const bracketed = /^(.*?)\s*\(([^()]*)\)$/.exec(item);
  if (bracketed !== null) {
    const [classText = "", ...flags] = (bracketed[2] ?? "").split(",").map((part) => folded(part));
    const medicationClass = asClass(classText);
    if (medicationClass === undefined) return refused(`medicine ${position}: the class in brackets must be one of ${CLASS_NAMES.join(", ")}`);
    if (flags.length > 1 || (flags[0] !== undefined && flags[0] !== "relief" && flags[0] !== "no relief")) return refused(`medicine ${position}: after the class only "relief" or "no relief" may follow`);
    const name = (bracketed[1] ?? "").trim();
    const relief = flags[0] === undefined ? undefined : flags[0] === "relief";
    return ok({ ...(name === "" ? {} : { name }), class: medicationClass, ...(relief === undefined ? {} : { relief }) });
  }
  const bare = asClass(item);
  if (bare !== undefined) return ok({ class: bare });
  const mine = own.find((medicine) => folded(medicine.name) === folded(item));
  const known = mine === undefined ? classOfCommonMedicine(item) : asClass(mine.class);
  if (known !== undefined) return ok({ name: item.trim(), class: known });
  return refused(`medicine ${position} is not a known medicine or class: write it as Name (class), e.g. Brandex (triptan)`);
}

/**
 * The medicines cell as the day's medicines; empty is none.
 * @example readMedicines("Sumatriptan; Brandex (triptan, relief)") // { ok: true, value: [{ name: "Sumatriptan", class: "triptan" }, { name: "Brandex", class: "triptan", relief: true }] }
 * @example readMedicines("nsaid") // { ok: true, value: [{ class: "simple-analgesic" }] }
 */
export function readMedicines(cell: string, own: readonly { readonly name: string; readonly class: string }[] = []): CellResult<AcuteMedicationTaken[] | undefined> {
  const items = cell.split(ITEM_SEPARATOR).map((item) => item.trim()).filter((item) => item !== "");
  if (items.length === 0) return ok(undefined);
  const medicines: AcuteMedicationTaken[] = [];
  for (const [index, item] of items.entries()) {
    const medicine = readMedicine(item, own, index + 1);
    if (!medicine.ok) return medicine;
    medicines.push(medicine.value);
  }
  return ok(medicines);
}

/**
 * The features cell (names split by `;`) as the features present; empty is none.
 * @example readFeatures("nausea; photophobia") // { ok: true, value: { nausea: true, photophobia: true } }
 */
export function readFeatures(cell: string): CellResult<HeadacheFeatures | undefined> {
  const items = cell.split(ITEM_SEPARATOR).map((item) => item.trim()).filter((item) => item !== "");
  if (items.length === 0) return ok(undefined);
  const features: Partial<Record<HeadacheFeature, boolean>> = {};
  for (const item of items) {
    const feature = HEADACHE_FEATURES.find((name) => name.toLowerCase() === item.toLowerCase());
    if (feature === undefined) return refused(`must list features among ${HEADACHE_FEATURES.join(", ")}, split by ;`);
    features[feature] = true;
  }
  return ok(features);
}

/**
 * The day's medicines as one cell, in the words readMedicines reads.
 * @example medicinesCell([{ name: "Sumatriptan", class: "triptan", relief: true }, { class: "simple-analgesic" }]) // "Sumatriptan (triptan, relief); simple-analgesic"
 */
export function medicinesCell(medicines: readonly AcuteMedicationTaken[] | undefined): string {
  return (medicines ?? [])
    .map((medicine) => {
      const relief = medicine.relief === undefined ? "" : medicine.relief ? ", relief" : ", no relief";
      if (medicine.name === undefined && relief === "") return medicine.class;
      return `${medicine.name ?? ""} (${medicine.class}${relief})`.trim();
    })
    .join("; ");
}

/**
 * The features present as one cell.
 * @example featuresCell({ nausea: true, aura: false, photophobia: true }) // "nausea; photophobia"
 */
export function featuresCell(features: HeadacheFeatures | undefined): string {
  return HEADACHE_FEATURES.filter((name) => features?.[name] === true).join("; ");
}
