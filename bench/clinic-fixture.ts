/**
 * The workload every benchmark shares: a seeded demo clinic (src/server/demo/generate.ts) of many
 * patients with a year of diary each, as the clinical core reads it.
 */
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { DiaryDay } from "#domain/shared/record.ts";
import type { DiaryContext } from "#domain/diary/diary-context.ts";
import { generateDemoClinic } from "#server/demo/generate.ts";

/** A fixed assessment date: benchmarks read no clock, so runs compare like with like. */
export const BENCH_AS_OF: PlainDate = plainDate("2026-07-20");

/** Default clinic size: ten demo clinics' worth of patients. */
export const BENCH_PATIENTS = 360;

export const BENCH_SEED = 20260720;

/** One patient's diary and the context the counting functions need. */
export interface BenchPatient {
  readonly diary: readonly DiaryDay[];
  readonly context: DiaryContext;
}

/**
 * Builds the benchmark workload.
 * @example benchPatients(36).length // 36
 */
export function benchPatients(patients: number = BENCH_PATIENTS, seed: number = BENCH_SEED): BenchPatient[] {
  return generateDemoClinic({ seed, today: BENCH_AS_OF, patients }).patients.map((patient) => ({
    diary: patient.diary,
    context: { birthDate: patient.birthDate, settings: DEFAULT_SETTINGS },
  }));
}

/**
 * The total number of diary days in a workload.
 * @example diaryDayCount(benchPatients(36)) // 11090
 */
export function diaryDayCount(patients: readonly BenchPatient[]): number {
  return patients.reduce((sum, patient) => sum + patient.diary.length, 0);
}
