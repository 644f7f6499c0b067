/** The readability table of every Learn page in both languages, as Markdown (scripts/readability.ts prints it). */
import { LEARN_SLUGS } from "#web/i18n/locales/en/learn.ts";
import { RESOURCES } from "#web/i18n/resources.ts";
import { indexAsPage, scoreEnglish, scoreSpanish } from "./measure.ts";
import type { LearnPageText } from "#web/i18n/locales/en/learn.ts";

const one = (value: number) => value.toFixed(1);

export function readabilityTable(): string {
  const pages: [string, LearnPageText, LearnPageText][] = [
    ["/learn (index)", indexAsPage(RESOURCES.en.learn), indexAsPage(RESOURCES.es.learn)],
    ...LEARN_SLUGS.map((slug): [string, LearnPageText, LearnPageText] => [`/learn/${slug}`, RESOURCES.en.learn.pages[slug], RESOURCES.es.learn.pages[slug]]),
  ];
  const rows = pages.map(([name, english, spanish]) => {
    const en = scoreEnglish(english);
    const es = scoreSpanish(spanish);
    return `| ${name} | ${en.counts.words} | ${one(en.counts.words / en.counts.sentences)} | ${one(en.grade)} | ${one(en.ease)} | ${es.counts.words} | ${one(es.szigrisztPazos)} | ${one(es.fernandezHuerta)} |`;
  });
  return [
    "| Page | EN words | EN words/sentence | EN Flesch-Kincaid grade | EN Flesch reading ease | ES words | ES Szigriszt-Pazos (INFLESZ) | ES Fernández Huerta |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
  ].join("\n");
}
