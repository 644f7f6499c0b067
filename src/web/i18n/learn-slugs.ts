/**
 * The Learn pages' addresses, in reading order (/learn/<slug>, the same in every language). Kept
 * apart from the catalogues so the router can know them without bundling Learn's long text into
 * the first chunk: the catalogues load only when a Learn page opens (i18n.ts).
 */
export const LEARN_SLUGS = ["chronic-migraine", "how-it-works", "the-visit", "after-treatment", "side-effects", "who-it-is-for", "the-diary"] as const;
export type LearnSlug = (typeof LEARN_SLUGS)[number];
