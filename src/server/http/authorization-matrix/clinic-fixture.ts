/**
 * What the matrix's calls name in one clinic, made once per world through the services: a
 * patient, an injector with working hours every day, a spare member of staff, a lot in stock, a
 * signed session (110 days ago, so a session signed today keeps the 77-day interval), a preventive
 * trial, an authorization, an open draft and an open invitation link. Clinics A and B get the same,
 * so a call built for B's patient can be sent down A's path (the `other-clinic-record` caller).
 * Calls that use a thing up (a draft signed, a visit booked) make a fresh one with the helpers at
 * the end.
 */
import { v7 as uuidv7 } from "uuid";
import type { SessionDraftContent } from "#contracts/records/session-content.ts";
import { addDays, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { addAuthorization } from "../../features/care/care.ts";
import { addPreventiveTrial } from "../../features/clinical-history/preventive-trials.ts";
import { invitePatient } from "../../features/invitations/invitations.ts";
import { createPatient } from "../../features/patients/patients.ts";
import { saveHours } from "../../features/scheduling/hours.ts";
import { bookVisit } from "../../features/scheduling/visits.ts";
import { saveDraft, startDraft } from "../../features/sessions/sessions.ts";
import { standardSessionContent } from "../../features/sessions/standard-session.ts";
import { receiveLot } from "../../features/stock/stock.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import { addStaff } from "../../shared/test-support.ts";

/** Every day 08:00-18:00: 40 slots of 15 minutes a day for the visits the calls book. */
export const EVERY_DAY = { weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday: weekday as 1, start: "08:00", end: "18:00" })), exceptions: [] };

export const LOT = { productId: "onabotulinumtoxinA-200", lotNumber: "MX100", expiry: plainDate("2027-06-30") } as const;
/** The signed session of each clinic's patient: 110 days before the world's today (2026-07-20). */
export const EARLIER_SESSION_DATE = plainDate("2026-04-01");

export interface ClinicFixture {
  readonly clinicId: string;
  readonly adminId: string;
  readonly patientId: string;
  readonly injectorId: string;
  /** A clinician no caller signs in as: the one whose roles the staff route changes. */
  readonly spareStaffId: string;
  readonly lotId: string;
  readonly sessionId: string;
  readonly trialId: string;
  readonly authorizationId: string;
  readonly draftId: string;
  readonly invitationToken: string;
}

const tokenOf = (url: string) => url.split("/invite/")[1] ?? "";

/** The fixture of one clinic whose administrator and patient exist. */
export async function clinicFixture(deps: ServiceDeps, clinic: { clinicId: string; adminId: string; patientId: string; injectorId?: string }): Promise<ClinicFixture> {
  const { clinicId, adminId, patientId } = clinic;
  const target = { clinicId, patientId };
  const injectorId = clinic.injectorId ?? (await addStaff(deps, clinicId, "injector")).userId;
  const spareStaffId = (await addStaff(deps, clinicId, "clinician")).userId;
  await saveHours(deps, clinicId, injectorId, adminId, EVERY_DAY);
  const stock = await receiveLot(deps, clinicId, adminId, { ...LOT, vialsReceived: 200 });
  const lotId = stock.lots.find((lot) => lot.lotNumber === LOT.lotNumber)?.id ?? "";
  const sessionId = await signedSession(deps, target, injectorId, lotId);
  const trials = await addPreventiveTrial(deps, target, adminId, { name: "Topiramate", class: "antiepileptic", start: plainDate("2025-01-06"), end: plainDate("2025-04-30"), outcome: "ineffective" });
  const care = await addAuthorization(deps, target, adminId, { status: "requested", date: plainDate("2026-07-01"), payer: "Payer One", reference: null, validUntil: null, note: null });
  const draft = await startDraft(deps, target, injectorId, {});
  const invited = await freshPatient(deps, clinicId, adminId);
  const invitation = await invitePatient(deps, { clinicId, patientId: invited, actorUserId: adminId, baseUrl: "http://localhost" });
  return {
    clinicId,
    adminId,
    patientId,
    injectorId,
    spareStaffId,
    lotId,
    sessionId,
    trialId: trials.preventives[0]?.id ?? "",
    authorizationId: care.authorizations[0]?.id ?? "",
    draftId: draft.id,
    invitationToken: tokenOf(invitation.url),
  };
}

