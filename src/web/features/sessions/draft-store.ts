/**
 * A session draft kept on the tablet as the injector works, so a reload or a dropped connection
 * loses nothing: every change is written here first, then sent. On opening, a copy made from the
 * server's current version is the draft (its changes were not sent yet); a copy made from an older
 * version is kept aside and offered, never applied silently over another device's save.
 */
import type { DraftView } from "#contracts/api/sessions.ts";

export interface LocalDraft {
  readonly content: DraftView["content"];
  /** The server version the changes were made on. */
  readonly baseVersion: number;
  /** When it was last changed here (ms since the epoch). */
  readonly savedAt: number;
  /** Whether the server has acknowledged this content. */
  readonly sent: boolean;
}

/** The small part of Storage this uses (localStorage in the browser, a Map in tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const keyOf = (draftId: string) => `cephalog.session-draft.${draftId}`;

export function writeLocalDraft(storage: DraftStorage, draftId: string, draft: LocalDraft): boolean {
  try {
    storage.setItem(keyOf(draftId), JSON.stringify(draft));
    return true;
  } catch {
    // Storage full or blocked (private window): the page says the tablet cannot keep it.
    return false;
  }
}

export function readLocalDraft(storage: DraftStorage, draftId: string): LocalDraft | null {
  try {
    const text = storage.getItem(keyOf(draftId));
    if (text === null) return null;
    const value = JSON.parse(text) as Partial<LocalDraft>;
    if (typeof value.baseVersion !== "number" || typeof value.savedAt !== "number" || typeof value.content !== "object" || value.content === null) return null;
    return { content: value.content, baseVersion: value.baseVersion, savedAt: value.savedAt, sent: value.sent === true };
  } catch {
    return null;
  }
}

export function clearLocalDraft(storage: DraftStorage, draftId: string): void {
  try {
    storage.removeItem(keyOf(draftId));
  } catch {
    // Nothing to clear.
  }
}

export type DraftChoice =
  | { readonly use: "server" }
  | { readonly use: "local"; readonly content: DraftView["content"] }
  /** Unsent changes made on an older version: shown, offered, not applied. */
  | { readonly use: "server-with-older-local"; readonly local: LocalDraft };

/**
 * Which draft to open: the server's, or the unsent copy on this tablet.
 * @example chooseDraft({ version: 3, ... }, { baseVersion: 3, sent: false, ... }).use // "local"
 */
export function chooseDraft(server: Pick<DraftView, "version" | "state">, local: LocalDraft | null): DraftChoice {
  if (local === null || local.sent || server.state !== "open") return { use: "server" };
  if (local.baseVersion === server.version) return { use: "local", content: local.content };
  return { use: "server-with-older-local", local };
}
