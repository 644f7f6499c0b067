/**
 * Generated patient records in the record format (JSON, as a sender writes it), reaching every
 * field the FHIR mapping carries: optional fields present or absent, blank override reasons, lots,
 * score-only HIT-6 forms, MIDAS a/b, repeated symptoms, settings, preventives absent or empty.
 */
import fc from "fast-check";
import { parsePatientRecord, type ParsedPatientRecord } from "#contracts/patient-record.ts";
import { bandHours } from "#domain/diary/duration-bands.ts";
import { addDays, plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { scoreHit6 } from "#domain/questionnaires/hit6.ts";
import {
  ACUTE_MEDICATION_CLASSES,
  DURATION_BANDS,
  HEADACHE_FEATURES,
  MUSCLES,
  POLICIES,
  PREVENTIVE_CLASSES,
  PREVENTIVE_OUTCOMES,
  SEXES,
  SIDES,
  SYMPTOM_CODES,
} from "#domain/shared/record.ts";

const ORIGIN = plainDate("2025-09-01");
const dateIn = (maxDays: number) => fc.integer({ min: 0, max: maxDays }).map((n) => addDays(ORIGIN, n));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const text = fc.constantFrom("sumatriptan", "ibuprofen 400 mg", "Naproxène", "paracetamol; codeine");

/** Drops the keys whose value is undefined, as JSON would. */
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const headacheDay = fc.record({
  band: maybe(fc.constantFrom(...DURATION_BANDS)),
  hours: fc.oneof(fc.integer({ min: 0, max: 24 }), fc.double({ min: 0, max: 24, noNaN: true })),
  severity: fc.constantFrom(0, 1, 2, 3),
  features: maybe(fc.record(Object.fromEntries(HEADACHE_FEATURES.map((f) => [f, fc.boolean()])) as Record<(typeof HEADACHE_FEATURES)[number], fc.Arbitrary<boolean>>, { requiredKeys: [] })),
  medications: maybe(fc.array(fc.record({ name: maybe(text), class: fc.constantFrom(...ACUTE_MEDICATION_CLASSES, "nsaid"), relief: maybe(fc.boolean()) }), { maxLength: 3 })),
}).map(({ band, hours, ...rest }) => ({ headache: true, ...(band === undefined ? { hours } : { duration: band, hours: bandHours(band) }), ...rest }));

const diaryArb = fc.uniqueArray(fc.integer({ min: 0, max: 420 }), { maxLength: 160 }).chain((offsets) =>
  fc.tuple(...offsets.map((n) => fc.oneof(fc.constant({ headache: false }), fc.constant({ headache: false, hours: 0, severity: 0 }), headacheDay).map((day) => ({ date: addDays(ORIGIN, n), ...day })))),
);

const injectionArb = fc.record({
  muscle: fc.constantFrom(...MUSCLES),
  side: fc.constantFrom(...SIDES),
  units: fc.constantFrom(5, 5, 5, 2.5, 10, 0, -5),
  followThePain: maybe(fc.boolean()),
});

const treatmentsArb = fc.uniqueArray(dateIn(420), { maxLength: 5 }).chain((dates) =>
  fc.tuple(...dates.map((date) => fc.record({
    date: fc.constant(date),
    overrideReason: fc.option(fc.constantFrom("", "  ", "travelling abroad at 12 weeks", "line one\nline two"), { nil: null }),
    injections: fc.array(injectionArb, { maxLength: 35 }),
    lot: maybe(fc.constantFrom("C3709C3", "E1234AB", "lot 7")),
    expiry: maybe(dateIn(900)),
  }))),
);

const hit6Answers = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 });
const questionnaireArb = fc.oneof(
  fc.record({ instrument: fc.constant("HIT-6"), date: dateIn(420), responses: hit6Answers }),
  // A paper form's total without its answers, and answers with their total.
  fc.record({ date: dateIn(420), answers: hit6Answers, withAnswers: fc.boolean() }).map(({ date, answers, withAnswers }) => ({ instrument: "HIT-6", date, responses: withAnswers ? answers : [], score: scoreHit6(answers).score })),
  fc.record({ instrument: fc.constant("MIDAS"), date: dateIn(420), responses: fc.array(fc.integer({ min: 0, max: 90 }), { minLength: 5, maxLength: 5 }), a: maybe(fc.integer({ min: 0, max: 90 })), b: maybe(fc.integer({ min: 0, max: 10 })) }),
);

const settingsArb = maybe(fc.record({
  minRecordedDays: maybe(fc.integer({ min: 0, max: 28 })),
  headacheDayMinHours: maybe(fc.constantFrom(2, 4, 3.5)),
  migraineDayRule: maybe(fc.constantFrom("probable-counts", "ichd-strict")),
  nextDueDays: maybe(fc.integer({ min: 60, max: 120 })),
  wearingOffMinRise: maybe(fc.constantFrom(0.1, 0.25)),
}, { requiredKeys: [] }));

/** A record as JSON, as a sender would write it. */
export const recordJsonArb = fc.record({
  schema: maybe(fc.constant("cephalog.patient-record/1")),
  asOf: maybe(dateIn(440)),
  policy: maybe(fc.constantFrom(...POLICIES)),
  settings: settingsArb,
  patient: fc.record({ id: fc.constantFrom("p1", "MRN 00042", " spaced id ", "ü/ñ#7"), birthDate: maybe(fc.constantFrom("1980-02-29", "2009-01-01")), sex: maybe(fc.constantFrom(...SEXES)) }),
  history: maybe(fc.record({ chronicMigraineSince: maybe(dateIn(400)), botulinumHypersensitivity: maybe(fc.boolean()), injectionSiteInfection: maybe(fc.boolean()), overuseManaged: maybe(fc.boolean()) })),
  diary: diaryArb,
  preventives: maybe(fc.array(fc.record({
    name: fc.constantFrom("topiramate", "propranolol", "amitriptyline", "erenumab"),
    class: fc.constantFrom(...PREVENTIVE_CLASSES),
    start: dateIn(100),
    end: maybe(fc.integer({ min: 101, max: 300 }).map((n) => addDays(ORIGIN, n))),
    outcome: fc.constantFrom(...PREVENTIVE_OUTCOMES),
    dose: maybe(fc.constantFrom("100 mg daily", "80 mg twice daily", "140 mg monthly (s.c.)", "½ tablet at night")),
  }), { maxLength: 4 })),
  treatments: treatmentsArb,
  otherToxinDoses: fc.array(fc.record({ date: dateIn(420), units: fc.integer({ min: 1, max: 300 }), indication: maybe(fc.constantFrom("spasticity", "cervical dystonia")) }), { maxLength: 3 }),
  questionnaires: fc.array(questionnaireArb, { maxLength: 5 }),
  sideEffectReports: fc.array(fc.record({ date: dateIn(420), symptoms: fc.array(fc.constantFrom(...SYMPTOM_CODES), { minLength: 1, maxLength: 3 }) }), { maxLength: 3 }),
}).map(json);

/** A generated record parsed, with the date its export is made on. */
export const parsedRecordArb: fc.Arbitrary<{ json: unknown; parsed: ParsedPatientRecord; asOf: PlainDate }> = fc.tuple(recordJsonArb, dateIn(440)).map(([record, exportDate]) => {
  const parsed = parsePatientRecord(record);
  if (!parsed.ok) throw new Error(`the generator made an invalid record: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  return { json: record, parsed: parsed.value, asOf: parsed.value.asOf ?? exportDate };
});
