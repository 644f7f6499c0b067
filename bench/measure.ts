/**
 * A minimal timer for `bench/run.ts`: warm up, then repeat until a time budget is spent, and
 * report the mean. Plain `performance.now()`, so the script runs under bare Node.
 */

/** One timed workload. */
export interface Measurement {
  readonly name: string;
  readonly iterations: number;
  /** Whole-workload runs per second. */
  readonly opsPerSecond: number;
  /** Mean milliseconds of one whole-workload run. */
  readonly msPerRun: number;
  /** Mean milliseconds per patient of the workload. */
  readonly msPerPatient: number;
}

export interface MeasureOptions {
  /** Milliseconds to spend measuring, after warm-up. */
  readonly budgetMs: number;
  readonly warmupRuns: number;
  /** Patients one run handles, to derive the per-patient figure. */
  readonly patients: number;
}

/** Keeps results alive so the engine cannot drop the measured work. */
let sink = 0;

/**
 * Times `run` and returns its mean speed.
 * @example measure("noop", () => 0, { budgetMs: 10, warmupRuns: 1, patients: 1 }).iterations // > 0
 */
export function measure(name: string, run: () => number, options: MeasureOptions): Measurement {
  for (let i = 0; i < options.warmupRuns; i++) sink += run();
  let iterations = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    sink += run();
    iterations += 1;
    elapsed = performance.now() - started;
  } while (elapsed < options.budgetMs);
  const msPerRun = elapsed / iterations;
  return { name, iterations, opsPerSecond: 1000 / msPerRun, msPerRun, msPerPatient: msPerRun / Math.max(1, options.patients) };
}

/**
 * The measurements as an aligned text table.
 * @example formatTable([{ name: "x", iterations: 10, opsPerSecond: 100, msPerRun: 10, msPerPatient: 0.1 }]).split("\n")[1] // "x           10  100.0   10.00      0.1000"
 */
export function formatTable(measurements: readonly Measurement[]): string {
  const rows = [
    ["workload", "runs", "ops/s", "ms/run", "ms/patient"],
    ...measurements.map((m) => [m.name, String(m.iterations), m.opsPerSecond.toFixed(1), m.msPerRun.toFixed(2), m.msPerPatient.toFixed(4)]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  return `${rows.map(line).join("\n")}\n(checksum ${sink})`;
}
