/**
 * Plain benchmark runner: `node bench/run.ts [--patients 360] [--seed 20260720] [--budget-ms 1000]
 * [--worklist-patients 5000] [--audit-patients 200]`. Prints ops/s (whole-clinic runs per second) and ms per patient for
 * each clinical-core workload over a synthetic clinic with a year of diary per patient, then the
 * worklist's server time over a seeded clinic of `--worklist-patients` (0 skips it), then what
 * auditing every read costs a chart read (`--audit-patients`, 0 skips it). Measures
 * only; never asserts.
 */
import { parseArgs } from "node:util";
import { BENCH_AS_OF, BENCH_PATIENTS, BENCH_SEED, benchPatients, diaryDayCount } from "./clinic-fixture.ts";
import { formatTable, measure } from "./measure.ts";
import { clinicalCoreWorkloads, generatorWorkload } from "./workloads.ts";
import { benchWorklist, formatWorklistBench } from "./worklist.ts";
import { benchAuditOverhead, formatAuditOverheadBench } from "./audit-overhead.ts";

const { values } = parseArgs({
  options: {
    patients: { type: "string", default: String(BENCH_PATIENTS) },
    seed: { type: "string", default: String(BENCH_SEED) },
    "budget-ms": { type: "string", default: "1000" },
    "worklist-patients": { type: "string", default: "5000" },
    "audit-patients": { type: "string", default: "200" },
  },
});

const patientCount = Number(values.patients);
const seed = Number(values.seed);
const budgetMs = Number(values["budget-ms"]);
const worklistPatients = Number(values["worklist-patients"]);
if (!Number.isInteger(patientCount) || patientCount < 1 || !Number.isFinite(seed) || !(budgetMs > 0)) {
  console.error("usage: node bench/run.ts [--patients N>=1] [--seed S] [--budget-ms MS>0]");
  process.exit(2);
}

const patients = benchPatients(patientCount, seed);
console.log(
  `Cephalog clinical-core benchmark: ${patients.length} synthetic patients, ${diaryDayCount(patients)} diary days, as of ${BENCH_AS_OF}, ` +
    `seed ${seed}, Node ${process.version}`,
);
const options = { budgetMs, warmupRuns: 3, patients: patients.length };
const measurements = [...clinicalCoreWorkloads(), generatorWorkload()].map((workload) =>
  measure(workload.name, () => workload.run(patients), options),
);
console.log(formatTable(measurements));

if (worklistPatients > 0) {
  console.log("");
  console.log(formatWorklistBench(await benchWorklist(worklistPatients, seed)));
}

// What auditing every read costs a chart read (issue 7, ADR 0016); --audit-patients 0 skips it.
const auditPatients = Number(values["audit-patients"]);
if (auditPatients > 0) {
  console.log("");
  console.log(formatAuditOverheadBench(await benchAuditOverhead(auditPatients, seed)));
}
