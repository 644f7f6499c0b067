/**
 * The hold a red side-effect report puts on the patient's next session (pathway-rules §10: "next
 * dose on hold until reviewed"): signing any session of the patient is refused while a report is
 * held, naming the hold, until a clinician clears it with a reason (report-actions.ts).
 */
import { AppError } from "../../app-error.ts";
import type { Executor } from "../../shared/executor.ts";
import { lockPatient } from "../../shared/patient-lock.ts";
import { reportRows } from "./repository.ts";
import type { Target } from "./report-side-effect.ts";
import { stateOf, type ReportContent } from "./report-view.ts";

/** The ids of the patient's reports that hold the next session. */
export async function holdingReports(db: Executor, target: Target): Promise<string[]> {
  const rows = await reportRows(db, target);
  return rows.filter((row) => stateOf(row.content as ReportContent).hold === "held").map((row) => row.record_id);
}

export const ON_HOLD_MESSAGE =
  "Signing is on hold: a red side-effect report holds this patient's next session until a clinician reviews it. A clinician clears the hold with a reason on the report (Side effects), then the session can be signed.";

/** Refuses (not_signable, naming the hold and its reports) while a red report holds the patient's next session; call it in the signing transaction. */
export async function refuseSigningWhileHeld(tx: Executor, target: Target): Promise<void> {
  // Under the patient's lock, which a report takes too: one arriving at this moment is seen, or waits for the signing.
  await lockPatient(tx, target.clinicId, target.patientId);
  const held = await holdingReports(tx, target);
  if (held.length > 0) throw new AppError("not_signable", ON_HOLD_MESSAGE, { hold: { reportIds: held } });
}
