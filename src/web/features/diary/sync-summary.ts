/**
 * What the diary's sync status says, decided apart from the markup: the most pressing thing the
 * person must know about the days saved on this phone (design.md, "Say what state data is in").
 */
import { describeError } from "#web/app/api-error.ts";
import type { OutboxEntry } from "#web/offline/outbox-entry.ts";
import type { ServerFreshness } from "#web/offline/use-my-diary.ts";

export type SyncSummary =
  /** The browser is signed in as another person: this diary's days are held for its owner. */
  | { readonly kind: "other-account"; readonly held: number }
  | { readonly kind: "sign-in" }
  | { readonly kind: "offline"; readonly waiting: number }
  /** A passing failure: the days wait and are tried again by themselves. */
  | { readonly kind: "retrying"; readonly waiting: number; readonly reason: string }
  | { readonly kind: "sending"; readonly waiting: number }
  | { readonly kind: "stored"; readonly reason: string }
  | { readonly kind: "none" };

/**
 * Summarises the outbox and the server copy.
 * @example summariseSync([pendingEntry], { phase: "fresh", at }, true) // { kind: "sending", waiting: 1 }
 */
export function summariseSync(outbox: readonly OutboxEntry[], server: ServerFreshness, online: boolean): SyncSummary {
  const waiting = outbox.filter((entry) => entry.state === "pending");
  const held = outbox.filter((entry) => entry.state === "needs-attention" && entry.problem?.kind === "other-account").length;
  if (held > 0) return { kind: "other-account", held };
  const signIn = outbox.some((entry) => entry.state === "needs-attention" && entry.problem?.kind === "sign-in");
  if (signIn || (server.phase === "stored" && server.error.needsSignIn)) return { kind: "sign-in" };
  if (!online) return { kind: "offline", waiting: waiting.length };
  const retrying = waiting.find((entry) => entry.problem?.kind === "retrying");
  if (retrying) return { kind: "retrying", waiting: waiting.length, reason: retrying.problem?.message ?? "" };
  if (waiting.length > 0) return { kind: "sending", waiting: waiting.length };
  if (server.phase === "stored") return { kind: "stored", reason: describeError(server.error) };
  return { kind: "none" };
}
