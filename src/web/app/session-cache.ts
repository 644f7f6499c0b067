/**
 * The last known signed-in user, kept on this device so the patient's diary opens offline
 * (the server cannot be asked who is signed in without a network). Cleared on sign-out and
 * whenever the server says the session has ended. Every tab of the browser shares it: a change
 * made by another tab (sign-out, another person's sign-in) arrives as a `storage` event.
 */
import type { Me } from "#contracts/api/auth.ts";

export const SESSION_KEY = "cephalog.session.v1";

export function readCachedMe(): Me | null {
  try {
    const text = window.localStorage.getItem(SESSION_KEY);
    return text ? (JSON.parse(text) as Me) : null;
  } catch {
    return null;
  }
}

export function writeCachedMe(me: Me | null): void {
  try {
    if (me) window.localStorage.setItem(SESSION_KEY, JSON.stringify(me));
    else window.localStorage.removeItem(SESSION_KEY);
  } catch {
    // Storage may be unavailable (private mode): the app still works online.
  }
}

/** Who a cached or current session is, for comparing: the account and the patient it writes for. */
function identity(me: Me | null): string {
  return me ? `${me.user.id}/${me.patient?.patientId ?? ""}` : "";
}

function parseMe(text: string | null): Me | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as Me;
  } catch {
    return null;
  }
}

/**
 * Whether a `storage` event means another tab signed out or signed in as someone else, so this
 * tab must ask the server who is signed in before it sends anything. `key` null: storage cleared.
 * @example sessionChangeNeedsRecheck({ key: SESSION_KEY, newValue: null }, pat) // true
 */
export function sessionChangeNeedsRecheck(event: { readonly key: string | null; readonly newValue: string | null }, current: Me | null): boolean {
  if (event.key !== null && event.key !== SESSION_KEY) return false;
  return identity(parseMe(event.key === null ? null : event.newValue)) !== identity(current);
}

/**
 * Why the sign-in page is showing when someone was signed in a moment ago, so it can say so
 * instead of showing a bare form: signed out in another tab or window, or the session ended
 * (expired, or ended on the server). `patient` tailors the words to the diary on this phone.
 */
export interface SignInReason {
  readonly kind: "elsewhere" | "ended";
  readonly patient: boolean;
  /** The email of the person signed out, to fill in the form for them. */
  readonly email: string;
}

/**
 * Why the sign-in page shows after asking the server: someone was signed in (`before`) and no
 * one is now (`after`); undefined when nobody was, or someone still is.
 * @example endedReason(pat, null, "elsewhere") // { kind: "elsewhere", patient: true, email: "pat@home.example" }
 */
export function endedReason(before: Me | null, after: Me | null, kind: SignInReason["kind"]): SignInReason | undefined {
  return before && !after ? { kind, patient: before.patient !== null, email: before.user.email } : undefined;
}
