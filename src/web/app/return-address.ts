/**
 * Where to go back to after signing in: a `?next=` on the sign-in address, e.g. from the page that
 * adds the self-check's phone diary to a record (issue 9 §5). Only a path of this site is
 * accepted, so a link made elsewhere cannot send a person who has just signed in to another site
 * (an open redirect).
 */
import type { Me } from "#contracts/api/auth.ts";
import { homePath } from "./home.ts";

const SIGN_IN_PATH = "/sign-in";

/**
 * The return address if it is a path of this site: starts with one "/", no "//" (another host),
 * no backslash (browsers read "/\" as "//") and no control characters or spaces (browsers drop
 * tabs and newlines, which could make "//" out of "/\t/").
 * @example safeReturnPath("/my-self-kept-diary") // "/my-self-kept-diary"
 * @example safeReturnPath("//evil.example/") // null
 * @example safeReturnPath("https://evil.example/") // null
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return null;
  return value;
}

/**
 * The sign-in address that comes back to `path` afterwards.
 * @example signInReturningTo("/my-self-kept-diary") // "/sign-in?next=%2Fmy-self-kept-diary"
 */
export function signInReturningTo(path: string): string {
  const next = safeReturnPath(path);
  return next === null ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`;
}

/**
 * The return address given in a query string (`location.search`), if it is safe; else null.
 * @example returnPathOf("?next=%2Fmy-self-kept-diary") // "/my-self-kept-diary"
 * @example returnPathOf("?next=https%3A%2F%2Fevil.example") // null
 */
export function returnPathOf(search: string): string | null {
  return safeReturnPath(new URLSearchParams(search).get("next"));
}

/**
 * Where a person lands once signed in (after a password, or a password and a code): the safe
 * return address of this page's `?next=`, else their start page.
 * @example pathAfterSignIn(patientMe, "?next=%2Fmy-self-kept-diary") // "/my-self-kept-diary"
 * @example pathAfterSignIn(patientMe, "") // "/today"
 */
export function pathAfterSignIn(me: Me, search: string): string {
  return returnPathOf(search) ?? homePath(me);
}
