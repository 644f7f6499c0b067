/**
 * The configurable values of the pathway rules as they may be sent in a record's `settings`
 * (assess-contract.md, "Input") and as every assessment names them (its `settings`).
 * An unknown name, a wrong type or a value out of range is an input error; `null` means the default.
 */
import { z } from "zod";
import { RULES_VERSION, resolveSettings, type PathwaySettings } from "#domain/shared/settings.ts";

export { RULES_VERSION };

const MIGRAINE_DAY_RULES = ["probable-counts", "ichd-strict"] as const;

function wholeNumber(min: number, max: number) {
  return z.number().int(`must be a whole number ${min}-${max}`).min(min, `must be ${min}-${max}`).max(max, `must be ${min}-${max}`);
}

function numberIn(min: number, max: number) {
  return z.number().min(min, `must be a number ${min}-${max}`).max(max, `must be a number ${min}-${max}`);
}

const unitLimit = z.number().min(0, "must be a number of units, at least 0");

/** Each setting's own schema, with the range assess-contract.md accepts. */
export const settingValueSchemas = {
  minRecordedDays: wholeNumber(0, 28),
  headacheDayMinHours: numberIn(0, 24),
  migraineDayRule: z.enum(MIGRAINE_DAY_RULES, { error: `must be one of ${MIGRAINE_DAY_RULES.join(", ")}` }),
  attestedHistoryMinDays: wholeNumber(0, 3650),
  minPreventiveTrialDays: wholeNumber(0, 3650),
  maxSessionUnits: unitLimit,
  cumulativeDoseWindowDays: wholeNumber(1, 3650),
  cumulativeDoseMaxUnits: unitLimit,
  minIntervalDays: wholeNumber(0, 3650),
  nextDueDays: wholeNumber(0, 3650),
  nextLateDays: wholeNumber(0, 3650),
  pauseReassessDays: wholeNumber(0, 3650),
  wearingOffMinRise: numberIn(0, 1),
  wearingOffMinRecordedShare: numberIn(0, 1),
} satisfies { readonly [K in keyof PathwaySettings]: z.ZodType<PathwaySettings[K]> };

/** Every setting name, in the order an assessment lists them. */
type PartialSettingsShape = { [K in keyof typeof settingValueSchemas]: z.ZodOptional<z.ZodNullable<(typeof settingValueSchemas)[K]>> };

const partialShape = Object.fromEntries(
  Object.entries(settingValueSchemas).map(([name, schema]) => [name, schema.nullable().optional()]),
) as PartialSettingsShape;

/**
 * A record's `settings`: any subset of the names, `null` meaning the default. Unknown names are
 * errors here (not warnings, unlike other unknown fields): a misspelt setting would silently
 * change a clinical figure. Parses into the complete settings in force.
 */
export const settingsInputSchema = z
  .strictObject(partialShape)
  .transform((partial): PathwaySettings => resolveSettings(partial));

