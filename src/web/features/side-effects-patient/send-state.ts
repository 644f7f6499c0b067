/**
 * Whether a report or a check-in answer reached the clinic, in words (design.md: "say what state
 * data is in"): "Sent to your clinic at 14:02", "Saved on this phone, will send when you are
 * online", or what the person must do.
 */
import type { SideEffectReceipt } from "#contracts/api/side-effects.ts";
import type { SideEffectsEntry } from "#web/offline/side-effects-outbox-entry.ts";
import type { SideEffectWords } from "./symptom-words.ts";

export interface SendState {
  readonly tone: "ok" | "warn" | "error";
  readonly text: string;
  /** What the person can do about it: sign in again, sign in as the phone's patient, call the clinic. */
  readonly action: "none" | "sign-in" | "owner" | "call";
}

export interface SendStateContext {
  readonly online: boolean;
  /** The phone's patient, named when someone else is signed in. */
  readonly ownerName: string;
  /** An instant as "at 14:02" today, or "on 19 Jul at 14:02" (the viewer's clock). */
  readonly at: (instant: string) => string;
  /** The "sideEffects" words in the reader's language. */
  readonly t: SideEffectWords["t"];
}

/** A server's message without its full stop, to sit inside a sentence. */
const inSentence = (message: string) => message.replace(/\.$/, "");

/**
 * The state of one entry of the side-effects outbox, in words.
 * @example sendStateOf(sentEntry, { online: true, ownerName: "Pat", at: () => "at 14:02", t }).text // "Sent to your clinic at 14:02"
 */
export function sendStateOf(entry: SideEffectsEntry, context: SendStateContext): SendState {
  const { t } = context;
  if (entry.state === "sent") {
    const when = (entry.kind === "report" ? entry.receipt?.receivedAt : undefined) ?? entry.sentAt;
    return { tone: "ok", text: when ? t("send.sentAt", { when: context.at(when) }) : t("send.sent"), action: "none" };
  }
  const problem = entry.problem;
  if (entry.state === "needs-attention" && problem?.kind === "sign-in") {
    return { tone: "error", text: t("send.signIn"), action: "sign-in" };
  }
  if (entry.state === "needs-attention" && problem?.kind === "other-account") {
    return { tone: "error", text: t("send.otherAccount", { name: context.ownerName }), action: "owner" };
  }
  if (entry.state === "needs-attention" && problem?.kind === "refused") {
    return { tone: "error", text: t("send.refused", { message: inSentence(problem.message) }), action: "call" };
  }
  if (!context.online) return { tone: "warn", text: t("send.offline"), action: "none" };
  if (problem?.kind === "retrying") return { tone: "warn", text: t("send.retrying", { message: inSentence(problem.message) }), action: "none" };
  return { tone: "warn", text: t("send.sending"), action: "none" };
}

/**
 * Where a report made on this page stands before (or instead of) the phone's outbox holding it:
 * being saved, or, when the phone could not store it, sent straight to the clinic if it can be.
 */
export type UnstoredReport =
  | { readonly phase: "saving" }
  | { readonly phase: "refused-here"; readonly message: string }
  | { readonly phase: "sending-direct"; readonly reason: string }
  | { readonly phase: "sent-direct"; readonly reason: string; readonly receipt: SideEffectReceipt }
  | { readonly phase: "lost"; readonly reason: string; readonly message: string };

/**
 * The words for a report the phone's outbox does not hold.
 * @example unstoredSendState({ phase: "saving" }, at, t).text // "Saving on this phone…"
 */
export function unstoredSendState(report: UnstoredReport, at: (instant: string) => string, t: SideEffectWords["t"]): SendState {
  switch (report.phase) {
    case "saving":
      return { tone: "warn", text: t("send.saving"), action: "none" };
    case "refused-here":
      return { tone: "error", text: t("send.refusedHere", { message: inSentence(report.message) }), action: "call" };
    case "sending-direct":
      return { tone: "warn", text: t("send.sendingDirect", { reason: report.reason }), action: "none" };
    case "sent-direct":
      return { tone: "ok", text: t("send.sentAt", { when: at(report.receipt.receivedAt) }), action: "none" };
    case "lost":
      return { tone: "error", text: t("send.lost", { reason: report.reason, message: inSentence(report.message) }), action: "call" };
  }
}
