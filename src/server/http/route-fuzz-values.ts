/**
 * The fuzz test's values (fast-check): junk of every kind a client can send (wrong types, huge
 * strings, nested junk, extreme numbers), and, for a field whose valid value is a date, a text
 * or a number, the edges of its own kind, which pass a loose contract and reach the database:
 * the year 0000, 9999-12-31 and after it, lone UTF-16 surrogates, control characters.
 */
import fc from "fast-check";

/** Dates at and past the calendar's edges, and ones that do not exist. */
export const EDGE_DATES = ["0000-01-01", "0000-12-31", "0001-01-01", "9999-12-31", "10000-01-01", "2026-02-30", "2026-13-01", "-0001-01-01", "2026-7-2"] as const;

/** Texts a field must refuse or store without harm: broken Unicode, controls, direction marks, huge. */
export const EDGE_TEXTS = ["\ud800", "Suma\udc00triptan", "\udbff\ud800", "\u0000", "name\u0007with bell", "\u001f\u007f", "\u202eevil", "😀", "", "   ", "x".repeat(300_000)] as const;

/** Strings that look like another type, or like an attack. */
const LOOKALIKES = ["NaN", "Infinity", "-0", "1e308", "null", "true", "__proto__", "constructor", "../../etc/passwd", "%00", "' OR 1=1 --", "<script>alert(1)</script>", "00000000-0000-0000-0000-000000000000", "0195F1D2-7B1E-7C3A-9F00-00000000000A", "2026-07-20T25:00:00Z"] as const;

export const EDGE_NUMBERS = [0, -0, -1, 1, 0.5, 24.0001, 10_000, 100_001, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 5e-324] as const;

/** Any UTF-16 unit, lone surrogates and controls included. */
export const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** `depth` arrays inside each other, or objects when `objects`. */
function nested(depth: number, objects: boolean): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = objects ? { a: value } : [value];
  return value;
}

/** A junk value of any kind. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...EDGE_DATES, ...EDGE_TEXTS, ...LOOKALIKES) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...EDGE_NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}) },
  { weight: 2, arbitrary: fc.string({ unit: utf16Unit, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 20, max: 2_000 }), fc.boolean()).map(([depth, objects]) => nested(depth, objects)) },
);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What kind of value a valid field holds, for the edges of its own kind. */
export type ValueKind = "date" | "id" | "text" | "number" | "other";

export function kindOf(value: unknown): ValueKind {
  if (typeof value === "number") return "number";
  if (typeof value !== "string") return "other";
  if (DATE.test(value)) return "date";
  return ID.test(value) ? "id" : "text";
}

const ofKind: Readonly<Record<ValueKind, fc.Arbitrary<unknown>>> = {
  date: fc.constantFrom<unknown>(...EDGE_DATES),
  id: fc.constantFrom<unknown>("not-a-uuid", "00000000-0000-0000-0000-000000000000", "0195F1D2-7B1E-7C3A-9F00-00000000000A", ""),
  text: fc.oneof(fc.constantFrom<unknown>(...EDGE_TEXTS), fc.string({ unit: utf16Unit, minLength: 1, maxLength: 20 })),
  number: fc.constantFrom<unknown>(...EDGE_NUMBERS),
  other: junkValue,
};

/** A value to put in place of `valid`: mostly the edges of its own kind, sometimes any junk. */
export function junkFor(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: ofKind[kindOf(valid)] }, { weight: 1, arbitrary: junkValue });
}
