/**
 * Test support for the FHIR routes and the record's lot: a signed session written with vials from
 * given lots (as signing at the tablet leaves it), and a whole record imported for a patient.
 */
import { plainDate } from "#domain/shared/plain-date.ts";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import type { SessionContent } from "#contracts/records/session-content.ts";
import { appendRecordRevision } from "../../shared/records/append-revision.ts";
import type { ServiceDeps } from "../../shared/deps.ts";

/** A signed session on `date` whose vials came from these lots (one vial each). */
export async function writeSessionWithLots(deps: ServiceDeps, target: { clinicId: string; patientId: string }, actorUserId: string, date: string, lots: readonly { lotNumber: string; expiry: string; vials?: number }[]): Promise<void> {
  const content: SessionContent = {
    date: plainDate(date),
    givenAt: `${date}T09:00:00.000Z`,
    injectorUserId: actorUserId,
    injections: preemptFixedInjections().map((site) => ({ ...site, followThePain: false })),
    overrideReason: null,
    vials: lots.map((lot) => ({ lotId: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", lotNumber: lot.lotNumber, productId: "onabotulinumtoxinA-200", vialUnits: 200, expiry: plainDate(lot.expiry), vials: lot.vials ?? 1, diluentMl: 4 })),
    diluentLot: null,
    reconstitutedAt: `${date}T08:30:00.000Z`,
    checklist: {},
    otherToxin: null,
    warningReasons: {},
    needle: "30 G, 13 mm",
    diagnosisCode: "G43.709",
    educationGiven: true,
    notes: null,
  };
  await deps.db.transaction().execute((tx) => appendRecordRevision(tx, { ...target, kind: "injection-session", content, actorUserId, now: deps.clock(), verb: "signed" }));
}
