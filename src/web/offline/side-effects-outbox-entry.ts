/**
 * What the side-effects outbox on the phone holds (issue 8): each side-effect report and each
 * "no problems" check-in answer, made on the phone with its own id and kept until the server
 * acknowledges it, through reloads, closed tabs and bad connections. The states and problems are
 * the diary outbox's (outbox-entry.ts), and one set of sending rules plans both (sync-plan.ts).
 */
import type { z } from "zod";
import type { myCheckInBodySchema, mySideEffectReportBodySchema, SideEffectReceipt } from "#contracts/api/side-effects.ts";
import type { OutboxEntryBase } from "./outbox-entry.ts";

/** A report as checked against the contract on saving, without the patient it is sent for. */
export type ReportPayload = Omit<z.output<typeof mySideEffectReportBodySchema>, "patientId">;
/** A check-in answered "no problems", as checked against the contract on saving. */
export type CheckInPayload = Omit<z.output<typeof myCheckInBodySchema>, "patientId">;

export interface ReportEntry extends OutboxEntryBase {
  readonly kind: "report";
  readonly payload: ReportPayload;
  /** The server's receipt once sent: the level it triaged, when it arrived, when the clinic calls back. */
  readonly receipt: SideEffectReceipt | null;
  /** When the person closed the emergency screen of a red report (it shows until then, even after a reload). */
  readonly emergencyClosedAt: string | null;
}

export interface CheckInEntry extends OutboxEntryBase {
  readonly kind: "check-in";
  readonly payload: CheckInPayload;
}

export type SideEffectsEntry = ReportEntry | CheckInEntry;
