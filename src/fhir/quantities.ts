/**
 * The two Quantities of the profile, written and read in one place so the import accepts exactly the
 * units the export writes: a diary day's hours in UCUM `h`, and toxin doses in the product's units
 * `U` (onabotulinumtoxinA units are the product's own biological units, not UCUM's enzyme unit, so
 * no UCUM system is claimed). A value in any other unit is refused, not read as if it were ours
 * (90 with `unit: "min"` is not 90 hours); the error names the field, never the value.
 */
import { SYSTEM } from "./codes.ts";
import { numberAt, objectAt, optionalStringAt, rejectWith, type At } from "./read.ts";
import type { Quantity } from "./types.ts";

const HOURS = "h";
const TOXIN_UNITS = "U";

/**
 * Hours as written: UCUM `h`.
 * @example hoursQuantity(6) // { value: 6, unit: "h", system: "http://unitsofmeasure.org", code: "h" }
 */
export function hoursQuantity(value: number): Quantity {
  return { value, unit: HOURS, system: SYSTEM.ucum, code: HOURS };
}

/**
 * Toxin units as written: `unit` "U", no system.
 * @example toxinUnitsQuantity(5) // { value: 5, unit: "U" }
 */
export function toxinUnitsQuantity(value: number): Quantity {
  return { value, unit: TOXIN_UNITS };
}

/**
 * The value of the Quantity at `key`, in hours: `unit` and `code` each `h` when given (at least one
 * given), `system` UCUM when given.
 * @example hoursAt({ value: { valueQuantity: { value: 6, unit: "h" } }, path: "x" }, "valueQuantity") // 6
 */
export function hoursAt(at: At, key: string): number {
  const quantity = objectAt(at, key);
  const unit = optionalStringAt(quantity, "unit");
  const code = optionalStringAt(quantity, "code");
  const system = optionalStringAt(quantity, "system");
  if (unit === undefined && code === undefined) rejectWith(`${quantity.path}.code`, `is required: hours are UCUM ${HOURS}`);
  if (unit !== undefined && unit !== HOURS) rejectWith(`${quantity.path}.unit`, `must be ${HOURS} (hours)`);
  if (code !== undefined && code !== HOURS) rejectWith(`${quantity.path}.code`, `must be ${HOURS} (hours, UCUM)`);
  if (system !== undefined && system !== SYSTEM.ucum) rejectWith(`${quantity.path}.system`, `must be ${SYSTEM.ucum}`);
  return numberAt(quantity, "value");
}

/**
 * The value of the Quantity at `key`, in toxin units: `unit` `U` required, `code` `U` when given.
 * @example toxinUnitsAt({ value: { dose: { value: 5, unit: "U" } }, path: "x" }, "dose") // 5
 */
export function toxinUnitsAt(at: At, key: string): number {
  const quantity = objectAt(at, key);
  const unit = optionalStringAt(quantity, "unit");
  const code = optionalStringAt(quantity, "code");
  if (unit !== TOXIN_UNITS) rejectWith(`${quantity.path}.unit`, `must be ${TOXIN_UNITS} (units of the toxin product)`);
  if (code !== undefined && code !== TOXIN_UNITS) rejectWith(`${quantity.path}.code`, `must be ${TOXIN_UNITS} (units of the toxin product) when given`);
  return numberAt(quantity, "value");
}
