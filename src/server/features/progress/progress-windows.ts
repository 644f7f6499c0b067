/** The clinical core's window counts as the progress answers carry them (pathway-rules §1-2). */
import type { ProgressWindow } from "#contracts/api/progress.ts";
import type { WindowCounts } from "#domain/diary/window-counts.ts";
import { DEFAULT_SETTINGS, type PathwaySettings } from "#domain/shared/settings.ts";

/**
 * The counting settings in force. Every figure of the clinic counts under the defaults for now
 * (features/patients and features/assessment do the same); the answer names them.
 */
export const PROGRESS_SETTINGS: PathwaySettings = DEFAULT_SETTINGS;

export const COUNTING = { minRecordedDays: PROGRESS_SETTINGS.minRecordedDays, headacheDayMinHours: PROGRESS_SETTINGS.headacheDayMinHours };

/** One window's counts, the fields a chart or a sentence needs. */
export function toProgressWindow(counts: WindowCounts): ProgressWindow {
  return {
    start: counts.start,
    end: counts.end,
    daysRecorded: counts.daysRecorded,
    complete: counts.complete,
    anyHeadacheDays: counts.anyHeadacheDays,
    headacheDays: counts.headacheDays,
    migraineDays: counts.migraineDays,
    acuteMedicationDays: counts.acuteMedicationDays,
  };
}