/** A standard session signed on EARLIER_SESSION_DATE with the clinic's lot, written as signing writes it. */
async function signedSession(deps: ServiceDeps, target: { clinicId: string; patientId: string }, injectorUserId: string, lotId: string): Promise<string> {
  const now = deps.clock();
  const content = standardSessionContent({ date: EARLIER_SESSION_DATE, givenAt: `${EARLIER_SESSION_DATE}T09:00:00.000Z`, injectorUserId, lot: { id: lotId, lotNumber: LOT.lotNumber, expiry: LOT.expiry } });
  return deps.db.transaction().execute(async (tx) => {
    const { recordId } = await appendRecordRevision(tx, { ...target, kind: "injection-session", content, actorUserId: injectorUserId, now, verb: "signed" });
    await deps.recordChanged(tx, target, now);
    return recordId;
  });
}

/** A new patient of the clinic, without an account. */
export async function freshPatient(deps: ServiceDeps, clinicId: string, actorUserId: string): Promise<string> {
  const created = await createPatient(deps, clinicId, actorUserId, { name: "Fresh Placeholder", birthDate: plainDate("1979-03-03"), timeZone: "Europe/London" });
  return created.id;
}

/** A new invitation link for a new patient of the clinic. */
export async function freshInvitation(deps: ServiceDeps, fixture: ClinicFixture): Promise<string> {
  const patientId = await freshPatient(deps, fixture.clinicId, fixture.adminId);
  const invitation = await invitePatient(deps, { clinicId: fixture.clinicId, patientId, actorUserId: fixture.adminId, baseUrl: "http://localhost" });
  return tokenOf(invitation.url);
}

/**
 * A new open draft of the fixture's patient with the clinic's injector; `complete` fills it as a
 * signable standard session given an hour before now (version 2), else it is as started (version 1).
 */
export async function freshDraft(deps: ServiceDeps, fixture: ClinicFixture, complete: boolean): Promise<{ id: string; version: number; content: SessionDraftContent }> {
  const target = { clinicId: fixture.clinicId, patientId: fixture.patientId };
  const draft = await startDraft(deps, target, fixture.injectorId, {});
  if (!complete) return { id: draft.id, version: draft.version, content: draft.content as SessionDraftContent };
  const givenAt = new Date(deps.clock().getTime() - 60 * 60_000).toISOString();
  const content = standardSessionContent({ date: draft.content.date as PlainDate, givenAt, injectorUserId: fixture.injectorId, lot: { id: fixture.lotId, lotNumber: LOT.lotNumber, expiry: LOT.expiry } });
  const saved = await saveDraft(deps, target, draft.id, fixture.injectorId, { version: draft.version, content: content as SessionDraftContent });
  return { id: saved.id, version: saved.version, content: saved.content as SessionDraftContent };
}

/** Free slots of every clinic's injector: each call takes the next 15 minutes, from the day after today on. */
export function slotClock(today: PlainDate) {
  let taken = 0;
  return (): { date: PlainDate; time: string } => {
    const index = taken;
    taken += 1;
    const minutes = 8 * 60 + (index % 40) * 15;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    return { date: addDays(today, Math.floor(index / 40) + 1), time };
  };
}

/**
 * A new patient with a standard session signed on EARLIER_SESSION_DATE (revision 1), for a call
 * that amends it: each amendment must be made from the revision it read, so every caller gets its own.
 */
export async function freshSession(deps: ServiceDeps, fixture: ClinicFixture): Promise<{ patientId: string; sessionId: string }> {
  const patientId = await freshPatient(deps, fixture.clinicId, fixture.adminId);
  const sessionId = await signedSession(deps, { clinicId: fixture.clinicId, patientId }, fixture.injectorId, fixture.lotId);
  return { patientId, sessionId };
}

/** A new authorization of the fixture's patient (revision 1), for a call that updates it. */
export async function freshAuthorization(deps: ServiceDeps, fixture: ClinicFixture): Promise<string> {
  const target = { clinicId: fixture.clinicId, patientId: fixture.patientId };
  const content = { status: "requested" as const, date: plainDate("2026-07-10"), payer: "Payer Two", reference: null, validUntil: null, note: null };
  const now = deps.clock();
  return deps.db.transaction().execute(async (tx) => {
    const { recordId } = await appendRecordRevision(tx, { ...target, kind: "authorization", content, actorUserId: fixture.adminId, now });
    await deps.recordChanged(tx, target, now);
    return recordId;
  });
}

/** A new patient with a visit booked in the next free slot; answers the patient and the visit. */
export async function freshVisit(deps: ServiceDeps, fixture: ClinicFixture, slot: { date: PlainDate; time: string }): Promise<{ patientId: string; visitId: string }> {
  const patientId = await freshPatient(deps, fixture.clinicId, fixture.adminId);
  const visits = await bookVisit(deps, { clinicId: fixture.clinicId, patientId }, fixture.adminId, { injectorUserId: fixture.injectorId, ...slot });
  return { patientId, visitId: visits.visits[0]?.id ?? uuidv7() };
}
