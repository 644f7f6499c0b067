/** The assessment date in words. */
import { formatPlainDate } from "#web/ui/format.ts";

/**
 * The date the assessment is made as of, saying when it is the patient's today.
 * @example asOfText("2026-07-20", "2026-07-20") // "As of 20 Jul 2026, the patient's today"
 */
export function asOfText(asOf: string, today: string): string {
  return asOf === today ? `As of ${formatPlainDate(asOf)}, the patient's today` : `As of ${formatPlainDate(asOf)}`;
}
