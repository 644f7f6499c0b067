/**
 * The Learn addresses (issue 9 §4): /learn, the index, and /learn/<slug>, one page each. Public:
 * the shell routes them before it knows who is signed in, so they open offline and without an
 * account. This module is small and loads with the shell; the pages themselves load on demand.
 */
import { LEARN_SLUGS, type LearnSlug } from "#web/i18n/learn-slugs.ts";

export const LEARN_PATH = "/learn";

/** The self-check's address (issue 9 §5, built beside Learn): linked from the index and "Who it is for". */
export const SELF_CHECK_PATH = "/is-it-right-for-me";

export type LearnPlace = { readonly kind: "index" } | { readonly kind: "page"; readonly slug: LearnSlug } | { readonly kind: "unknown" };

const isSlug = (value: string): value is LearnSlug => (LEARN_SLUGS as readonly string[]).includes(value);

/**
 * Which Learn page a path shows, or null when the path is not under /learn.
 * @example learnPlace("/learn") // { kind: "index" }
 * @example learnPlace("/learn/side-effects") // { kind: "page", slug: "side-effects" }
 * @example learnPlace("/learning") // null
 */
export function learnPlace(path: string): LearnPlace | null {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  if (trimmed === LEARN_PATH) return { kind: "index" };
  if (!trimmed.startsWith(`${LEARN_PATH}/`)) return null;
  const slug = trimmed.slice(LEARN_PATH.length + 1);
  return isSlug(slug) ? { kind: "page", slug } : { kind: "unknown" };
}

/** The address of a Learn page. */
export const learnPagePath = (slug: LearnSlug): string => `${LEARN_PATH}/${slug}`;

/**
 * The page after this one in reading order, or null after the last.
 * @example nextLearnSlug("chronic-migraine") // "how-it-works"
 */
export function nextLearnSlug(slug: LearnSlug): LearnSlug | null {
  return LEARN_SLUGS[LEARN_SLUGS.indexOf(slug) + 1] ?? null;
}
