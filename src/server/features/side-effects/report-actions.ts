/**
 * What the clinic does with a report (issue 8), each a new revision of it with the note as the
 * revision's reason (ADR 0013), made from the revision the person had read (`stale_version`
 * otherwise): acknowledged (the red alert stops), called, advised, referred, resolved; and the
 * hold a red report puts on the next session, cleared by a clinician with a reason.
 */
import type { SideEffectDetail } from "#contracts/api/side-effects.ts";
import type { SideEffectAction, SideEffectStatus } from "#contracts/records/kind-contents.ts";
import { AppError, invalidField } from "../../app-error.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { lockPatient } from "../../shared/patient-lock.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { currentReport, reportDetailIn } from "./inbox.ts";
import type { Target } from "./report-side-effect.ts";
import { stateOf, type ReportContent } from "./report-view.ts";

type RecordedAction = Exclude<SideEffectAction, "hold-cleared">;

/**
 * The standing after an action: an acknowledgement moves only a new report; a call, advice or
 * referral puts it in hand (reopening a resolved one); resolving resolves it.
 * @example statusAfter("new", "called") // "in-hand"
 */
export function statusAfter(status: SideEffectStatus, action: SideEffectAction): SideEffectStatus {
  if (action === "resolved") return "resolved";
  if (action === "acknowledged" || action === "hold-cleared") return status === "new" ? "acknowledged" : status;
  return "in-hand";
}

async function revise(deps: ServiceDeps, target: Target, reportId: string, change: (tx: Executor, content: ReportContent, revision: number, now: Date) => Promise<void>): Promise<SideEffectDetail> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    await lockPatient(tx, target.clinicId, target.patientId);
    const current = await currentReport(tx, target, reportId);
    await change(tx, current.content as ReportContent, current.revision, now);
    await deps.recordChanged(tx, target, now);
    return reportDetailIn(tx, target, reportId);
  });
}

/** Records an action with its note (required but for an acknowledgement), as the next revision. */
export function recordAction(deps: ServiceDeps, target: Target, reportId: string, actorUserId: string, input: ActionInput): Promise<SideEffectDetail> {
  return revise(deps, target, reportId, (tx, content, _revision, now) => appendAction(tx, target, reportId, actorUserId, content, input, now));
}

export interface ActionInput {
  readonly action: RecordedAction;
  readonly note: string;
  readonly fromRevision: number;
}

/** The action's revision in the caller's transaction (the demo's too), given the report's current content. */
export async function appendAction(tx: Executor, target: Target, reportId: string, actorUserId: string, content: ReportContent, input: ActionInput, now: Date): Promise<void> {
  const note = input.note.trim();
  if (note === "" && input.action !== "acknowledged") throw invalidField("note", "is required: say what was done and what the patient was told");
  const state = stateOf(content);
  await appendRecordRevision(tx, {
    ...target,
    kind: "side-effect-report",
    recordId: reportId,
    content: { ...content, level: state.level, status: statusAfter(state.status, input.action), hold: state.hold, action: input.action },
    reason: note === "" ? "Acknowledged" : note,
    fromRevision: input.fromRevision,
    actorUserId,
    now,
    verb: input.action,
  });
}

/** Clears the hold a red report puts on the next session, with the reason; it also acknowledges the report. */
export function clearHold(deps: ServiceDeps, target: Target, reportId: string, actorUserId: string, input: { reason: string; fromRevision: number }): Promise<SideEffectDetail> {
  return revise(deps, target, reportId, async (tx, content, revision, now) => {
    const state = stateOf(content);
    // A stale view first: someone may have cleared it since (then this one says so, not "no hold").
    if (input.fromRevision === revision && state.hold !== "held") throw new AppError("conflict", "This report holds no session: there is no hold to clear.");
    await appendRecordRevision(tx, {
      ...target,
      kind: "side-effect-report",
      recordId: reportId,
      content: { ...content, level: state.level, status: statusAfter(state.status, "hold-cleared"), hold: "cleared", action: "hold-cleared" },
      reason: input.reason,
      fromRevision: input.fromRevision,
      actorUserId,
      now,
      verb: "hold-cleared",
    });
  });
}
