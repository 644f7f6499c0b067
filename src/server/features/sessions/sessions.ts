/**
 * Injection sessions (pathway-rules §6; ADR 0013): start a draft with the 31 PREEMPT sites, save
 * it as the injector works, sign it (the domain's check must find no error and a reason for every
 * warning; the lots are checked against stock), and amend a signed session only by a new revision
 * with a reason. Signing writes revision 1 of the session record (its id is the draft's) and, when
 * the checklist reports other toxin, that dose as its own record, so it counts in every later
 * cumulative check.
 */
import type { DraftView, SessionView } from "#contracts/api/sessions.ts";
import { sessionContentSchema, type SessionContent, type SessionDraftContent } from "#contracts/records/session-content.ts";
import { toSessionRecord } from "#contracts/records/session-record-of.ts";
import { checkSessionRecord, type SessionRecordCheck } from "#domain/injections/session-record.ts";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { v7 as uuidv7 } from "uuid";
import { AppError, invalidField } from "../../app-error.ts";
import { audit } from "../../shared/audit.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { Executor } from "../../shared/executor.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { currentRecord, recordRevisions, revisionMeta, type RevisionWithAuthor } from "../../shared/records/repository.ts";
import { clinicOperations, clinicToday } from "../clinic-settings/clinic-settings.ts";
import { refuseSigningWhileHeld } from "../side-effects/hold.ts";
import { findRoles } from "../staff/repository.ts";
import { findLots } from "../stock/repository.ts";
import { findDraft, insertDraft, openDrafts, updateDraft, type DraftWithAuthor } from "./drafts-repository.ts";
import { checkContextOf, toxinHistory, type PatientTarget } from "./session-context.ts";

/** The ICD-10-CM code most sessions carry: chronic migraine without aura, not intractable, without status migrainosus (clinical-facts §9.4). */
export const DEFAULT_DIAGNOSIS_CODE = "G43.709";

function toDraftView(row: DraftWithAuthor): DraftView {
  return {
    id: row.id,
    patientId: row.patient_id,
    version: row.version,
    state: row.state,
    content: row.content as DraftView["content"],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: { userId: row.updated_by, name: row.updated_by_name },
  };
}

const notFound = () => new AppError("not_found", "No such session.");

/** Starts a draft: today's date, the 31 fixed sites at 5 U, the starter as injector when they inject. */
export async function startDraft(deps: ServiceDeps, target: PatientTarget, actorUserId: string, input: { injectorUserId?: string | undefined; date?: string | undefined }): Promise<DraftView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    const { today } = await clinicToday(tx, target.clinicId, now);
    const injectorUserId = input.injectorUserId ?? ((await findRoles(tx, target.clinicId, actorUserId)).includes("injector") ? actorUserId : undefined);
    if (injectorUserId !== undefined && !(await findRoles(tx, target.clinicId, injectorUserId)).includes("injector")) {
      throw invalidField("injectorUserId", "must be a member of staff with the injector role");
    }
    const content: SessionDraftContent = {
      date: (input.date ?? today) as SessionDraftContent["date"],
      ...(injectorUserId === undefined ? {} : { injectorUserId }),
      injections: preemptFixedInjections().map((injection) => ({ ...injection, followThePain: false })),
      overrideReason: null,
      vials: [],
      diluentLot: null,
      reconstitutedAt: null,
      givenAt: null,
      checklist: {},
      otherToxin: null,
      warningReasons: {},
      needle: null,
      diagnosisCode: DEFAULT_DIAGNOSIS_CODE,
      educationGiven: false,
      notes: null,
    };
    const id = uuidv7();
    const at = now.toISOString();
    await insertDraft(tx, { clinic_id: target.clinicId, id, patient_id: target.patientId, content: JSON.stringify(content), state: "open", version: 1, created_at: at, created_by: actorUserId, updated_at: at, updated_by: actorUserId });
    await audit(tx, now, { clinicId: target.clinicId, actorUserId, action: "session_draft.started", entity: "session_draft", entityId: id });
    const row = await findDraft(tx, target.clinicId, target.patientId, id);
    if (row === undefined) throw new Error("a draft vanished after its insert");
    return toDraftView(row);
  });
}

export async function readDraft(deps: ServiceDeps, target: PatientTarget, draftId: string): Promise<DraftView> {
  const row = await findDraft(deps.db, target.clinicId, target.patientId, draftId);
  if (row === undefined) throw notFound();
  return toDraftView(row);
}

function refuseStale(row: DraftWithAuthor, version: number): void {
  if (row.state !== "open") throw new AppError("conflict", row.state === "signed" ? "This session is already signed; amend it instead." : "This draft was discarded.");
  if (row.version !== version) {
    throw new AppError("stale_version", `This draft was saved elsewhere (by ${row.updated_by_name}) since you opened it. Reload it before saving.`, { current: toDraftView(row) });
  }
}

