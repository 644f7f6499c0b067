/**
 * The emergency number a red report tells the patient to call (pathway-rules §10, "seek
 * emergency care now"), until the clinic's administrator sets its own: guessed from the region of
 * the clinic's IANA time zone. 112 answers across the European Union and on most mobile
 * networks elsewhere, so it is the fallback (docs/clinical/triage.md, "Choices made").
 */

/** Zones of the United Kingdom, where 999 is the number (112 works too). */
const UK_ZONES: ReadonlySet<string> = new Set(["Europe/London", "Europe/Belfast", "GB", "GB-Eire"]);

/**
 * The default emergency number for a clinic in `timeZone`: America/* 911, the United Kingdom 999,
 * the rest of Europe 112, Australia 000, anywhere else 112.
 * @example defaultEmergencyNumber("America/Chicago") // "911"
 * @example defaultEmergencyNumber("Europe/London") // "999"
 * @example defaultEmergencyNumber("Europe/Paris") // "112"
 * @example defaultEmergencyNumber("Australia/Sydney") // "000"
 * @example defaultEmergencyNumber("Asia/Tokyo") // "112"
 */
export function defaultEmergencyNumber(timeZone: string): string {
  if (timeZone.startsWith("America/")) return "911";
  if (UK_ZONES.has(timeZone)) return "999";
  if (timeZone.startsWith("Europe/")) return "112";
  if (timeZone.startsWith("Australia/")) return "000";
  return "112";
}
