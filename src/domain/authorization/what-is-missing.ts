/**
 * "Before it is produced, a 'what is missing' list names each gap" (issue 10 §2): the one entry
 * point the command line, the server and the packet's first page share (docs/reports.md).
 */
import { assess, recordAsOf } from "../assess/assess.ts";
import type { Assessment, AssessOptions } from "../assess/assessment.ts";
import type { PatientRecord } from "../shared/record.ts";
import { initialPacketGaps } from "./initial-gaps.ts";
import type { PacketGap, PacketKind } from "./packet-gap.ts";
import { renewalPacketGaps } from "./renewal-gaps.ts";

/**
 * The gaps of a packet from an assessment already made of the same record and options (the
 * packet's content builder has one; this saves assessing twice).
 * @example packetGaps("initial", assess(record, options), record).length // 0 when the packet can be sent
 */
export function packetGaps(kind: PacketKind, assessment: Assessment, fullRecord: PatientRecord): PacketGap[] {
  const record = recordAsOf(fullRecord, assessment.asOf);
  return kind === "initial" ? initialPacketGaps(assessment, record) : renewalPacketGaps(assessment, record);
}

/**
 * What an authorization packet still lacks as of `options.asOf` under `options.policy`: each gap
 * in plain words with its window's dates; empty when the packet can be sent.
 * @example whatIsMissing(record, { asOf: plainDate("2026-07-20"), policy: "us-payer", settings: DEFAULT_SETTINGS }, "initial")
 *   // [{ kind: "diary-window", text: "20 recorded days in the window ending 2026-07-20 (19 so far)" }, ...]
 */
export function whatIsMissing(record: PatientRecord, options: AssessOptions, kind: PacketKind = "initial"): PacketGap[] {
  return packetGaps(kind, assess(record, options), record);
}
