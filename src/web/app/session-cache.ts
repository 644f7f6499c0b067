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
