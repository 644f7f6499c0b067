/**
 * A mobile number for text-message reminders (issue 9 §6), in international form (E.164): "+",
 * the country code and the number, 7 to 15 digits in all, no leading zero after the "+". People
 * type numbers with spaces, dashes, dots or brackets, and in Europe often "00" for "+": those are
 * read through; anything else (letters, a national number without its country code) is refused,
 * since an SMS gateway cannot guess the country. `libphonenumber-js` was not on the registry list
 * this project uses, so this is the strict E.164 check the issue allows, not a per-country one.
 */
import { z } from "zod";

/** E.164: a "+", then 7 to 15 digits, the first not zero. */
const E164 = /^\+[1-9][0-9]{6,14}$/;
/** What people put between digits: spaces (also no-break), dashes, dots, slashes and brackets. */
const SEPARATORS = /[\s\u00a0\-./()]/g;

export const MOBILE_NUMBER_MESSAGE = "must be a mobile number in international form: + and the country code, such as +44 7700 900123";

/**
 * The number in E.164 form, or null when it is not an international number.
 * @example normalizeMobileNumber("+44 7700 900-123") // "+447700900123"
 * @example normalizeMobileNumber("0034 612 34 56 78") // "+34612345678"
 * @example normalizeMobileNumber("+44 (0)7700 900123") // "+447700900123"
 * @example normalizeMobileNumber("07700 900123") // null (no country code)
 */
export function normalizeMobileNumber(typed: string): string | null {
  if (typed.length > 40) return null;
  // "+44 (0)7700 ...": the bracketed 0 is dialled only inside the country, never after its code.
  const compact = typed.replace(/\(0\)/g, "").replace(SEPARATORS, "");
  const international = compact.startsWith("00") ? `+${compact.slice(2)}` : compact;
  return E164.test(international) ? international : null;
}

/** A typed mobile number, read into E.164 (the stored and sent form), or a 400 naming the field. */
export const mobileNumberSchema = z
  .string()
  .max(40, MOBILE_NUMBER_MESSAGE)
  .transform((typed, ctx) => {
    const number = normalizeMobileNumber(typed);
    if (number === null) {
      ctx.addIssue({ code: "custom", message: MOBILE_NUMBER_MESSAGE });
      return z.NEVER;
    }
    return number;
  });
