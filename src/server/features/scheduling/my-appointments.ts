/**
 * The patient's own next visits, for their app: when (the clinic's date and time), where (the
 * clinic's name) and with whom (the injector's name). Nothing clinical. A visit shows until it
 * is over.
 */
import type { MyAppointments } from "#contracts/api/scheduling.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import type { PatientIdentity } from "../../shared/access.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { currentRecords } from "../../shared/records/repository.ts";
import { clinicName, userNames } from "./people-repository.ts";
import type { AppointmentContent } from "./visit-slot.ts";

export async function myAppointments(deps: ServiceDeps, patient: PatientIdentity): Promise<MyAppointments> {
  const now = deps.clock().getTime();
  return readSnapshot(deps.db, async (tx) => {
    const rows = await currentRecords(tx, { clinicId: patient.clinicId, patientId: patient.patientId, kinds: ["appointment"] });
    const ahead = rows
      .map((row) => row.content as AppointmentContent)
      .filter((content) => Date.parse(content.startsAt) + content.minutes * 60_000 > now)
      .sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1));
    if (ahead.length === 0) return { appointments: [] };
    const [clinic, names] = await Promise.all([clinicName(tx, patient.clinicId), userNames(tx, ahead.map((content) => content.injectorUserId))]);
    return {
      appointments: ahead.map((content) => ({
        startsAt: content.startsAt,
        localDate: content.localDate,
        localTime: content.localTime,
        minutes: content.minutes,
        clinicName: clinic,
        injectorName: names.get(content.injectorUserId) ?? "",
      })),
    };
  });
}
