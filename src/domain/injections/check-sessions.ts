/**
 * The `injectionChecks` list of an assessment (assess-contract.md): one entry per session on or
 * before the assessment date, in date order (input order among equal dates). Sessions, and other
 * toxin doses, after the assessment date are ignored (pathway-rules §1).
 */
import type { PlainDate } from "../shared/plain-date.ts";
import type { OtherToxinDose, TreatmentSession } from "../shared/record.ts";
import { validateSession, type InjectionCheck, type SessionSettings } from "./validate-session.ts";

/**
 * Validates every session on or before `asOf`, each against the patient's other sessions and
 * other toxin doses on or before `asOf`.
 * @example checkSessions({ treatments: [], otherToxinDoses: [] }, plainDate("2026-07-20"), DEFAULT_SETTINGS) // []
 */
export function checkSessions(
  record: { readonly treatments: readonly TreatmentSession[]; readonly otherToxinDoses: readonly OtherToxinDose[] },
  asOf: PlainDate,
  settings: SessionSettings,
): InjectionCheck[] {
  const sessions = record.treatments
    .filter((session) => session.date <= asOf)
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const otherToxinDoses = record.otherToxinDoses.filter((dose) => dose.date <= asOf);
  return sessions.map((session) =>
    validateSession(session, { otherSessions: sessions.filter((other) => other !== session), otherToxinDoses }, settings),
  );
}
