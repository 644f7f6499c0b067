/**
 * A standard PREEMPT session's content (31 sites at 5 U from one 200 U vial at 5 U/0.1 mL,
 * checklist all answered no, reconstituted half an hour before): what the demo clinic records and
 * what tests start from. `extraSites` adds follow-the-pain sites.
 */
import type { SessionContent } from "#contracts/records/session-content.ts";
import { CHECKLIST_ITEM_IDS } from "#domain/injections/checklist.ts";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { Injection } from "#domain/shared/record.ts";
import { DEFAULT_DIAGNOSIS_CODE } from "./sessions.ts";

export interface StandardSession {
  readonly date: PlainDate;
  /** When the injections were given, an instant on that date. */
  readonly givenAt: string;
  readonly injectorUserId: string;
  readonly lot: { readonly id: string; readonly lotNumber: string; readonly expiry: PlainDate };
  readonly extraSites?: readonly Injection[] | undefined;
  readonly warningReasons?: Readonly<Record<string, string>> | undefined;
}

export function standardSessionContent(session: StandardSession): SessionContent {
  const injections = [...preemptFixedInjections(), ...(session.extraSites ?? [])].map((i) => ({ ...i, followThePain: i.followThePain ?? false }));
  return {
    date: session.date,
    givenAt: session.givenAt,
    injectorUserId: session.injectorUserId,
    injections,
    overrideReason: null,
    vials: [{ lotId: session.lot.id, lotNumber: session.lot.lotNumber, productId: "onabotulinumtoxinA-200", vialUnits: 200, expiry: session.lot.expiry, vials: 1, diluentMl: 4 }],
    diluentLot: null,
    reconstitutedAt: new Date(new Date(session.givenAt).getTime() - 30 * 60_000).toISOString(),
    checklist: Object.fromEntries(CHECKLIST_ITEM_IDS.map((id) => [id, "no" as const])),
    otherToxin: null,
    warningReasons: { ...(session.warningReasons ?? {}) },
    needle: "30 G, 13 mm",
    diagnosisCode: DEFAULT_DIAGNOSIS_CODE,
    educationGiven: true,
    notes: null,
  };
}
