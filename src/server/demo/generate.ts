/**
 * The synthetic demo clinic: invented staff and a few dozen invented patients, each with up to a
 * year of diary ending on `today`. Everything follows from the seed (no clock, no Math.random), so
 * a demo, a screenshot and a benchmark see the same clinic every time.
 * The mixture (profiles.ts): chronic migraine with 15-25 headache days per 28, some overusing
 * acute medication, some improving over recent months as if treated, some with gaps or a late
 * start; episodic migraine with 6-12 days; two adolescents (16-17) once there are 22 or more
 * patients; four time zones. Each patient also has what the clinic did for them (care.ts): the
 * care plans cycle per kind of diary so every pathway state appears among the first few dozen.
 * The staff: an administrator, a clinician, a physician who injects, a nurse injector and a
 * coordinator.
 */
import { isPlainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import type { DiaryDay } from "#domain/shared/record.ts";
import { drawBirthDate } from "./birth-date.ts";
import { drawDiary } from "./diary.ts";
import { demoEmail, drawNames } from "./names.ts";
import { createRandom, deriveSeed, type Random } from "./prng.ts";
import { carePlanOf, drawCare, type DemoCare } from "./care.ts";
import { archetypeOfSlot, drawProfile, type DemoArchetype, type DiaryProfile } from "./profiles.ts";
import type { Role } from "#contracts/permissions.ts";

export interface DemoStaff {
  readonly name: string;
  readonly email: string;
  /** The first role given; `roles` holds every one. */
  readonly role: Role;
  readonly roles: readonly Role[];
}

export interface DemoPatient {
  readonly name: string;
  readonly birthDate: PlainDate;
  /** IANA time zone of the patient's diary calendar. */
  readonly timeZone: string;
  /** Oldest first, one record per date, all within `[today-364, today]`. */
  readonly diary: DiaryDay[];
  readonly sex: "female" | "male";
  /** The clinic's record number, unique in the clinic. */
  readonly recordNumber: string;
  readonly archetype: DemoArchetype;
  readonly care: DemoCare;
}

export interface DemoClinic {
  readonly clinicName: string;
  readonly staff: DemoStaff[];
  readonly patients: DemoPatient[];
}

export interface DemoClinicOptions {
  readonly seed: number;
  readonly today: PlainDate;
  readonly patients: number;
}

/** London twice: most demo patients share the clinic's zone; 5 entries against 12 slots mixes zones across kinds. */
export const DEMO_TIME_ZONES = ["Europe/London", "America/New_York", "Europe/London", "America/Los_Angeles", "Australia/Sydney"] as const;

const CLINIC_PLACES = ["Northgate", "Riverside", "Hillcrest", "Meadowbank", "Harbourview", "Elmstead"] as const;
/** Injectors are staff 2 and 3 (care.ts's injector 0 and 1). */
const STAFF_ROLES: readonly (readonly Role[])[] = [["admin"], ["clinician"], ["clinician", "injector"], ["injector"], ["coordinator"]];

/**
 * Generates the demo clinic for a seed, as of `today`.
 * @example generateDemoClinic({ seed: 1, today: plainDate("2026-07-20"), patients: 36 }).patients.length // 36
 */
export function generateDemoClinic(options: DemoClinicOptions): DemoClinic {
  const { seed, today, patients: count } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`patients must be a whole number >= 0, got ${count}`);
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  if (!isPlainDate(today)) throw new RangeError(`today must be a calendar date, got ${JSON.stringify(today)}`);

  const clinicRandom = createRandom(deriveSeed(seed, "clinic"));
  const clinicName = `${clinicRandom.pick(CLINIC_PLACES)} Demo Headache Clinic`;
  const names = drawNames(clinicRandom, STAFF_ROLES.length + count);
  // A large clinic has more nurses who inject: one more for every 500 patients past the first 500.
  const extraInjectors = Math.max(0, Math.ceil(count / 500) - 1);
  const staffNames = drawNames(createRandom(deriveSeed(seed, "extra-staff")), extraInjectors).map((name) => `${name} (nurse)`);
  const staff = [
    ...STAFF_ROLES.map((roles, i) => ({ name: names[i] as string, roles })),
    ...staffNames.map((name) => ({ name, roles: ["injector"] as readonly Role[] })),
  ].map(({ name, roles }) => ({ name, email: demoEmail(name), role: roles[0] as Role, roles }));
  const seen = new Map<DemoArchetype, number>();
  const patients = Array.from({ length: count }, (_, slot) => {
    // The care first (its own random stream), so an improving diary can improve from the first session.
    const archetype = archetypeOfSlot(slot);
    const n = seen.get(archetype) ?? 0;
    seen.set(archetype, n + 1);
    const care = drawCare(createRandom(deriveSeed(seed, `care-${slot}`)), carePlanOf(archetype, n));
    return { ...drawPatient(createRandom(deriveSeed(seed, `patient-${slot}`)), slot, names[STAFF_ROLES.length + slot] as string, today, care), care };
  });
  return { clinicName, staff, patients: clinicRandom.shuffle(patients) };
}

/**
 * An improving patient improves from their first session, so the response review at two cycles
 * shows the treatment working; a paused one falls to episodic migraine, below the 10 days a
 * month under which EHF 2018 pauses treatment (pathway-rules §8). Without a session the drawn
 * improvement stands (as if treated elsewhere).
 */
function treatedProfile(profile: DiaryProfile, care: DemoCare): DiaryProfile {
  const first = care.sessions[0];
  if (profile.improvement === undefined || first === undefined) return profile;
  const treatedPer28 = care.plan === "paused" ? Math.min(profile.improvement.treatedPer28, 5) : profile.improvement.treatedPer28;
  return { ...profile, improvement: { ...profile.improvement, startDaysAgo: first.daysAgo, treatedPer28 } };
}

function drawPatient(random: Random, slot: number, name: string, today: PlainDate, care: DemoCare): Omit<DemoPatient, "care"> {
  const profile = treatedProfile(drawProfile(random, slot), care);
  const age = profile.adolescent ? random.int(16, 17) : random.int(19, 72);
  return {
    name,
    birthDate: drawBirthDate(random, today, age),
    timeZone: DEMO_TIME_ZONES[slot % DEMO_TIME_ZONES.length] as string,
    diary: drawDiary(random, profile, today),
    // Chronic migraine is about three times as common in women (clinical-facts §1).
    sex: random.chance(0.75) ? "female" : "male",
    recordNumber: `DEMO-${String(slot + 1).padStart(5, "0")}`,
    archetype: profile.archetype,
  };
}
