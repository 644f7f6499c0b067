/** A report's triage level as a word in a box whose colour and border style both tell it apart (design.md). */
import type { TriageLevel } from "#domain/triage/triage-levels.ts";
import { LEVEL_WORDS } from "./side-effect-words.ts";

export function LevelBadge({ level }: { readonly level: TriageLevel }) {
  return <span className={`side-effect-level side-effect-level--${level}`}>{LEVEL_WORDS[level]}</span>;
}
