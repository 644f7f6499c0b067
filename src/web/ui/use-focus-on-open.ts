/**
 * The heading of a form or question that opens in place takes focus when it opens (and when it
 * opens for another item), so a keyboard or screen-reader user lands on it rather than where the
 * button was. The heading needs tabIndex={-1}.
 */
import { useEffect, useRef, type RefObject } from "react";

export function useFocusOnOpen<T extends HTMLElement = HTMLHeadingElement>(openedFor?: unknown): RefObject<T | null> {
  const target = useRef<T>(null);
  useEffect(() => target.current?.focus(), [openedFor]);
  return target;
}
