/**
 * Reading a Bundle back: small typed getters that name the JSON path of what is wrong
 * (`entry[4].resource.effectiveDateTime: must be a date YYYY-MM-DD`), never its value (health data).
 */
import { isPlainDate, type PlainDate } from "#domain/shared/plain-date.ts";

/** A problem in the Bundle at a JSON path; `bundleToRecord` turns it into a field issue. */
export class BundleReadError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.path = path;
  }
}

export type JsonObject = Readonly<Record<string, unknown>>;

/** A place in the Bundle: the object there and its path. */
export interface At {
  readonly value: JsonObject;
  readonly path: string;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fail(path: string, message: string): never {
  throw new BundleReadError(path, message);
}

/**
 * The object at `key`, required.
 * @example objectAt({ value: { a: { b: 1 } }, path: "x" }, "a").path // "x.a"
 */
export function objectAt(at: At, key: string): At {
  const path = `${at.path}.${key}`;
  const value = at.value[key];
  if (value === undefined) fail(path, "is required");
  if (!isObject(value)) fail(path, "must be an object");
  return { value, path };
}

/** The object at `key`, or undefined when absent. */
export function optionalObjectAt(at: At, key: string): At | undefined {
  return at.value[key] === undefined ? undefined : objectAt(at, key);
}

/** The first object of the array at `key`, required. */
export function firstObjectAt(at: At, key: string): At {
  return objectsAt(at, key)[0] ?? fail(`${at.path}.${key}`, "must hold at least one entry");
}

/** The objects of the array at `key` (absent is empty). */
export function objectsAt(at: At, key: string): At[] {
  const path = `${at.path}.${key}`;
  const value = at.value[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(path, "must be an array");
  return value.map((item: unknown, index) => {
    if (!isObject(item)) fail(`${path}[${index}]`, "must be an object");
    return { value: item, path: `${path}[${index}]` };
  });
}

export function optionalStringAt(at: At, key: string): string | undefined {
  const value = at.value[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string") fail(`${at.path}.${key}`, "must be a string");
  return value;
}

export function stringAt(at: At, key: string): string {
  return optionalStringAt(at, key) ?? fail(`${at.path}.${key}`, "is required");
}

export function optionalBooleanAt(at: At, key: string): boolean | undefined {
  const value = at.value[key];
  if (value === undefined) return undefined;
  if (typeof value !== "boolean") fail(`${at.path}.${key}`, "must be true or false");
  return value;
}

export function booleanAt(at: At, key: string): boolean {
  return optionalBooleanAt(at, key) ?? fail(`${at.path}.${key}`, "is required");
}

export function optionalNumberAt(at: At, key: string): number | undefined {
  const value = at.value[key];
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) fail(`${at.path}.${key}`, "must be a number");
  return value;
}

export function numberAt(at: At, key: string): number {
  return optionalNumberAt(at, key) ?? fail(`${at.path}.${key}`, "is required");
}

/** A FHIR date or dateTime that must be a plain calendar date (the record's dates have no time). */
export function optionalDateAt(at: At, key: string): PlainDate | undefined {
  const value = optionalStringAt(at, key);
  if (value === undefined) return undefined;
  if (!isPlainDate(value)) fail(`${at.path}.${key}`, "must be a calendar date YYYY-MM-DD");
  return value;
}

export function dateAt(at: At, key: string): PlainDate {
  return optionalDateAt(at, key) ?? fail(`${at.path}.${key}`, "is required");
}

/** The code of `system` in the CodeableConcept at `key`, required to be one of `codes`. */
export function codeAt<const T extends readonly string[]>(at: At, key: string, system: string, codes: T): T[number] {
  return codeOf(objectAt(at, key), system, codes);
}

/** The code of `system` in the CodeableConcept `concept`, required to be one of `codes`. */
export function codeOf<const T extends readonly string[]>(concept: At, system: string, codes: T): T[number] {
  const coding = objectsAt(concept, "coding").find((c) => c.value["system"] === system);
  if (coding === undefined) fail(`${concept.path}.coding`, `must hold a code of ${system}`);
  const code = stringAt(coding, "code");
  if (!codes.includes(code)) fail(`${coding.path}.code`, `must be one of ${codes.join(", ")}`);
  return code;
}

/** The code of `system` in the CodeableConcept at `key`, or undefined when it has none. */
export function optionalCodeOf(at: At, key: string, system: string): string | undefined {
  const concept = optionalObjectAt(at, key);
  if (concept === undefined) return undefined;
  const coding = objectsAt(concept, "coding").find((c) => c.value["system"] === system);
  return coding === undefined ? undefined : optionalStringAt(coding, "code");
}

/** The value of the extension with `url` (its `value[x]` of `type`), or undefined. */
export function extensionValue(at: At, url: string, type: "valueString" | "valueBoolean"): { at: At; value: unknown } | undefined {
  const extension = objectsAt(at, "extension").find((e) => e.value["url"] === url);
  if (extension === undefined) return undefined;
  const value = extension.value[type];
  if (value === undefined) fail(`${extension.path}.${type}`, "is required");
  return { at: extension, value };
}

export function rejectWith(path: string, message: string): never {
  return fail(path, message);
}
