/**
 * What classifying and counting diary days needs besides the diary itself.
 */
import type { PlainDate } from "../shared/plain-date.ts";
import type { PathwaySettings } from "../shared/settings.ts";

/**
 * The patient's birth date (ICHD-3 criterion B is 2 hours under 18, pathway-rules §2) and the
 * settings in force (`headacheDayMinHours`, `migraineDayRule`, `minRecordedDays`).
 */
export interface DiaryContext {
  readonly birthDate?: PlainDate | undefined;
  readonly settings: PathwaySettings;
}

/** A closed range of dates `[start, end]` (pathway-rules §1: both ends included). */
export interface DateRange {
  readonly start: PlainDate;
  readonly end: PlainDate;
}
