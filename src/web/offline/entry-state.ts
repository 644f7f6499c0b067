/**
 * The three words every entry on the phone is in (issue 9 §2, design.md "Say what state data is
 * in"): on this phone (not sent yet), sent, or needs attention (the person must act).
 */
import type { OutboxState } from "./outbox-entry.ts";

export type EntryState = "on-phone" | "sent" | "attention";

/**
 * An outbox state in the three words.
 * @example entryStateOf("needs-attention") // "attention"
 */
export function entryStateOf(state: OutboxState): EntryState {
  if (state === "sent") return "sent";
  return state === "pending" ? "on-phone" : "attention";
}