/** Saves the draft's content (the whole draft as it stands on the screen) from `version`. */
export async function saveDraft(deps: ServiceDeps, target: PatientTarget, draftId: string, actorUserId: string, input: { version: number; content: SessionDraftContent }): Promise<DraftView> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const row = await findDraft(tx, target.clinicId, target.patientId, draftId, true);
    if (row === undefined) throw notFound();
    refuseStale(row, input.version);
    await updateDraft(tx, { clinicId: target.clinicId, draftId }, input.version, { content: JSON.stringify(input.content), updatedAt: now.toISOString(), updatedBy: actorUserId });
    const saved = await findDraft(tx, target.clinicId, target.patientId, draftId);
    if (saved === undefined) throw new Error("a draft vanished after its update");
    return toDraftView(saved);
  });
}

export async function discardDraft(deps: ServiceDeps, target: PatientTarget, draftId: string, actorUserId: string): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    const row = await findDraft(tx, target.clinicId, target.patientId, draftId, true);
    if (row === undefined) throw notFound();
    if (row.state !== "open") throw new AppError("conflict", "Only an open draft can be discarded.");
    await updateDraft(tx, { clinicId: target.clinicId, draftId }, row.version, { state: "discarded", updatedAt: now.toISOString(), updatedBy: actorUserId });
    await audit(tx, now, { clinicId: target.clinicId, actorUserId, action: "session_draft.discarded", entity: "session_draft", entityId: draftId });
  });
}

/**
 * The vial lines as stock knows them: each lot must be the clinic's, and its number, product,
 * size and expiry are taken from stock, never from the screen.
 */
async function vialsFromStock(tx: Executor, clinicId: string, content: SessionContent): Promise<SessionContent["vials"]> {
  const lots = await findLots(tx, clinicId, content.vials.map((line) => line.lotId));
  return content.vials.map((line, index) => {
    const lot = lots.find((candidate) => candidate.id === line.lotId);
    if (lot === undefined) throw invalidField(`content.vials[${index}].lotId`, "is not a lot in this clinic's stock");
    return { ...line, lotNumber: lot.lot_number, productId: lot.product_id, vialUnits: lot.vial_units === 200 ? 200 : 100, expiry: lot.expiry as SessionContent["date"] };
  });
}

/** The domain's check of a session content against the patient's other sessions and doses. */
async function checkContent(tx: Executor, target: PatientTarget, content: SessionContent, sessionId: string): Promise<SessionRecordCheck> {
  const [history, operations] = await Promise.all([toxinHistory(tx, target), clinicOperations(tx, target.clinicId)]);
  return checkSessionRecord(toSessionRecord(content, content.date), checkContextOf(history, sessionId, operations.reconstitutionMaxHours));
}

function refuseUnsignable(check: SessionRecordCheck): void {
  if (check.canSign) return;
  const errors = check.problems.filter((p) => p.severity === "error").length;
  const message = errors > 0 ? `${errors} problem(s) must be fixed before signing.` : `Write a reason for each warning before signing (${check.reasonsNeeded.join(", ")}).`;
  throw new AppError("not_signable", message, { problems: check.problems, reasonsNeeded: check.reasonsNeeded });
}

/** Records the checklist's other toxin dose as its own record, counted in later cumulative checks. */
async function recordReportedDose(tx: Executor, target: PatientTarget, sessionId: string, content: SessionContent, actorUserId: string, now: Date): Promise<void> {
  if (content.checklist.otherToxinLast4Months !== "yes" || content.otherToxin === null) return;
  await appendRecordRevision(tx, {
    ...target,
    kind: "other-toxin-dose",
    content: { date: content.otherToxin.date, units: content.otherToxin.units, indication: content.otherToxin.indication ?? null, reportedInSessionId: sessionId },
    actorUserId,
    now,
    verb: "reported",
  });
}

/**
 * Signs the draft as its injector: the full record must be complete (every field, named when
 * missing), the lots in stock and not expired, and the check clean; then the session is revision
 * 1 of a record with the draft's id, and the draft is closed.
 */
export async function signSession(deps: ServiceDeps, target: PatientTarget, draftId: string, actorUserId: string, input: { version: number }): Promise<SessionView> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    const row = await findDraft(tx, target.clinicId, target.patientId, draftId, true);
    if (row === undefined) throw notFound();
    refuseStale(row, input.version);
    // Who signs first: only the injector recorded on the session attests what was given.
    if ((row.content as SessionDraftContent).injectorUserId !== actorUserId) {
      throw new AppError("forbidden", "Only the injector recorded on the session can sign it. Sign in as them, or change the injector.");
    }
    // A red side-effect report holds the next session until a clinician clears it (pathway-rules §10).
    await refuseSigningWhileHeld(tx, target);
    const parsed = sessionContentSchema.safeParse(row.content);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: ["content", ...issue.path].join("."), message: issue.message }));
      throw new AppError("validation_failed", `The session is not complete: ${issues.map((i) => i.path).join(", ")}.`, { issues });
    }
    const content = { ...parsed.data, vials: await vialsFromStock(tx, target.clinicId, parsed.data) };
    refuseUnsignable(await checkContent(tx, target, content, draftId));
    await appendRecordRevision(tx, { ...target, kind: "injection-session", recordId: draftId, content, actorUserId, now, verb: "signed" });
    await recordReportedDose(tx, target, draftId, content, actorUserId, now);
    await updateDraft(tx, { clinicId: target.clinicId, draftId }, row.version, { state: "signed", updatedAt: now.toISOString(), updatedBy: actorUserId });
    await deps.recordChanged(tx, target, now);
  });
  return readSession(deps, target, draftId);
}

