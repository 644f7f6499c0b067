/** Says what state the draft is in (design.md: "Say what state data is in"). */
import type { SaveState } from "./use-session-draft.ts";

const WORDS: { readonly [S in SaveState]: { readonly tone: "ok" | "warn" | "error" | "info"; readonly text: string } } = {
  saved: { tone: "ok", text: "Draft saved" },
  saving: { tone: "info", text: "Saving…" },
  unsent: { tone: "warn", text: "Kept on this tablet, not sent yet" },
  conflict: { tone: "error", text: "Changed on another device: reload before going on" },
  refused: { tone: "error", text: "The server refused this draft" },
};

export function SaveStateNote({ state, storageFailed }: { readonly state: SaveState; readonly storageFailed: boolean }) {
  const words = WORDS[state];
  return (
    <p className={`save-state save-state--${words.tone}`} role="status" data-testid="save-state">
      {words.text}
      {storageFailed ? " · this tablet cannot keep a copy (private window or full): keep the page open until it is sent" : ""}
    </p>
  );
}
