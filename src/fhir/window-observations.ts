/**
 * The 28-day windows' counts (pathway-rules §3) as Observations: export only, computed by the same
 * domain code as `assess` (its `windows`, from src/domain/diary); the import ignores them, since
 * the diary days they are counted from travel in the same Bundle.
 */
import type { WindowCounts } from "#domain/diary/window-counts.ts";
import { EXTENSION, LOCAL_SYSTEM, SYSTEM, localCoding } from "./codes.ts";
import { PATIENT_REFERENCE } from "./references.ts";
import type { FhirResource } from "./types.ts";

export const WINDOW_CODE = "diary-window-counts";

/**
 * One Observation per window, W1 (the latest) first, as `assess` lists them.
 * @example windowObservations([w1])[0].effectivePeriod // { start: "2026-06-23", end: "2026-07-20" }
 */
export function windowObservations(windows: readonly WindowCounts[]): FhirResource[] {
  return windows.map((window, index) => {
    const { start, end, complete, ...counts } = window;
    return {
      resourceType: "Observation",
      id: `window-${index + 1}`,
      extension: [{ url: EXTENSION.derived, valueBoolean: true }],
      status: "final",
      category: [{ coding: [{ system: SYSTEM.observationCategory, code: "survey" }] }],
      code: { coding: [localCoding(LOCAL_SYSTEM.observation, WINDOW_CODE, "Headache diary counts over 28 days")] },
      subject: PATIENT_REFERENCE,
      effectivePeriod: { start, end },
      component: [
        { code: { coding: [localCoding(LOCAL_SYSTEM.windowCount, "complete")] }, valueBoolean: complete },
        ...Object.entries(counts).map(([name, count]) => ({ code: { coding: [localCoding(LOCAL_SYSTEM.windowCount, name)] }, valueInteger: count })),
      ],
    };
  });
}
