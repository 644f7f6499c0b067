/**
 * Side effects that point at an injected muscle (clinical-facts.md §4; PREEMPT adverse events):
 * eyelid or brow droop after the forehead sites, neck pain or weakness after the neck and
 * shoulder sites. Shown beside the previous session's sites so the injector can adjust.
 */
import { isWithin, type PlainDate } from "../shared/plain-date.ts";
import type { Muscle, SideEffectReport, SymptomCode } from "../shared/record.ts";

/** The muscles each local side effect is usually traced to; systemic symptoms map to none. */
export const SYMPTOM_MUSCLES: { readonly [S in SymptomCode]?: readonly Muscle[] } = Object.freeze({
  "eyelid-droop": ["frontalis", "corrugator", "procerus"],
  "brow-droop": ["frontalis"],
  "facial-weakness": ["frontalis", "corrugator"],
  "neck-weakness": ["cervical-paraspinal", "trapezius"],
  "neck-pain": ["cervical-paraspinal", "trapezius"],
  "neck-stiffness": ["cervical-paraspinal", "trapezius"],
});

export interface MuscleSideEffect {
  readonly symptom: SymptomCode;
  readonly date: PlainDate;
}

/**
 * The side effects reported in `[from, to]` that point at each muscle, by muscle.
 * @example sideEffectsByMuscle([{ date: plainDate("2026-02-03"), symptoms: ["eyelid-droop"] }], plainDate("2026-02-01"), plainDate("2026-04-30")).get("frontalis")
 *   // [{ symptom: "eyelid-droop", date: "2026-02-03" }]
 */
export function sideEffectsByMuscle(reports: readonly SideEffectReport[], from: PlainDate, to: PlainDate): Map<Muscle, MuscleSideEffect[]> {
  const byMuscle = new Map<Muscle, MuscleSideEffect[]>();
  for (const report of reports) {
    if (!isWithin(report.date, from, to)) continue;
    for (const symptom of report.symptoms) {
      for (const muscle of SYMPTOM_MUSCLES[symptom] ?? []) {
        const list = byMuscle.get(muscle) ?? [];
        if (!list.some((effect) => effect.symptom === symptom && effect.date === report.date)) list.push({ symptom, date: report.date });
        byMuscle.set(muscle, list);
      }
    }
  }
  return byMuscle;
}
