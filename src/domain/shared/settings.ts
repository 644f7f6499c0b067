/**
 * Every configurable value of the pathway rules, with its default (pathway-rules, values marked
 * "(config)"). A clinic may change them; every assessment names the values it used.
 * The ranges here are the ones `assess-contract.md` accepts.
 */

/** How migraine days are counted (pathway-rules §2). */
export type MigraineDayRule = "probable-counts" | "ichd-strict";

export interface PathwaySettings {
  /** Recorded days a 28-day window needs to be complete (§1). Integer 0-28. */
  readonly minRecordedDays: number;
  /** Hours a headache must last for a headache day (§2). Number 0-24. */
  readonly headacheDayMinHours: number;
  /** Whether probable migraine (two of B, C, D) counts as a migraine day (§2). */
  readonly migraineDayRule: MigraineDayRule;
  /** Days of attested chronic-migraine history needed before the assessment date (§3). */
  readonly attestedHistoryMinDays: number;
  /** Days a preventive must have been tried for "ineffective" to count as failed (§5). */
  readonly minPreventiveTrialDays: number;
  /** Largest units in one session (§6). */
  readonly maxSessionUnits: number;
  /** Days of the cumulative-dose window ending on the session date, `[D-(n-1), D]` (§6). */
  readonly cumulativeDoseWindowDays: number;
  /** Largest botulinum toxin units, all indications, within the cumulative window (§6). */
  readonly cumulativeDoseMaxUnits: number;
  /** Fewest days between sessions, and the next-earliest date (§6, §7). */
  readonly minIntervalDays: number;
  /** Days after a session the next one is due (§7). */
  readonly nextDueDays: number;
  /** Days after a session after which the patient is overdue (§7). */
  readonly nextLateDays: number;
  /** Days after the last session an EHF pause is reassessed (§8). */
  readonly pauseReassessDays: number;
  /** Rise in headache-day rate, late part over early part, that signals wearing-off (§8). */
  readonly wearingOffMinRise: number;
  /** Share of a cycle part's days that must be recorded to judge wearing-off (§8). */
  readonly wearingOffMinRecordedShare: number;
}

/** The defaults of pathway-rules, version {@link RULES_VERSION}. */
export const DEFAULT_SETTINGS: PathwaySettings = Object.freeze({
  minRecordedDays: 20,
  headacheDayMinHours: 4,
  migraineDayRule: "probable-counts",
  attestedHistoryMinDays: 90,
  minPreventiveTrialDays: 60,
  maxSessionUnits: 195,
  cumulativeDoseWindowDays: 92,
  cumulativeDoseMaxUnits: 400,
  minIntervalDays: 77,
  nextDueDays: 84,
  nextLateDays: 91,
  pauseReassessDays: 120,
  wearingOffMinRise: 0.1,
  wearingOffMinRecordedShare: 0.7,
});

/** The version of `pathway-rules.md` this code implements. */
export const RULES_VERSION = "1";

/**
 * Fills the defaults in under a partial set of settings; `null` and `undefined` mean the default.
 * @example resolveSettings({ minRecordedDays: 21 }).minRecordedDays // 21
 * @example resolveSettings({ minRecordedDays: null }).minRecordedDays // 20
 */
export function resolveSettings(partial: { readonly [K in keyof PathwaySettings]?: PathwaySettings[K] | null } = {}): PathwaySettings {
  const resolved: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(partial)) {
    if (value !== null && value !== undefined && key in DEFAULT_SETTINGS) resolved[key] = value;
  }
  return Object.freeze(resolved) as unknown as PathwaySettings;
}
