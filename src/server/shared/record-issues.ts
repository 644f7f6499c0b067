/**
 * The problems of a patient record (or of diary days in its format) as one `validation_failed`
 * error: every issue in details with the JSON path `cephalog assess` prints, and a message that
 * names the first few. Issues name fields and rules, never values (contracts/issues.ts).
 */
import { formatIssue, type FieldIssue } from "#contracts/issues.ts";
import { AppError } from "../app-error.ts";

const NAMED_IN_MESSAGE = 5;

export function recordInvalid(what: string, issues: readonly FieldIssue[]): AppError {
  const named = issues.slice(0, NAMED_IN_MESSAGE).map(formatIssue).join("; ");
  const more = issues.length > NAMED_IN_MESSAGE ? ` (and ${issues.length - NAMED_IN_MESSAGE} more)` : "";
  return new AppError("validation_failed", `${what} is not valid: ${named}${more}`, { issues: [...issues], location: "body" });
}

/**
 * Renames a record's `diary` to another list name in a path or message, so days sent as `days`
 * are named as sent.
 * @example renameDiaryList("diary[3].hours", "days") // "days[3].hours"
 */
export function renameDiaryList(text: string, listName: string): string {
  return text.replace(/(^|[^\w$])diary(?=\[|$|\.)/g, `$1${listName}`);
}
