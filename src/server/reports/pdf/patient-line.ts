/**
 * The patient's line at the top of every patient document: the identifier, birth date and sex, as
 * the embedded font can draw it and short enough for one line. A record's identifier is any
 * non-empty string (assess-contract.md): one of 5,000 characters would cover the page, and one in
 * a script DejaVu Sans lacks (CJK, emoji) would print as empty boxes, an identity no one can read.
 */
import { createRequire } from "node:module";
import type { PatientRecord } from "#domain/shared/record.ts";
import { FONT_FILES } from "./fonts.ts";

const require = createRequire(import.meta.url);
const fontkit = require("fontkit") as { openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean } };

/** The longest identifier printed whole; a longer one ends in "…". */
export const MAX_ID_CHARACTERS = 40;

let boldFace: { hasGlyphForCodePoint(codePoint: number): boolean } | undefined;
const drawable = (character: string) => (boldFace ??= fontkit.openSync(FONT_FILES.bold)).hasGlyphForCodePoint(character.codePointAt(0) as number);

/**
 * Text as the document's bold face can draw it: each character it has no glyph for becomes "?",
 * and text longer than `max` characters is cut, ending in "…".
 * @example printableText("MRN-2041", 40) // "MRN-2041"
 * @example printableText("患者-7", 40) // "??-7"
 */
export function printableText(text: string, max: number): string {
  const characters = [...text].map((character) => (drawable(character) ? character : "?"));
  return characters.length <= max ? characters.join("") : `${characters.slice(0, max - 1).join("")}…`;
}

/**
 * The line naming the patient: "Patient <id> · born <date> · <sex>", the parts the record gives.
 * @example patientLine({ patient: { id: "p1", birthDate: "1980-05-10", sex: "female" } } as PatientRecord) // "Patient p1 · born 1980-05-10 · female"
 */
export function patientLine(record: Pick<PatientRecord, "patient">): string {
  const { id, birthDate, sex } = record.patient;
  return [`Patient ${printableText(id, MAX_ID_CHARACTERS)}`, birthDate === undefined ? null : `born ${birthDate}`, sex ?? null].filter((part) => part !== null).join(" · ");
}
