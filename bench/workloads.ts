/**
 * What the benchmarks time: each workload runs one clinical-core function over every patient of
 * the shared clinic: day classification, window counting, and the two diary diagnoses
 * (pathway-rules §1-4).
 */
import { assess } from "#domain/assess/assess.ts";
import { assessChronicMigraine } from "#domain/diagnosis/chronic-migraine.ts";
import { assessMedicationOveruse } from "#domain/diagnosis/medication-overuse.ts";
import { classifyDay } from "#domain/diary/classify-day.ts";
import { countDays } from "#domain/diary/window-counts.ts";
import { windowRange, windowsAsOf } from "#domain/diary/windows.ts";
import { generateDemoClinic } from "#server/demo/generate.ts";
import { BENCH_AS_OF, BENCH_SEED, type BenchPatient } from "./clinic-fixture.ts";

/** A named piece of work over a whole clinic; returns a number so the work cannot be optimised away. */
export interface Workload {
  readonly name: string;
  readonly run: (patients: readonly BenchPatient[]) => number;
}

/**
 * The benchmarked workloads, cheapest first.
 * @example clinicalCoreWorkloads().map((w) => w.name)[0] // "classifyDay: every diary day"
 */
export function clinicalCoreWorkloads(): Workload[] {
  const w1 = windowRange(BENCH_AS_OF, 1);
  return [
    {
      name: "classifyDay: every diary day",
      run: (patients) => {
        let migraineDays = 0;
        for (const { diary, context } of patients) for (const day of diary) if (classifyDay(day, context).migraine) migraineDays += 1;
        return migraineDays;
      },
    },
    {
      name: "countDays: W1",
      run: (patients) => sum(patients, ({ diary, context }) => countDays(diary, w1, context).anyHeadacheDays),
    },
    {
      name: "windowsAsOf: a year of windows",
      run: (patients) => sum(patients, ({ diary, context }) => windowsAsOf(diary, BENCH_AS_OF, context).length),
    },
    {
      name: "windowsAsOf + assessChronicMigraine",
      run: (patients) =>
        sum(patients, ({ diary, context }) => {
          const windows = windowsAsOf(diary, BENCH_AS_OF, context);
          return assessChronicMigraine({ windows, asOf: BENCH_AS_OF, settings: context.settings }).status === "met" ? 1 : 0;
        }),
    },
    {
      name: "assessMedicationOveruse",
      run: (patients) =>
        sum(patients, ({ diary, context }) => (assessMedicationOveruse(diary, BENCH_AS_OF, context).status === "suspected" ? 1 : 0)),
    },
    {
      // The whole `cephalog assess` computation for a record with a year of diary and no sessions.
      name: "assess: the whole assessment",
      run: (patients) =>
        sum(patients, ({ diary, context }, index) => {
          const record = { patient: { id: `p${index}`, birthDate: context.birthDate }, diary, treatments: [], otherToxinDoses: [], questionnaires: [], sideEffectReports: [] };
          return assess(record, { asOf: BENCH_AS_OF, policy: "us-label", settings: context.settings }).windows.length;
        }),
    },
  ];
}

/**
 * Generating the demo clinic itself, for as many patients as the workload holds.
 * @example generatorWorkload().run(benchPatients(36)) // 36
 */
export function generatorWorkload(): Workload {
  return {
    name: "generateDemoClinic",
    run: (patients) => generateDemoClinic({ seed: BENCH_SEED, today: BENCH_AS_OF, patients: patients.length }).patients.length,
  };
}

function sum(patients: readonly BenchPatient[], each: (patient: BenchPatient, index: number) => number): number {
  let total = 0;
  patients.forEach((patient, index) => {
    total += each(patient, index);
  });
  return total;
}
