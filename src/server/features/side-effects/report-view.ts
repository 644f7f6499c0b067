/**
 * A side-effect report as the clinic's screens show it: its content read with the defaults of
 * reports recorded before issue 8 or imported (their level the triage of their symptoms; resolved
 * and holding nothing, since they are history the clinic already knew of), and the session it
 * follows with the sites at the muscles its symptoms point to (eyelid droop after frontalis).
 */
import type { SideEffectSummary } from "#contracts/api/side-effects.ts";
import type { RecordContent, SideEffectStatus } from "#contracts/records/kind-contents.ts";
import type { SessionContent } from "#contracts/records/session-content.ts";
import { SYMPTOM_MUSCLES } from "#domain/injections/site-side-effects.ts";
import type { Muscle } from "#domain/shared/record.ts";
import { triageLevel, type TriageLevel } from "#domain/triage/triage-levels.ts";
import type { RevisionWithAuthor } from "../../shared/records/repository.ts";
import type { ReportRow } from "./repository.ts";

export type ReportContent = RecordContent<"side-effect-report">;

/** Where a report stands, with the defaults of reports from before issue 8. */
export interface ReportState {
  readonly level: TriageLevel;
  readonly status: SideEffectStatus;
  readonly hold: "none" | "held" | "cleared";
  readonly checkIn: NonNullable<ReportContent["checkIn"]> | null;
  readonly callBackBy: string | null;
}

/**
 * A report's state: as stored, or for an older or imported report (no status) its symptoms'
 * level, resolved and holding nothing.
 * @example stateOf({ date: "2026-07-01", symptoms: ["bruising"], note: null }) // { level: "green", status: "resolved", hold: "none", checkIn: null, callBackBy: null }
 */
export function stateOf(content: ReportContent): ReportState {
  const legacy = content.status === undefined;
  return {
    level: content.level ?? triageLevel(content.symptoms),
    status: content.status ?? "resolved",
    hold: legacy ? "none" : (content.hold ?? "none"),
    checkIn: content.checkIn ?? null,
    callBackBy: content.callBackBy ?? null,
  };
}

/**
 * The session a report follows: the one stored at receipt, else (older reports) the latest signed
 * session on or before the onset.
 */
export function followedSessionId(content: ReportContent, patientSessions: readonly RevisionWithAuthor[]): string | null {
  if (content.followsSessionId) return content.followsSessionId;
  return patientSessions.filter((row) => row.effective_date <= content.date).at(-1)?.record_id ?? null;
}

/** The muscles a report's symptoms point to, in the order of the first symptom naming each. */
export function musclesOf(symptoms: readonly ReportContent["symptoms"][number][]): Muscle[] {
  return [...new Set(symptoms.flatMap((symptom) => SYMPTOM_MUSCLES[symptom] ?? []))];
}

function followedSession(content: ReportContent, session: RevisionWithAuthor | undefined): SideEffectSummary["followsSession"] {
  if (session === undefined) return null;
  const given = session.content as SessionContent;
  const muscles = musclesOf(content.symptoms);
  return {
    id: session.record_id,
    date: given.date,
    totalUnits: given.injections.reduce((sum, injection) => sum + (injection.units > 0 ? injection.units : 0), 0),
    muscles,
    sites: given.injections.filter((injection) => muscles.includes(injection.muscle)).map((injection) => ({ muscle: injection.muscle, side: injection.side, units: injection.units })),
  };
}

/** A report's summary, given the sessions of its patient (oldest first) by id. */
export function toSummary(row: ReportRow, sessions: ReadonlyMap<string, RevisionWithAuthor>, patientSessions: readonly RevisionWithAuthor[]): SideEffectSummary {
  const content = row.content as ReportContent;
  const state = stateOf(content);
  const sessionId = followedSessionId(content, patientSessions);
  return {
    id: row.record_id,
    patientId: row.patient_id,
    onsetDate: content.date,
    symptoms: [...content.symptoms],
    note: content.note,
    ...state,
    source: content.source ?? null,
    receivedAt: row.received_at,
    followsSession: followedSession(content, sessionId === null ? undefined : sessions.get(sessionId)),
    revision: row.revision,
  };
}

const LEVEL_RANK = { red: 0, amber: 1, green: 2 } as const;

/**
 * The inbox's order: red first, then amber, then green; newest first within a level.
 * @example [green, redOld, redNew].sort(inboxOrder) // [redNew, redOld, green]
 */
export function inboxOrder(a: Pick<SideEffectSummary, "level" | "receivedAt">, b: Pick<SideEffectSummary, "level" | "receivedAt">): number {
  if (a.level !== b.level) return LEVEL_RANK[a.level] - LEVEL_RANK[b.level];
  return a.receivedAt === b.receivedAt ? 0 : a.receivedAt < b.receivedAt ? 1 : -1;
}
