/**
 * A demo patient's diary: one record per recorded date (pathway-rules §1), from the profile's
 * first diary day to its last, leaving out gaps and randomly missed days (a missed day is not
 * recorded, never headache-free).
 */
import { addDays, type PlainDate } from "#domain/shared/plain-date.ts";
import type { DiaryDay } from "#domain/shared/record.ts";
import { drawHeadacheDay, headacheFreeDay } from "./diary-day.ts";
import type { Random } from "./prng.ts";
import type { DiaryProfile } from "./profiles.ts";

/**
 * Headache days per 28 the profile expects on a day `daysAgo` before today: the untreated rate,
 * falling linearly over the ramp once treatment has started.
 * @example expectedRate({ ...profile, headacheDaysPer28: 20, improvement: { startDaysAgo: 100, rampDays: 40, treatedPer28: 8 } }, 80) // 14
 */
export function expectedRate(profile: DiaryProfile, daysAgo: number): number {
  const improvement = profile.improvement;
  if (!improvement || daysAgo >= improvement.startDaysAgo) return profile.headacheDaysPer28;
  const progress = Math.min(1, (improvement.startDaysAgo - daysAgo) / improvement.rampDays);
  return profile.headacheDaysPer28 + (improvement.treatedPer28 - profile.headacheDaysPer28) * progress;
}

/**
 * Whether the profile records a diary on the day `daysAgo` before today (before the random misses).
 * @example inRecordingSpan({ ...profile, firstDaysAgo: 364, lastDaysAgo: 0, gaps: [{ fromDaysAgo: 10, toDaysAgo: 5 }] }, 7) // false
 */
export function inRecordingSpan(profile: DiaryProfile, daysAgo: number): boolean {
  if (daysAgo > profile.firstDaysAgo || daysAgo < profile.lastDaysAgo) return false;
  return !profile.gaps.some((gap) => daysAgo <= gap.fromDaysAgo && daysAgo >= gap.toDaysAgo);
}

/**
 * Draws a patient's diary, oldest day first, ending no later than `today`.
 * @example drawDiary(createRandom(1), profile, plainDate("2026-07-20")).at(-1)?.date // "2026-07-20" when today is recorded
 */
export function drawDiary(random: Random, profile: DiaryProfile, today: PlainDate): DiaryDay[] {
  const diary: DiaryDay[] = [];
  for (let daysAgo = profile.firstDaysAgo; daysAgo >= profile.lastDaysAgo; daysAgo--) {
    if (!inRecordingSpan(profile, daysAgo) || !random.chance(profile.recordedShare)) continue;
    const headache = random.chance(expectedRate(profile, daysAgo) / 28);
    diary.push({ date: addDays(today, -daysAgo), ...(headache ? drawHeadacheDay(random, profile) : headacheFreeDay()) });
  }
  return diary;
}
