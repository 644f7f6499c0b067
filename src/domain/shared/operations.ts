/**
 * The clinic's operational settings: how the treatment is run day to day, apart from the
 * clinical rules (pathway-rules' "(config)" values live in settings.ts). Each has a sourced
 * default (clinical-facts.md) and a clinic may change it.
 */

export interface OperationalSettings {
  /** A lot expiring within this many days of today is flagged (default 30). */
  readonly lotExpiryWarningDays: number;
  /** Reconstituted toxin older than this many hours at injection is refused (label: use within 24 h; clinical-facts §9.3). */
  readonly reconstitutionMaxHours: number;
  /** Booking slots, in minutes (clinical-facts §9.1: a visit takes about 15 minutes). */
  readonly slotMinutes: number;
  /** "Due soon" on the worklist: the next session due within this many days (default 14). */
  readonly dueSoonDays: number;
  /**
   * HIT-6 and MIDAS are due in this many days before each visit, the visit's day included
   * (default 7; clinical-facts §8: HIT-6 recalls 4 weeks, so collect it close to the visit).
   */
  readonly questionnaireDueDays: number;
  /**
   * A patient may fill in a missed diary day up to this many days after it (default 7, issue 9;
   * docs/clinical/diary.md "Late entries"): a diary filled long after is recall, not a diary.
   */
  readonly diaryLateEntryDays: number;
}

export const DEFAULT_OPERATIONS: OperationalSettings = Object.freeze({
  lotExpiryWarningDays: 30,
  reconstitutionMaxHours: 24,
  slotMinutes: 15,
  dueSoonDays: 14,
  questionnaireDueDays: 7,
  diaryLateEntryDays: 7,
});
