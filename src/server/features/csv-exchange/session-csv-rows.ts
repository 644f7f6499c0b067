/**
 * An injection session as one CSV row (issue 10 §5; ADR 0027: one row per session, its sites in
 * one cell, so a clinic counts sessions by counting rows): the units given, the vials opened and
 * their lots, the waste and the billing lines of src/domain/injections (pathway-rules §6;
 * clinical-facts.md §9.3-9.4: CPT 64615 once, J0585 per unit given, JW for waste or JZ for none).
 */
import { sessionBilling } from "#domain/injections/billing.ts";
import { sessionTotalUnits } from "#domain/injections/session-units.ts";
import type { VialSize } from "#domain/injections/vials.ts";
import type { Injection } from "#domain/shared/record.ts";
import type { CsvCell } from "./csv-table.ts";

export const SESSION_CSV_COLUMNS = [
  "patient_id",
  "record_number",
  "session_id",
  "revision",
  "date",
  "given_at",
  "injector_id",
  "recorded_by",
  "sites",
  "follow_the_pain_sites",
  "units_given",
  "vials",
  "vial_units_opened",
  "units_wasted",
  "lots",
  "diluent_lot",
  "billing",
  "diagnosis_code",
  "override_reason",
  "site_units",
] as const;

/** The parts of a stored session a row reads. */
export interface SessionRowContent {
  readonly date: string;
  readonly injections: readonly Injection[];
  readonly vials?: readonly { readonly lotNumber: string; readonly vialUnits: VialSize; readonly expiry: string; readonly vials: number }[] | undefined;
  readonly givenAt?: string | null | undefined;
  readonly injectorUserId?: string | null | undefined;
  readonly diluentLot?: string | null | undefined;
  readonly diagnosisCode?: string | null | undefined;
  readonly overrideReason?: string | null | undefined;
}

/** What a row is made from: the session's current revision and its patient. */
export interface SessionRowSource {
  readonly patientId: string;
  readonly recordNumber: string | null;
  readonly sessionId: string;
  readonly revision: number;
  readonly recordedBy: string;
  /** The stored content (session-content.ts); sessions imported from a record carry only some of it. */
  readonly content: SessionRowContent;
}

/**
 * One session's cells, in SESSION_CSV_COLUMNS order. Vials, waste and billing are empty when the
 * session names no vials (a session imported from a patient record).
 * @example sessionCsvRow({ patientId: "p", recordNumber: "MRN-1", sessionId: "s", revision: 1, recordedBy: "Ivy", content: { date: "2026-03-02", injections: [{ muscle: "procerus", side: "midline", units: 5, followThePain: false }], vials: [{ lotId: "l", lotNumber: "C1", productId: "x", vialUnits: 100, expiry: "2027-01-31", vials: 1, diluentMl: 2 }] } })[16]
 * // "64615 x1; J0585 x5; J0585-JW x95"
 */
export function sessionCsvRow(source: SessionRowSource): CsvCell[] {
  const { content } = source;
  const vials = content.vials ?? [];
  const sizes: VialSize[] = vials.flatMap((entry) => Array.from({ length: entry.vials }, () => entry.vialUnits));
  const billing = sizes.length === 0 ? null : sessionBilling(content.injections, sizes);
  const lines = billing?.lines ?? null;
  return [
    source.patientId,
    source.recordNumber,
    source.sessionId,
    source.revision,
    content.date,
    content.givenAt ?? null,
    content.injectorUserId ?? null,
    source.recordedBy,
    content.injections.length,
    content.injections.filter((site) => site.followThePain === true).length,
    sessionTotalUnits(content.injections),
    vials.length === 0 ? null : vials.map((entry) => `${entry.vialUnits} U x${entry.vials}`).join("; "),
    billing === null ? null : billing.usage.vialUnitsOpened,
    billing === null ? null : billing.usage.unitsWasted,
    vials.length === 0 ? null : vials.map((entry) => `${entry.lotNumber} (exp ${entry.expiry})`).join("; "),
    content.diluentLot ?? null,
    lines === null ? null : lines.map((line) => `${[line.code, ...line.modifiers].join("-")} x${line.quantity}`).join("; "),
    content.diagnosisCode ?? null,
    content.overrideReason ?? null,
    content.injections.map((site) => `${site.muscle} ${site.side} ${site.units}`).join("; "),
  ];
}

