/**
 * Vitest benchmarks of the clinical core over a synthetic clinic (`vitest bench --project "unit (bench)" bench/`).
 * Vitest 5 runs benchmarks through the `bench` test-context fixture. Speed goals are read here,
 * never asserted. Each benchmark handles the whole clinic, so time per patient is the mean
 * latency divided by BENCH_PATIENTS; `node bench/run.ts` prints that figure directly and is the
 * reference number: Vitest's module runner wraps imports in getters and warns that this adds
 * overhead to tight loops.
 */
import { test } from "vitest";
import { BENCH_PATIENTS, benchPatients } from "./clinic-fixture.ts";
import { clinicalCoreWorkloads, generatorWorkload } from "./workloads.ts";

const patients = benchPatients();

/** Each run handles a whole clinic (tens of ms), so a few dozen samples give a steady mean. */
const BENCH_RUN_OPTIONS = { time: 500, iterations: 16 };

test(`clinical core over ${BENCH_PATIENTS} patients with a year of diary each`, async ({ bench }) => {
  const registrations = clinicalCoreWorkloads().map((workload) =>
    bench(workload.name, () => {
      workload.run(patients);
    }),
  );
  await bench.compare(...registrations, BENCH_RUN_OPTIONS);
});

test(`demo generator, ${BENCH_PATIENTS} patients`, async ({ bench }) => {
  const generator = generatorWorkload();
  await bench(generator.name, () => {
    generator.run(patients);
  }).run(BENCH_RUN_OPTIONS);
});
