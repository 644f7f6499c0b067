/**
 * The last known signed-in user, kept on this device so the patient's diary opens offline
 * (the server cannot be asked who is signed in without a network). Cleared on sign-out and
 * whenever the server says the session has ended.
 */
import type { Me } from "#contracts/api/auth.ts";

const KEY = "cephalog.session.v1";

export function readCachedMe(): Me | null {
  try {
    const text = window.localStorage.getItem(KEY);
    return text ? (JSON.parse(text) as Me) : null;
  } catch {
    return null;
  }
}

export function writeCachedMe(me: Me | null): void {
  try {
    if (me) window.localStorage.setItem(KEY, JSON.stringify(me));
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage may be unavailable (private mode): the app still works online.
  }
}
