/**
 * Why the server refused a day kept on the phone, in the reader's language (issue 9 §7): the
 * sentence and one line per field named. Kept on the phone in the words of when it was sent, so
 * they are said again from the server's code and field issues; in English as they always read.
 * Pure: the caller gives the language and `t` of `common`.
 */
import type { TFunction } from "i18next";
import type { ClientErrorCode } from "#web/app/api-error.ts";
import { errorSentence } from "#web/app/error-words.ts";
import { issueLine } from "#web/app/field-words.ts";
import type { Language } from "#web/i18n/languages.ts";
import type { OutboxProblem } from "#web/offline/outbox-entry.ts";

export interface RefusalWords {
  readonly sentence: string;
  readonly lines: readonly string[];
}

/**
 * @example refusalWords({ message: "Some answers need changing.", issues: [{ path: "severity", message: "must be 0-3" }], code: "validation_failed" }, "es", fixedT("es", "common"))
 *   // { sentence: "Parte de lo que ha escrito no se ha aceptado. …", lines: ["Intensidad: debe estar entre 0 y 3."] }
 */
export function refusalWords(problem: Pick<OutboxProblem, "message" | "issues" | "code">, language: Language, t: TFunction<"common">): RefusalWords {
  const lines = problem.issues.map((issue) => issueLine(issue, language, t));
  // A refusal stored before codes were kept has only its words of then.
  if (language === "en" || problem.code === undefined) return { sentence: problem.message, lines };
  // An unknown code keeps the stored words (errorSentence's rule).
  return { sentence: errorSentence({ code: problem.code as ClientErrorCode, message: problem.message, issues: problem.issues }, t), lines };
}