/** Amends a signed session from `fromRevision` (`stale_version` when another came since): the corrected record must pass the same check; the original stays as revision 1. */
export async function amendSession(deps: ServiceDeps, target: PatientTarget, sessionId: string, actorUserId: string, input: { content: SessionContent; reason: string; fromRevision: number }): Promise<SessionView> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (tx) => {
    const current = await currentRecord(tx, target.clinicId, sessionId);
    if (current === undefined || current.patient_id !== target.patientId || current.kind !== "injection-session") throw notFound();
    const content = { ...input.content, vials: await vialsFromStock(tx, target.clinicId, input.content) };
    refuseUnsignable(await checkContent(tx, target, content, sessionId));
    await appendRecordRevision(tx, { ...target, kind: "injection-session", recordId: sessionId, content, reason: input.reason, fromRevision: input.fromRevision, actorUserId, now, verb: "amended" });
    await deps.recordChanged(tx, target, now);
  });
  return readSession(deps, target, sessionId);
}

function toRevisionView(row: RevisionWithAuthor): SessionView["current"] {
  return { ...revisionMeta(row), content: row.content as SessionView["current"]["content"] };
}

/** A signed session with every revision and its check (against the patient's other sessions as now recorded). */
export async function readSession(deps: ServiceDeps, target: PatientTarget, sessionId: string): Promise<SessionView> {
  return readSnapshot(deps.db, async (tx) => {
    const revisions = await recordRevisions(tx, target.clinicId, sessionId);
    const current = revisions.at(-1);
    if (current === undefined || current.patient_id !== target.patientId || current.kind !== "injection-session") throw notFound();
    const content = current.content as SessionContent;
    const check = await checkContent(tx, target, content, sessionId);
    const injector = content.injectorUserId === null ? undefined : await tx.selectFrom("users").select(["id", "name"]).where("id", "=", content.injectorUserId).executeTakeFirst();
    return {
      id: sessionId,
      patientId: target.patientId,
      current: toRevisionView(current),
      revisions: revisions.map(toRevisionView),
      check: {
        totalUnits: check.injectionCheck.totalUnits,
        sites: check.injectionCheck.sites,
        problems: check.problems.map((p) => ({ ...p })),
        unitsOpened: check.usage.vialUnitsOpened,
        unitsWasted: check.usage.unitsWasted,
        concentrations: [...check.concentrations],
        billing: check.billing === null ? null : check.billing.map((line) => ({ ...line, modifiers: [...line.modifiers] })),
      },
      injector: { userId: content.injectorUserId ?? "", name: injector?.name ?? "not recorded" },
    };
  });
}

/** The patient's signed sessions (newest first) and open drafts. */
export async function listSessions(deps: ServiceDeps, target: PatientTarget) {
  return readSnapshot(deps.db, async (tx) => {
    await loadPatientOrNotFound(tx, target.clinicId, target.patientId);
    const history = await toxinHistory(tx, target);
    const revisionCounts = new Map(history.sessions.map((row) => [row.record_id, row.revision]));
    const injectorIds = [...new Set(history.sessions.flatMap((row) => (row.content as SessionContent).injectorUserId ?? []))];
    const names = injectorIds.length === 0 ? [] : await tx.selectFrom("users").select(["id", "name"]).where("id", "in", injectorIds).execute();
    const drafts = await openDrafts(tx, target.clinicId, target.patientId);
    return {
      sessions: history.sessions
        .map((row) => {
          const content = row.content as SessionContent;
          return {
            id: row.record_id,
            date: content.date,
            totalUnits: content.injections.reduce((sum, i) => sum + (i.units > 0 ? i.units : 0), 0),
            sites: content.injections.length,
            followThePainSites: content.injections.filter((i) => i.followThePain).length,
            revision: revisionCounts.get(row.record_id) ?? 1,
            amended: row.revision > 1,
            injectorName: names.find((n) => n.id === content.injectorUserId)?.name ?? "not recorded",
          };
        })
        .reverse(),
      drafts: drafts.map((draft) => ({ id: draft.id, date: (draft.content as SessionDraftContent).date ?? null, updatedAt: draft.updated_at, updatedBy: { userId: draft.updated_by, name: draft.updated_by_name } })),
    };
  });
}
