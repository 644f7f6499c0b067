/**
 * The answers being given for one day, step by step, and how they become the diary's answers
 * (pathway-rules §2: hours and severity are required on a headache day). How long is chosen as a
 * band, kept as the band, and recorded with the hours it counts as (src/domain/diary/duration-bands.ts).
 */
import { bandHours } from "#domain/diary/duration-bands.ts";
import type { AcuteMedicationClass, DiaryAnswers, DurationBand, HeadacheFeature } from "#domain/shared/record.ts";
import { HEADACHE_FEATURES } from "#domain/shared/record.ts";

export interface DraftMedication {
  /** A medicine from the patient's own list has its name; a kind picked from the classes has none. */
  readonly name?: string | undefined;
  readonly class: AcuteMedicationClass;
  /** Did it help? Unanswered stays undefined (only `true` counts as relief, §2). */
  readonly relief?: boolean | undefined;
}

export interface EntryDraft {
  readonly headache: boolean | null;
  /** The band chosen; null on a day kept in hours only (an older entry) or not answered yet. */
  readonly duration: DurationBand | null;
  readonly hours: number | null;
  readonly severity: 1 | 2 | 3 | null;
  readonly features: Readonly<Partial<Record<HeadacheFeature, boolean>>>;
  readonly medications: readonly DraftMedication[];
  readonly note: string;
}

export const EMPTY_DRAFT: EntryDraft = { headache: null, duration: null, hours: null, severity: null, features: {}, medications: [], note: "" };

/**
 * The questions of a headache day, one decision each (design.md, "One decision per screen"): the
 * common case is three answers after "Headache"; features, relief and a note are optional details.
 */
export const ENTRY_STEPS = ["headache", "duration", "severity", "medicines"] as const;
export type EntryStep = (typeof ENTRY_STEPS)[number];

/**
 * A band chosen: kept, with the hours it counts as.
 * @example withDuration(EMPTY_DRAFT, "4-8h").hours // 4
 */
export function withDuration(draft: EntryDraft, band: DurationBand): EntryDraft {
  return { ...draft, headache: true, duration: band, hours: bandHours(band) };
}

/**
 * A draft from saved answers, to change a day or copy it ("same as yesterday").
 * @example draftFromAnswers({ headache: false }).headache // false
 */
export function draftFromAnswers(answers: DiaryAnswers): EntryDraft {
  if (!answers.headache) return { ...EMPTY_DRAFT, headache: false };
  const severity = answers.severity === 1 || answers.severity === 2 || answers.severity === 3 ? answers.severity : null;
  return {
    headache: true,
    duration: answers.duration ?? null,
    hours: answers.hours ?? null,
    severity,
    features: { ...answers.features },
    medications: (answers.medications ?? []).map((medication) => ({ ...(medication.name === undefined ? {} : { name: medication.name }), class: medication.class, relief: medication.relief })),
    note: answers.note ?? "",
  };
}

/**
 * The answers a draft stands for; on a headache-free day nothing else is kept.
 * @example answersFromDraft({ ...EMPTY_DRAFT, headache: false }) // { headache: false }
 */
export function answersFromDraft(draft: EntryDraft): DiaryAnswers {
  if (draft.headache !== true) return { headache: false };
  const features: Partial<Record<HeadacheFeature, boolean>> = {};
  for (const feature of HEADACHE_FEATURES) if (draft.features[feature] === true) features[feature] = true;
  const note = draft.note.trim();
  return {
    headache: true,
    hours: draft.hours ?? undefined,
    ...(draft.duration === null ? {} : { duration: draft.duration }),
    severity: draft.severity ?? undefined,
    features,
    medications: draft.medications.map((medication) => ({
      ...(medication.name === undefined ? {} : { name: medication.name }),
      class: medication.class,
      ...(medication.relief === undefined ? {} : { relief: medication.relief }),
    })),
    ...(note === "" ? {} : { note }),
  };
}

/**
 * Yesterday's answers for today ("same as yesterday"): the same headache and medicines, whether
 * each helped left unanswered and no note, since those are about that day.
 * @example sameAs({ headache: true, hours: 4, duration: "4-8h", severity: 2, note: "x" }).note // undefined
 */
export function sameAs(answers: DiaryAnswers): DiaryAnswers {
  if (!answers.headache) return { headache: false };
  const { note: _note, medications, ...rest } = answers;
  return { ...rest, medications: (medications ?? []).map((m) => ({ ...(m.name === undefined ? {} : { name: m.name }), class: m.class })) };
}

/** What tells two medicines apart in a draft: the name when there is one, else the class. */
export function medicineKey(medication: Pick<DraftMedication, "name" | "class">): string {
  return medication.name === undefined ? `class:${medication.class}` : `name:${medication.name.toLowerCase()}`;
}

/** Adds or removes a medicine (one of the patient's own, by name, or a kind, by class). */
export function toggleMedication(medications: readonly DraftMedication[], medicine: Pick<DraftMedication, "name" | "class">): DraftMedication[] {
  const key = medicineKey(medicine);
  return medications.some((m) => medicineKey(m) === key)
    ? medications.filter((m) => medicineKey(m) !== key)
    : [...medications, medicine.name === undefined ? { class: medicine.class } : { name: medicine.name, class: medicine.class }];
}

/** Sets (or clears, when the same answer is tapped again) whether a medicine helped. */
export function setRelief(medications: readonly DraftMedication[], key: string, relief: boolean): DraftMedication[] {
  return medications.map((m) => (medicineKey(m) === key ? { ...m, relief: m.relief === relief ? undefined : relief } : m));
}
