/**
 * The heading of a form or question that opens in place takes focus when it opens (and when it
 * opens for another item), so a keyboard or screen-reader user lands on it rather than where the
 * button was. The heading needs tabIndex={-1}. A layout effect, so focus has moved before the
 * form is painted: with Preact (ADR 0021) a passive effect can run a frame later, and a quick key
 * press or a screen reader would start from the button (as the diary calendar and site map do).
 */
import { useLayoutEffect, useRef, type RefObject } from "react";

export function useFocusOnOpen<T extends HTMLElement = HTMLHeadingElement>(openedFor?: unknown): RefObject<T | null> {
  const target = useRef<T>(null);
  useLayoutEffect(() => target.current?.focus(), [openedFor]);
  return target;
}
