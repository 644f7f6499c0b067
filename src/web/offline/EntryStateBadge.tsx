/**
 * One entry's state in a word and a mark, never colour alone: "On this phone, not sent yet",
 * "Sent", "Needs attention". For lists where a full status message per entry would be too much.
 */
import { useTranslation } from "react-i18next";
import type { OutboxState } from "./outbox-entry.ts";
import { entryStateOf } from "./entry-state.ts";
import "./offline.css";

const KEYS = { "on-phone": "entryState.onPhone", sent: "entryState.sent", attention: "entryState.attention" } as const;

export function EntryStateBadge({ state, testId }: { readonly state: OutboxState; readonly testId?: string }) {
  const { t } = useTranslation("offline");
  const shown = entryStateOf(state);
  return (
    <span className={`entry-state entry-state--${shown}`} data-state={shown} data-testid={testId}>
      {t(KEYS[shown])}
    </span>
  );
}
